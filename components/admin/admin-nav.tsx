import Link from "next/link";

// Mounted once by app/admin/layout.tsx, under the header.
const links = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/categories", label: "Categories" },
  { href: "/admin/stock", label: "Stock" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/customers", label: "Customers" },
  { href: "/admin/discounts", label: "Discounts" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/emails", label: "Sent email" },
  { href: "/admin/texts", label: "Sent texts" },
  { href: "/admin/events", label: "Failed events" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/settings", label: "Settings" },
] as const;

export function AdminNav() {
  return (
    <nav aria-label="Admin" className="border-b border-gray-200 bg-white">
      <ul className="mx-auto flex w-full max-w-7xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm sm:px-6 lg:px-8">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="rounded-md py-1 font-medium text-gray-800 underline-offset-4 hover:underline"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
