import Link from "next/link";
import type { CategoryNode } from "@/lib/catalog";
import { CartLink } from "./cart/cart-link";
import { CategoryNav } from "./category-nav";
import { SearchBox } from "./search/search-box";
import { AccountLinks } from "./visitor/account-links";
import { Container } from "./ui/container";

// Two rows: the shopper's tools (search, account, cart) on top, categories below, so the
// category menu keeps its width on tablets instead of competing with the search box.
export function SiteHeader({
  storeName,
  logoUrl,
  categories,
}: {
  storeName: string;
  /** The owner's logo (store settings); null shows the name as text. */
  logoUrl: string | null;
  categories: CategoryNode[];
}) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <Container className="flex flex-wrap items-center gap-x-6 gap-y-2 pt-3">
        <Link href="/" className="shrink-0 rounded-md py-2 text-lg font-bold tracking-tight text-gray-950">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- an uploaded logo of any size and type
            <img src={logoUrl} alt={storeName} className="h-9 w-auto" />
          ) : (
            storeName
          )}
        </Link>
        <div className="order-last w-full md:order-none md:w-auto md:max-w-md md:flex-1">
          <SearchBox className="w-full" />
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-4">
          <AccountLinks />
          <CartLink />
        </div>
      </Container>
      <Container className="pb-1">
        <CategoryNav categories={categories} />
      </Container>
    </header>
  );
}
