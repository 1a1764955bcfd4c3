// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { MAX_QUERY_LENGTH } from "./normalize";
export { basePath, parseSearchParams, searchHref, sortOptions } from "./params";
export type { Suggestions } from "./service";
export type { SearchSort } from "./types";
