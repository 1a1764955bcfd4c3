"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The settings' sections, beside every settings page (app/admin/settings/layout.tsx).
const sections = [
  { href: "/admin/settings/store", label: "Store" },
  { href: "/admin/settings/shipping", label: "Shipping" },
  { href: "/admin/settings/tax", label: "Tax" },
  { href: "/admin/settings/payments", label: "Payments" },
  { href: "/admin/settings/home", label: "Home page" },
  { href: "/admin/settings/reviews", label: "Reviews" },
  { href: "/admin/settings/risk", label: "Risk" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings sections">
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {sections.map((section) => {
          const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  current ? "bg-gray-950 text-white" : "text-gray-800 hover:bg-gray-100"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
