import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocally } from "./http-server";

// A small local server speaking the part of Meilisearch's HTTP API the search engine uses:
// indexes, settings, documents (add, delete), search and multi-search (filters, facets,
// sort, pagination, highlighting), asynchronous tasks and index swaps. Matching is a plain
// approximation (prefix, typo by edit distance, synonyms, dropping the last words), enough
// for contract tests, not for relevance. Unknown filter or sort attributes are refused as
// the real server does, so the engine's settings are checked too.

type Doc = Record<string, unknown> & { id: number | string };
type Settings = Record<string, unknown> & {
  searchableAttributes?: string[];
  filterableAttributes?: string[];
  sortableAttributes?: string[];
  synonyms?: Record<string, string[]>;
  typoTolerance?: { minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number } };
};
type Index = { uid: string; primaryKey: string; docs: Map<string, Doc>; settings: Settings };
type Task = {
  uid: number;
  indexUid: string | null;
  type: string;
  status: string;
  error: { message: string; code: string } | null;
};
type Query = Record<string, unknown> & { q?: string; filter?: unknown; facets?: string[]; sort?: string[] };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export type FakeMeilisearch = {
  url: string;
  apiKey: string;
  requests: string[];
  indexes: Map<string, Index>;
  /** Delays every response, to make the client time out. */
  delayMs: number;
  close: () => Promise<void>;
};

