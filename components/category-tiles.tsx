import Image from "next/image";
import Link from "next/link";
import { categoryPath } from "@/lib/catalog/paths";
import type { CategoryTile } from "@/lib/catalog/types";

export function CategoryTiles({ categories }: { categories: CategoryTile[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={categoryPath(category.slug)}
            className="group relative flex aspect-[4/3] overflow-hidden rounded-xl bg-gray-200 sm:aspect-[4/5]"
          >
            {category.image && (
              <Image
                src={category.image.url}
                // Decorative: the tile's text names the category.
                alt=""
                fill
                sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
                className="object-cover transition duration-500 group-hover:scale-105"
              />
            )}
            <span aria-hidden="true" className="absolute inset-0 bg-linear-to-t from-black/80 via-black/30 to-transparent" />
            <span className="relative mt-auto p-5 text-white">
              <span className="block text-xl font-semibold">{category.name}</span>
              <span className="mt-1 block text-sm text-white">
                {category.productCount} {category.productCount === 1 ? "product" : "products"}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
