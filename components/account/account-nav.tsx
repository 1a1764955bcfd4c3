"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { logout } from "@/lib/auth/client";

const links = [
  { href: "/account", label: "Profile" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/addresses", label: "Addresses" },
  { href: "/account/wishlist", label: "Wishlist" },
  { href: "/account/security", label: "Password and sessions" },
];

export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Your account">
      <ul className="flex flex-wrap gap-2 md:flex-col">
        {links.map((link) => {
          const current = link.href === "/account" ? pathname === link.href : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-gray-950 text-white" : "text-gray-900 hover:bg-gray-100"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
      <form action={logout} className="mt-2 md:mt-4">
        <button
          type="submit"
          className="rounded-md px-3 py-2 text-sm font-medium text-gray-900 underline hover:bg-gray-100"
        >
          Log out
        </button>
      </form>
    </nav>
  );
}
