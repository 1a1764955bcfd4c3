import Link from "next/link";
import { pageWindow } from "./page-window";

const base = "inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium";

/** Real links (not buttons), so every page is crawlable and works without JavaScript. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const items = pageWindow(page, pageCount);
  return (
    <nav aria-label="Pagination" className="mt-10 flex justify-center">
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {page > 1 && page <= pageCount ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={`${base} text-gray-800 hover:bg-gray-100`}>
              <span aria-hidden="true">←</span>&nbsp;Previous
            </Link>
          ) : (
            <span aria-hidden="true" className={`${base} text-gray-500`}>
              ←&nbsp;Previous
            </span>
          )}
        </li>
        {items.map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className={`${base} px-1 text-gray-600`}>
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={`Page ${item}`}
                className={`${base} ${item === page ? "bg-gray-950 text-white" : "text-gray-800 hover:bg-gray-100"}`}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={`${base} text-gray-800 hover:bg-gray-100`}>
              Next&nbsp;<span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-hidden="true" className={`${base} text-gray-500`}>
              Next&nbsp;→
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
