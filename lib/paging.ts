// Offset paging for the admin lists, in one place so every list counts pages the same way.

export type Page = {
  /** The page asked for, at least 1. A page past the end is kept: its list is empty. */
  page: number;
  /** At least 1, so an empty list still shows as "page 1 of 1". */
  pageCount: number;
  /** Rows to skip before this page. */
  offset: number;
};

/**
 * Where page `page` of `total` rows starts. A missing, zero or negative page means the first;
 * a page past the end is kept as asked (its list comes back empty), not moved to the last page.
 */
export function pageOf({ page, pageSize, total }: { page?: number; pageSize: number; total: number }): Page {
  const current = Math.max(1, page ?? 1);
  return {
    page: current,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    offset: (current - 1) * pageSize,
  };
}
