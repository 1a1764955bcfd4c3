import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { getSettings, settingsImageUrl } from "@/lib/settings";
import "./globals.css";

// The store's name and favicon are the owner's settings (cached under the settings tag).
export async function generateMetadata(): Promise<Metadata> {
  const store = await getSettings("store");
  return {
    // Relative canonical and Open Graph URLs in every page resolve against the public URL.
    metadataBase: new URL(store.publicUrl || env.SITE_URL),
    title: { default: store.name, template: `%s · ${store.name}` },
    description: "Outdoor, apparel and home goods, shipped fast.",
    openGraph: { siteName: store.name, type: "website" },
    icons: { icon: settingsImageUrl(store.faviconPath) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
