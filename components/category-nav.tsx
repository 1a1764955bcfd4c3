import Link from "next/link";
import { categoryPath } from "@/lib/catalog/paths";
import type { CategoryNode } from "@/lib/catalog/types";

// One navigation landmark for every width: a <details> disclosure on phones, a row of top
// categories with hover/focus dropdowns from md up. Both are plain HTML, so the menu works
// before (and without) JavaScript.
export function CategoryNav({ categories }: { categories: CategoryNode[] }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <details className="group/menu md:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100 [&::-webkit-details-marker]:hidden">
          <MenuIcon />
          <span>Shop categories</span>
        </summary>
        <ul className="mt-2 space-y-1 border-t border-gray-200 pt-2 pb-3">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category.slug)} className="block rounded-md px-3 py-2 font-medium text-gray-900 hover:bg-gray-100">
                {category.name}
              </Link>
              {category.children.length > 0 && (
                <ul className="ml-3 border-l border-gray-200 pl-3">
                  {category.children.map((child) => (
                    <li key={child.id}>
                      <Link href={categoryPath(child.slug)} className="block rounded-md px-3 py-1.5 text-sm text-gray-700 hover:bg-gray-100 hover:text-gray-900">
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

      <ul className="hidden md:flex md:flex-wrap md:items-center md:gap-1">
        {categories.map((category) => (
          <li key={category.id} className="group relative">
            <Link
              href={categoryPath(category.slug)}
              className="inline-flex items-center gap-1 rounded-md px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-100 hover:text-gray-950"
            >
              {category.name}
              {category.children.length > 0 && <ChevronIcon />}
            </Link>
            {category.children.length > 0 && (
              // `invisible` keeps the links out of the tab order and the accessibility tree
              // until the item is hovered or its link focused; focus-within then opens it.
              <div className="invisible absolute top-full left-0 z-30 pt-1 opacity-0 transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100">
                <ul className="min-w-52 rounded-lg border border-gray-200 bg-white p-2 shadow-lg">
                  {category.children.map((child) => (
                    <li key={child.id}>
                      <Link href={categoryPath(child.slug)} className="block rounded-md px-3 py-2 text-sm text-gray-700 hover:bg-gray-100 hover:text-gray-950">
                        {child.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
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
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 text-gray-500" fill="currentColor">
      <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
    </svg>
  );
}
