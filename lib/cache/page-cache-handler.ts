import { metrics } from "@/lib/metrics";
import type { EntryStore } from "./entry-store";
import type { EntryCodec } from "./redis-entry-store";
import type { TagStore } from "./tag-store";

// The handler behind Next's incremental cache (next.config `cacheHandler`): whole rendered
// pages and route responses. A page is served only while none of the tags it was rendered
// with (its x-next-cache-tags header: the "use cache" reads it made) expired after it was
// rendered; otherwise the next request renders it again, blocking, so nobody is shown a page
// older than the write that changed it. What `next build` prerendered is never read: the
// first request renders each page with the data and settings the server runs with.

type Headers = Record<string, string | string[] | number | undefined>;

/** The two kinds this store keeps, as Next hands them to a cache handler (html as a string). */
export type PageValue =
  | {
      kind: "APP_PAGE";
      html: string;
      rscData: Buffer | undefined;
      status: number | undefined;
      postponed: string | undefined;
      headers: Headers | undefined;
      segmentData: Map<string, Buffer> | undefined;
    }
  | { kind: "APP_ROUTE"; body: Buffer; status: number; headers: Headers };

type CacheControl = { revalidate: number | false; expire: number | undefined };

export type StoredPage = {
  lastModified: number;
  value: PageValue;
  cacheControl: CacheControl | undefined;
  tags: string[];
};

export type PageCacheHandler = {
  get(
    key: string,
    ctx: { kind?: string },
  ): Promise<{ lastModified: number; value: PageValue; cacheControl?: CacheControl } | null>;
  set(key: string, data: { kind?: string } | null, ctx: { cacheControl?: CacheControl }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const MAX_TTL_SECONDS = 24 * 60 * 60;
const CACHED_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

export function createPageCacheHandler(
  entries: EntryStore<StoredPage>,
  tags: TagStore,
  now: () => number = Date.now,
): PageCacheHandler {
  // When Next asks for a page it does not get, it renders it next: the page holds data read
  // from about then on. A tag expired after that moment but before the render finished must
  // still count against the page, so the page is dated from here, not from when it is stored.
  const renderStarts = new Map<string, number>();
  function renderStarting(key: string, { again }: { again: boolean }) {
    if (again || !renderStarts.has(key)) renderStarts.set(key, now());
    if (renderStarts.size > 10_000) {
      for (const [k, at] of renderStarts) if (now() - at > 60_000) renderStarts.delete(k);
    }
  }

  return {
    async get(key, ctx) {
      if (!ctx.kind || !CACHED_KINDS.has(ctx.kind)) return null;
      const entry = await entries.get(key);
      const expired = entry && (await tags.lastExpired(entry.tags));
      const hit = entry && expired !== null && expired !== undefined && expired < entry.lastModified;
      metrics().cacheLookups.inc({ cache: "page", result: hit ? "hit" : "miss" });
      if (!hit) {
        renderStarting(key, { again: true });
        return null;
      }
      // Past its revalidate time Next serves it (until the background render replaces it).
      const revalidate = entry.cacheControl?.revalidate;
      if (typeof revalidate === "number" && now() - entry.lastModified > revalidate * 1000)
        renderStarting(key, { again: false });
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    },

    async set(key, data, ctx) {
      const started = renderStarts.get(key);
      renderStarts.delete(key);
      if (!data?.kind || !CACHED_KINDS.has(data.kind)) return;
      const value = data as PageValue;
      const expire = ctx.cacheControl?.expire ?? MAX_TTL_SECONDS;
      await entries.set(
        key,
        { lastModified: started ?? now(), value, cacheControl: ctx.cacheControl, tags: tagsOf(value) },
        Math.min(expire, MAX_TTL_SECONDS),
      );
    },

    async revalidateTag(expiredTags) {
      await tags.expire(typeof expiredTags === "string" ? [expiredTags] : expiredTags);
    },
  };
}

function tagsOf(value: PageValue): string[] {
  const header = value.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

export function pageSize(page: StoredPage): number {
  const { value } = page;
  if (value.kind === "APP_ROUTE") return value.body.byteLength + 500;
  let size = value.html.length + (value.rscData?.byteLength ?? 0) + (value.postponed?.length ?? 0) + 500;
  for (const [path, segment] of value.segmentData ?? []) size += path.length + segment.byteLength;
  return size;
}

// Buffers travel as base64 and the segment Map as pairs; everything else is plain JSON.
export const pageCodec: EntryCodec<StoredPage> = {
  encode(page) {
    const { value } = page;
    const encoded =
      value.kind === "APP_ROUTE"
        ? { ...value, body: value.body.toString("base64") }
        : {
            ...value,
            rscData: value.rscData?.toString("base64"),
            segmentData:
              value.segmentData && [...value.segmentData].map(([path, data]) => [path, data.toString("base64")]),
          };
    return JSON.stringify({ ...page, value: encoded });
  },
  decode(stored) {
    const page = JSON.parse(stored) as StoredPage & { value: Record<string, unknown> };
    const raw = page.value;
    const value =
      raw.kind === "APP_ROUTE"
        ? { ...raw, body: Buffer.from(String(raw.body), "base64") }
        : {
            ...raw,
            rscData: typeof raw.rscData === "string" ? Buffer.from(raw.rscData, "base64") : undefined,
            segmentData: Array.isArray(raw.segmentData)
              ? new Map(
                  (raw.segmentData as [string, string][]).map(([path, data]) => [path, Buffer.from(data, "base64")]),
                )
              : undefined,
          };
    return { ...page, value: value as PageValue };
  },
};
