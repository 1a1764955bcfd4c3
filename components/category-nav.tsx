import Link from "next/link";
import { categoryPath } from "@/lib/catalog/paths";
import type { CategoryNode } from "@/lib/catalog/types";

// One navigation landmark and one list for every width: on phones a <details> disclosure
// with the subcategories indented; from md up the same list in a row, each subcategory list a
// hover/focus dropdown, and the disclosure always open (globals.css, .category-menu). Plain
// HTML, so the menu works before (and without) JavaScript; one copy of the links, not two.
export function CategoryNav({ categories }: { categories: CategoryNode[] }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <details className="category-menu">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100 md:hidden [&::-webkit-details-marker]:hidden">
          <MenuIcon />
          <span>Shop categories</span>
        </summary>
        <ul className="mt-2 space-y-1 border-t border-gray-200 pt-2 pb-3 md:mt-0 md:flex md:flex-wrap md:items-center md:gap-1 md:space-y-0 md:border-0 md:p-0">
          {categories.map((category) => (
            <li key={category.id} className="group relative">
              <Link
                href={categoryPath(category.slug)}
                className="flex items-center gap-1 rounded-md px-3 py-2 font-medium text-gray-900 hover:bg-gray-100 md:text-sm md:text-gray-800 md:hover:text-gray-950"
              >
                {category.name}
                {category.children.length > 0 && <ChevronIcon />}
              </Link>
              {category.children.length > 0 && (
                // From md up `invisible` keeps the links out of the tab order and the
                // accessibility tree until the item is hovered or its link focused.
                <ul className="ml-3 border-l border-gray-200 pl-3 md:invisible md:absolute md:top-full md:left-0 md:z-30 md:ml-0 md:min-w-52 md:rounded-lg md:border md:bg-white md:p-2 md:opacity-0 md:shadow-lg md:transition-opacity md:group-focus-within:visible md:group-focus-within:opacity-100 md:group-hover:visible md:group-hover:opacity-100">
                  {category.children.map((child) => (
                    <li key={child.id}>
                      <Link
                        href={categoryPath(child.slug)}
                        className="block rounded-md px-3 py-1.5 text-sm text-gray-700 hover:bg-gray-100 hover:text-gray-950 md:py-2"
                      >
                        {child.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75">
      <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
    </svg>
  );
}

function ChevronIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="hidden size-4 text-gray-500 md:block" fill="currentColor">
      <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
    </svg>
  );
}
