import Image from "next/image";
import Link from "next/link";
import { categoryPath } from "@/lib/catalog/paths";
import type { CategoryTile } from "@/lib/catalog/types";

export function CategoryTiles({ categories }: { categories: CategoryTile[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={categoryPath(category.slug)}
            className="group flex h-full flex-col overflow-hidden rounded-xl border border-gray-200 bg-white transition hover:border-gray-300 hover:shadow-md"
          >
            <span className="relative block aspect-[16/10] overflow-hidden bg-gray-100">
              {category.image && (
                <Image
                  src={category.image.url}
                  // Decorative: the tile's text names the category.
                  alt=""
                  fill
                  sizes="(min-width: 1024px) 33vw, 50vw"
                  className="object-cover object-top transition duration-500 group-hover:scale-105"
                />
              )}
            </span>
            <span className="flex items-center justify-between gap-2 p-4">
              <span>
                <span className="block font-semibold text-gray-950 sm:text-lg">{category.name}</span>
                <span className="mt-0.5 block text-sm text-gray-700">
                  {category.productCount} {category.productCount === 1 ? "product" : "products"}
                </span>
              </span>
              <span aria-hidden="true" className="text-gray-500 transition group-hover:translate-x-0.5 group-hover:text-gray-950">
                →
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