export async function startFakeMeilisearch(apiKey = "test-master-key"): Promise<FakeMeilisearch> {
  const indexes = new Map<string, Index>();
  const tasks = new Map<number, Task>();
  const queue: (() => void)[] = [];
  const requests: string[] = [];

  const getIndex = (uid: string) => {
    const index = indexes.get(uid);
    if (!index) throw new ApiError(404, "index_not_found", `Index \`${uid}\` not found.`);
    return index;
  };
  const ensureIndex = (uid: string, primaryKey = "id") => {
    if (!indexes.has(uid)) indexes.set(uid, { uid, primaryKey, docs: new Map(), settings: {} });
    return indexes.get(uid)!;
  };
  // Tasks are processed after the response, in order, like the real task queue.
  const enqueue = (indexUid: string | null, type: string, work: () => void) => {
    const task: Task = { uid: tasks.size, indexUid, type, status: "enqueued", error: null };
    tasks.set(task.uid, task);
    queue.push(() => {
      try {
        work();
        task.status = "succeeded";
      } catch (error) {
        task.status = "failed";
        task.error =
          error instanceof ApiError
            ? { message: error.message, code: error.code }
            : { message: String(error), code: "internal" };
      }
    });
    setImmediate(() => queue.shift()?.());
    return [
      202,
      { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() },
    ] as const;
  };

  function matches(index: Index, doc: Doc, term: string, prefix: boolean): number | null {
    const attributes = index.settings.searchableAttributes ?? Object.keys(doc);
    const typo = index.settings.typoTolerance?.minWordSizeForTypos ?? {};
    const allowed = term.length >= (typo.twoTypos ?? 9) ? 2 : term.length >= (typo.oneTypo ?? 5) ? 1 : 0;
    const variants = [term, ...(index.settings.synonyms?.[term] ?? []).flatMap(words)];
    for (const [rank, attribute] of attributes.entries()) {
      const value = doc[attribute];
      const text = Array.isArray(value) ? value.join(" ") : String(value ?? "");
      for (const word of words(text)) {
        if (
          variants.some(
            (v) => word === v || (prefix && word.startsWith(v)) || (allowed > 0 && distance(word, v) <= allowed),
          )
        )
          return rank;
      }
    }
    return null;
  }

  function passes(doc: Doc, expression: string, filterable: string[]): boolean {
    const match = /^\s*([\w.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(\S+))\s*$/.exec(expression);
    if (!match) throw new ApiError(400, "invalid_search_filter", `Unsupported filter: ${expression}`);
    const [, attribute = "", quoted, bare] = match;
    if (!filterable.includes(attribute))
      throw new ApiError(400, "invalid_search_filter", `Attribute \`${attribute}\` is not filterable.`);
    const expected = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : bare!;
    const value = doc[attribute];
    return (Array.isArray(value) ? value : [value]).some((v) => String(v) === expected);
  }

  function search(index: Index, query: Query) {
    const terms = words(String(query.q ?? ""));
    const filterable = index.settings.filterableAttributes ?? [];
    const filter = (query.filter ?? []) as (string | string[])[];
    const filtered = [...index.docs.values()].filter((doc) =>
      (typeof filter === "string" ? [filter] : filter).every((group) =>
        (Array.isArray(group) ? group : [group]).some((expression) => passes(doc, expression, filterable)),
      ),
    );
    // Default matching strategy "last": drop words from the end until something matches.
    let hits: { doc: Doc; rank: number }[] = [];
    for (let n = terms.length; n >= 0; n--) {
      const active = terms.slice(0, n);
      hits = filtered.flatMap((doc) => {
        const ranks = active.map((term, i) => matches(index, doc, term, i === active.length - 1));
        return ranks.every((r) => r !== null) ? [{ doc, rank: Math.min(99, ...(ranks as number[])) }] : [];
      });
      if (hits.length > 0 || n <= 1) break;
    }
    for (const sort of [...(query.sort ?? [])].reverse()) {
      const [attribute = "", direction] = sort.split(":");
      if (!(index.settings.sortableAttributes ?? []).includes(attribute))
        throw new ApiError(400, "invalid_search_sort", `Attribute \`${attribute}\` is not sortable.`);
      hits.sort((a, b) => (Number(a.doc[attribute]) - Number(b.doc[attribute])) * (direction === "desc" ? -1 : 1));
    }
    if (!query.sort?.length) hits.sort((a, b) => a.rank - b.rank);
    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const facet of query.facets ?? []) {
      if (!filterable.includes(facet))
        throw new ApiError(400, "invalid_search_facets", `Attribute \`${facet}\` is not filterable.`);
      const counts: Record<string, number> = (facetDistribution[facet] = {});
      for (const { doc } of hits) for (const v of [doc[facet]].flat()) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
    }
    const paged = query.page !== undefined || query.hitsPerPage !== undefined;
    const size = Number(paged ? (query.hitsPerPage ?? 20) : (query.limit ?? 20));
    const start = paged ? (Number(query.page ?? 1) - 1) * size : Number(query.offset ?? 0);
    const pre = String(query.highlightPreTag ?? "<em>");
    const post = String(query.highlightPostTag ?? "</em>");
    const retrieve = query.attributesToRetrieve as string[] | undefined;
    const page = hits.slice(start, start + size).map(({ doc }) => {
      const out: Record<string, unknown> = retrieve ? Object.fromEntries(retrieve.map((a) => [a, doc[a]])) : { ...doc };
      const formatted: Record<string, string> = {};
      for (const attribute of (query.attributesToHighlight as string[] | undefined) ?? []) {
        formatted[attribute] = String(doc[attribute] ?? "").replace(/[\p{L}\p{N}]+/gu, (w) =>
          terms.some((t) => words(w)[0]?.startsWith(t) || distance(words(w)[0] ?? "", t) <= 1)
            ? `${pre}${w}${post}`
            : w,
        );
      }
      return { ...out, _formatted: formatted };
    });
    const total = hits.length;
    const pagination = paged
      ? { page: Number(query.page ?? 1), hitsPerPage: size, totalHits: total, totalPages: Math.ceil(total / size) }
      : { offset: start, limit: size, estimatedTotalHits: total };
    return { hits: page, query: query.q ?? "", processingTimeMs: 0, facetDistribution, ...pagination };
  }

  async function route(method: string, path: string[], url: URL, body: unknown): Promise<readonly [number, unknown]> {
    const [root, uid = "", sub, ...rest] = path;
    if (method === "GET" && root === "health") return [200, { status: "available" }];
    if (method === "GET" && root === "tasks") {
      const task = tasks.get(Number(uid));
      if (!task) throw new ApiError(404, "task_not_found", `Task \`${uid}\` not found.`);
      return [200, task];
    }
    if (method === "POST" && root === "multi-search") {
      const queries = (body as { queries: (Query & { indexUid: string })[] }).queries;
      return [200, { results: queries.map((q) => ({ indexUid: q.indexUid, ...search(getIndex(q.indexUid), q) })) }];
    }
    if (method === "POST" && root === "swap-indexes") {
      const swaps = body as { indexes: [string, string] }[];
      return enqueue(null, "indexSwap", () => {
        for (const {
          indexes: [a, b],
        } of swaps) {
          const [first, second] = [getIndex(a), getIndex(b)];
          indexes.set(a, { ...second, uid: a });
          indexes.set(b, { ...first, uid: b });
        }
      });
    }
    if (root !== "indexes") throw new ApiError(404, "not_found", `No route ${method} ${url.pathname}`);
    const input = body as { uid?: string; primaryKey?: string } & Record<string, unknown>;
    if (method === "POST" && !uid) {
      return enqueue(input.uid ?? null, "indexCreation", () => {
        if (indexes.has(input.uid!))
          throw new ApiError(409, "index_already_exists", `Index \`${input.uid}\` already exists.`);
        ensureIndex(input.uid!, input.primaryKey);
      });
    }
    if (method === "GET" && !sub) return [200, { uid, primaryKey: getIndex(uid).primaryKey }];
    if (method === "DELETE" && !sub)
      return enqueue(uid, "indexDeletion", () => void (getIndex(uid) && indexes.delete(uid)));
    if (sub === "settings" && method === "GET") return [200, getIndex(uid).settings];
    if (sub === "settings" && method === "PATCH") {
      return enqueue(uid, "settingsUpdate", () => Object.assign(ensureIndex(uid).settings, input));
    }
    if (sub === "search" && method === "POST") return [200, search(getIndex(uid), body as Query)];
    if (sub === "documents" && method === "POST" && rest.length === 0) {
      return enqueue(uid, "documentAdditionOrUpdate", () => {
        const index = ensureIndex(uid, url.searchParams.get("primaryKey") ?? "id");
        for (const doc of body as Doc[]) index.docs.set(String(doc[index.primaryKey]), doc);
      });
    }
    if (sub === "documents" && method === "POST" && rest[0] === "delete-batch") {
      return enqueue(uid, "documentDeletion", () => {
        for (const id of body as (string | number)[]) getIndex(uid).docs.delete(String(id));
      });
    }
    if (sub === "documents" && method === "DELETE" && rest[0]) {
      return enqueue(uid, "documentDeletion", () => void getIndex(uid).docs.delete(rest[0]!));
    }
    throw new ApiError(404, "not_found", `No route ${method} ${url.pathname}`);
  }

  const fake: FakeMeilisearch = { url: "", apiKey, requests, indexes, delayMs: 0, close: async () => {} };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(`${req.method} ${url.pathname}`);
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    let status: number;
    let payload: unknown;
    try {
      if (req.headers.authorization !== `Bearer ${apiKey}`)
        throw new ApiError(401, "invalid_api_key", "The provided API key is invalid.");
      const text = Buffer.concat(chunks).toString("utf8");
      [status, payload] = await route(
        req.method ?? "GET",
        url.pathname.split("/").filter(Boolean),
        url,
        text ? JSON.parse(text) : undefined,
      );
    } catch (error) {
      const api = error instanceof ApiError ? error : new ApiError(500, "internal", String(error));
      [status, payload] = [api.status, { message: api.message, code: api.code, type: "invalid_request", link: "" }];
    }
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
  }

  const { url, close } = await listenLocally(createServer((req, res) => void handle(req, res)));
  fake.url = url;
  fake.close = close;
  return fake;
}
