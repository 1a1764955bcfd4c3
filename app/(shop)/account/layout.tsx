import type { Metadata } from "next";
import { AccountNav } from "@/components/account/account-nav";
import { ShopMain } from "@/components/shop-main";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Your account", template: "%s · Your account" },
  robots: { index: false },
};

// Each page checks the session itself (requireUser with its own path, so login can send
// the visitor back to exactly that page); a layout cannot know which page it wraps.
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <ShopMain>
      <div className="py-8">
        <h1 className="text-2xl font-bold tracking-tight text-gray-950">Your account</h1>
        <div className="mt-6 grid gap-8 md:grid-cols-[14rem_1fr]">
          <AccountNav />
          <div className="min-w-0 space-y-6">{children}</div>
        </div>
      </div>
    </ShopMain>
  );
}
