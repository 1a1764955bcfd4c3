import Link from "next/link";
import { cacheLife } from "next/cache";
import { categoryPath, type CategoryNode } from "@/lib/catalog";
import { Container } from "./ui/container";

export function SiteFooter({
  storeName,
  contactEmail,
  categories,
}: {
  storeName: string;
  contactEmail: string;
  categories: CategoryNode[];
}) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <Container className="grid gap-8 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="text-base font-bold text-gray-950">{storeName}</p>
          <p className="mt-2 text-sm text-gray-700">Quality gear for the outdoors and the home, shipped fast.</p>
          <p className="mt-2 text-sm">
            <a href={`mailto:${contactEmail}`} className="text-gray-800 underline">
              {contactEmail}
            </a>
          </p>
        </div>
        <nav aria-label="Shop" className="lg:col-span-2">
          <h2 className="text-sm font-semibold text-gray-950">Shop</h2>
          <ul className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
            {categories.map((category) => (
              <li key={category.id}>
                <Link
                  href={categoryPath(category.slug)}
                  className="text-gray-700 underline-offset-4 hover:text-gray-950 hover:underline"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Store">
          <h2 className="text-sm font-semibold text-gray-950">Store</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link href="/" className="text-gray-700 underline-offset-4 hover:text-gray-950 hover:underline">
                Home
              </Link>
            </li>
            <li>
              <Link href="/track" className="text-gray-700 underline-offset-4 hover:text-gray-950 hover:underline">
                Track an order
              </Link>
            </li>
            <li>
              <a href="/sitemap.xml" className="text-gray-700 underline-offset-4 hover:text-gray-950 hover:underline">
                Sitemap
              </a>
            </li>
          </ul>
        </nav>
      </Container>
      <Container className="border-t border-gray-200 py-6 text-sm text-gray-700">
        <p>
          © <CopyrightYear /> {storeName}
        </p>
      </Container>
    </footer>
  );
}

// Part of every cached page, so the year is cached too, for a day at most.
async function CopyrightYear() {
  "use cache";
  cacheLife("days");
  return new Date().getFullYear();
}
