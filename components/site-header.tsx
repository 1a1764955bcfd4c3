import Link from "next/link";
import { UserMenu } from "@/components/auth";
import type { CategoryNode } from "@/lib/catalog/types";
import { CartLink } from "./cart/cart-link";
import { CategoryNav } from "./category-nav";
import { SearchBox } from "./search/search-box";
import { Container } from "./ui/container";

export function SiteHeader({ storeName, categories }: { storeName: string; categories: CategoryNode[] }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <Container className="flex flex-col gap-1 py-3 md:flex-row md:items-center md:gap-8">
        <Link href="/" className="shrink-0 self-start rounded-md py-2 text-lg font-bold tracking-tight text-gray-950 md:self-center">
          {storeName}
        </Link>
        <div className="min-w-0 flex-1">
          <CategoryNav categories={categories} />
        </div>
        <SearchBox className="w-full md:max-w-xs" />
        <CartLink />
        <div className="shrink-0">
          <UserMenu />
        </div>
      </Container>
    </header>
  );
}
