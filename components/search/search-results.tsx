import Image from "next/image";
import Link from "next/link";
import { Price } from "@/components/price";
import { productPath } from "@/lib/catalog/paths";
import type { SearchHit } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";

// A product card whose name shows the words that matched; otherwise shaped like the
// catalog's ProductCard so search and category pages look alike.

const sizes = "(min-width: 1280px) 18rem, (min-width: 768px) 30vw, 50vw";

function SearchHitCard({ hit, priority }: { hit: SearchHit; priority: boolean }) {
  return (
    <Link
      href={productPath(hit.slug)}
      className="group flex h-full flex-col rounded-xl border border-transparent p-2 transition hover:border-gray-200 hover:shadow-sm"
    >
      <div className="relative aspect-square overflow-hidden rounded-lg bg-gray-100">
        {hit.image ? (
          <Image src={hit.image.url} alt={hit.image.alt} fill sizes={sizes} priority={priority} className="object-cover" />
        ) : (
          <span className="absolute inset-0 grid place-items-center text-sm text-gray-600">No image</span>
        )}
        {!hit.inStock && (
          <span className="absolute top-2 left-2 rounded-full bg-white/95 px-2.5 py-1 text-xs font-medium text-gray-900 shadow-sm">
            Out of stock
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 px-1 pt-3 pb-1">
        {hit.brand && <p className="text-xs font-medium tracking-wide text-gray-600 uppercase">{hit.brand}</p>}
        <h3 className="text-sm font-medium text-gray-950 group-hover:underline group-hover:underline-offset-4">
          <HighlightedText segments={hit.highlight} />
        </h3>
        <div className="mt-auto pt-1">
          <Price price={hit.price} compareAt={hit.compareAt} />
        </div>
      </div>
    </Link>
  );
}

export function SearchResultsGrid({ hits }: { hits: SearchHit[] }) {
  return (
    <ul className="grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-5 md:grid-cols-3 xl:grid-cols-4">
      {hits.map((hit, index) => (
        <li key={hit.id}>
          <SearchHitCard hit={hit} priority={index < 4} />
        </li>
      ))}
    </ul>
  );
}
