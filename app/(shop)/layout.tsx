import { NoScriptReveal } from "@/components/no-script-reveal";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { VisitorProvider } from "@/components/visitor/visitor-provider";
import { getNavigation } from "@/lib/catalog";
import { getSettings, settingsImageUrl } from "@/lib/settings";

// No loading.tsx at this level on purpose: a Suspense boundary here would start streaming
// before a child segment can call notFound(), and unknown slugs would answer 200, not 404.
export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const [categories, store] = await Promise.all([getNavigation(), getSettings("store")]);
  const logoUrl = store.logoPath ? settingsImageUrl(store.logoPath) : null;
  return (
    <VisitorProvider>
      <a
        href="#main"
        className="sr-only rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <NoScriptReveal />
      <SiteHeader storeName={store.name} logoUrl={logoUrl} categories={categories} />
      {/* Pages render their own <main> (components/shop-main.tsx). */}
      {children}
      <SiteFooter storeName={store.name} contactEmail={store.contactEmail} categories={categories} />
    </VisitorProvider>
  );
}
