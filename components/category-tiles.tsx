import Image from "next/image";
import Link from "next/link";
import { categoryPath, type CategoryTile } from "@/lib/catalog";

// The home page's category tiles; their styles are named classes (globals.css, .category-tile),
// as the product cards' are: fewer bytes in every copy of the home page.
export function CategoryTiles({ categories }: { categories: CategoryTile[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link href={categoryPath(category.slug)} className="category-tile">
            <span className="category-tile-photo">
              {/* Decorative: the tile's text names the category. */}
              {category.image && <Image src={category.image.url} alt="" fill sizes="(min-width: 1024px) 24rem, 50vw" />}
            </span>
            <span className="category-tile-text">
              <span>
                <span className="category-tile-name">{category.name}</span>
                <span className="category-tile-count">
                  {category.productCount} {category.productCount === 1 ? "product" : "products"}
                </span>
              </span>
              <span aria-hidden="true" className="category-tile-arrow">
                →
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
