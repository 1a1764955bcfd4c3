import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  // Relative canonical and Open Graph URLs in every page resolve against the public URL.
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.STORE_NAME, template: `%s · ${env.STORE_NAME}` },
  description: "Outdoor, apparel and home goods, shipped fast.",
  openGraph: { siteName: env.STORE_NAME, type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
