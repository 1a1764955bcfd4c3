import Link from "next/link";
import { categoryPath, type CategoryNode } from "@/lib/catalog";

// One navigation landmark and one list for every width: on phones a <details> disclosure
// with the subcategories indented; from md up the same list in a row, each subcategory list a
// hover/focus dropdown, and the disclosure always open (globals.css, .category-menu). Plain
// HTML, so the menu works before (and without) JavaScript; one copy of the links, not two.
// Every page carries this menu twice over (its HTML, and the payload React hydrates from), so
// its styles are named classes in globals.css rather than long lists on each of its links.
export function CategoryNav({ categories }: { categories: CategoryNode[] }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <details className="category-menu">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100 md:hidden [&::-webkit-details-marker]:hidden">
          <MenuIcon />
          <span>Shop categories</span>
        </summary>
        <ul>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category.slug)}>
                {category.name}
                {category.children.length > 0 && <ChevronIcon />}
              </Link>
              {category.children.length > 0 && (
                <ul>
                  {category.children.map((child) => (
                    <li key={child.id}>
                      <Link href={categoryPath(child.slug)}>{child.name}</Link>
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
