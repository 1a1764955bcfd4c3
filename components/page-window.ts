export type PageItem = number | "gap";

/**
 * The page numbers to show in a pager: always the first and last, `radius` pages around the
 * current one, and a gap marker where numbers are skipped. A gap never hides a single page
 * (showing "4" costs the same room as "…").
 */
export function pageWindow(current: number, pageCount: number, radius = 1): PageItem[] {
  if (pageCount <= 0) return [];
  const pages = new Set<number>([1, pageCount]);
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= pageCount) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of sorted) {
    const previous = items.at(-1);
    if (typeof previous === "number" && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === "number" && page - previous > 2) items.push("gap");
    items.push(page);
  }
  return items;
}
