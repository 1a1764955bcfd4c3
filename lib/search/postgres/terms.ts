import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { queryTerms } from "../normalize";
import { createResultCache, RESULT_CACHE_TTL_MS, type ResultCache } from "../result-cache";
import { synonymsOf } from "../synonyms";

// Typo tolerance for the Postgres engine. Each query word is looked up in search_terms (every
// word the index holds): a known word is searched as typed (and as a prefix, for partial
// words), an unknown one is replaced by its nearest known words by trigram similarity
// ("lether" → "leather"), and a word with no near neighbour is dropped, as Meilisearch drops
// words it cannot match. The words only ever hold letters and digits (normalize.ts), so the
// tsquery built from them cannot carry operators typed by a shopper.

/** Below this trigram similarity a known word is not offered as a correction. */
const MIN_SIMILARITY = 0.3;
/** A partial word ("runni") also searches for a near full word this similar. */
const PARTIAL_CORRECTION_SIMILARITY = 0.5;
const MAX_ALTERNATIVES = 3;
/** "Did you mean" may offer a word this similar (it scans the vocabulary: zero-result pages only). */
const LOOSE_SIMILARITY = 0.2;
// Words too common to search for. Postgres drops them from a tsquery anyway; leaving them
// out here keeps "the" from being "corrected" to a word that happens to be near it.
const STOP_WORDS = new Set(
  "a an and are as at be but by for from has have in is it its of on or our the their this to was with your you".split(
    " ",
  ),
);

export type ResolvedTerm = {
  term: string;
  /** Words to OR together for this term; `prefix` words match any word they begin. */
  alternatives: { word: string; prefix: boolean }[];
  /** The best known word when `term` is not one; drives "did you mean". */
  correction: string | null;
};

type Row = {
  term: string;
  exact: boolean;
  completions: string[] | null;
  candidates: { word: string; score: number }[] | string | null;
};

// Words repeat far more often than whole queries, and the vocabulary changes only when the
// index does: each word's lookup is kept per database for the result cache's lifetime, and
// dropped as soon as this process writes to the index (write.ts calls forgetWords).
const wordCaches = new WeakMap<object, ResultCache<ResolvedTerm | null>>();

function wordCache(db: DbOrTx): ResultCache<ResolvedTerm | null> {
  let cache = wordCaches.get(db);
  if (!cache) wordCaches.set(db, (cache = createResultCache({ maxEntries: 5000, ttlMs: RESULT_CACHE_TTL_MS })));
  return cache;
}

export function forgetWords(db: DbOrTx): void {
  wordCaches.get(db)?.clear();
}

export async function resolveTerms(db: DbOrTx, query: string): Promise<{ terms: ResolvedTerm[]; dropped: string[] }> {
  const words = queryTerms(query).filter((w) => !STOP_WORDS.has(w));
  const cache = wordCache(db);
  const resolved = new Map<string, ResolvedTerm | null>();
  for (const word of words) {
    const known = cache.get(word);
    if (known !== undefined) resolved.set(word, known);
  }
  const missing = words.filter((w) => !resolved.has(w));
  for (const row of missing.length > 0 ? await lookUp(db, missing) : []) {
    const term = resolveRow(row);
    resolved.set(row.term, term);
    cache.set(row.term, term);
  }
  const terms = words.map((w) => resolved.get(w)).filter((t): t is ResolvedTerm => Boolean(t));
  return { terms, dropped: words.filter((w) => !resolved.get(w)) };
}

function lookUp(db: DbOrTx, words: string[]): Promise<Row[]> {
  const list = sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  );
  // `%` uses the trigram index with pg_trgm's default threshold (0.3). starts_with, not LIKE:
  // a LIKE pattern built per row is recompiled per row, forty times slower here.
  return selectRows<Row>(
    db,
    sql`SELECT q.term,
          EXISTS (SELECT 1 FROM search_terms s WHERE s.term = q.term) AS exact,
          (SELECT array_agg(c.term) FROM (
             SELECT s.term FROM search_terms s WHERE starts_with(s.term, q.term) AND s.term <> q.term
             ORDER BY s.frequency DESC, length(s.term), s.term LIMIT ${MAX_ALTERNATIVES}
           ) c) AS completions,
          (SELECT json_agg(json_build_object('word', c.term, 'score', c.score)) FROM (
             SELECT s.term, similarity(s.term, q.term) AS score FROM search_terms s
             WHERE s.term % q.term AND s.term <> q.term
             ORDER BY score DESC, s.frequency DESC, s.term LIMIT ${MAX_ALTERNATIVES}
           ) c) AS candidates
        FROM unnest(ARRAY[${list}]::text[]) AS q(term)`,
  );
}

function parseCandidates(value: Row["candidates"]): { word: string; score: number }[] {
  const list = typeof value === "string" ? (JSON.parse(value) as { word: string; score: number }[]) : (value ?? []);
  return list.filter((c) => Number(c.score) >= MIN_SIMILARITY).map((c) => ({ word: c.word, score: Number(c.score) }));
}

function resolveRow(row: Row): ResolvedTerm | null {
  const { term } = row;
  const synonyms = synonymsOf(term).map((word) => ({ word, prefix: false }));
  const completions = row.completions ?? [];
  const candidates = parseCandidates(row.candidates);
  // A one-letter prefix matches half the catalog; single letters only count as whole words.
  const canPrefix = term.length >= 2;

  if (row.exact) {
    return { term, alternatives: [{ word: term, prefix: canPrefix }, ...synonyms], correction: null };
  }
  if (completions.length > 0 && canPrefix) {
    const near = candidates.filter((c) => c.score >= PARTIAL_CORRECTION_SIMILARITY && !c.word.startsWith(term));
    return {
      term,
      // Completions too: the stemmer turns "runni:*" into a prefix no stem starts with.
      alternatives: [
        { word: term, prefix: true },
        ...completions.map((word) => ({ word, prefix: false })),
        ...near.slice(0, 1).map((c) => ({ word: c.word, prefix: false })),
        ...synonyms,
      ],
      correction: null,
    };
  }
  const best = candidates[0];
  if (!best) return synonyms.length > 0 ? { term, alternatives: synonyms, correction: null } : null;
  // Keep the near-ties ("jaket": jacket, jackets) but not a long tail of weaker guesses.
  const near = candidates.filter((c) => c.score >= best.score - 0.1);
  return {
    term,
    alternatives: [
      ...near.map((c) => ({ word: c.word, prefix: false })),
      ...synonymsOf(best.word).map((word) => ({ word, prefix: false })),
    ],
    correction: best.word,
  };
}

/** to_tsquery input: the terms ANDed, each term's alternatives ORed. */
export function toTsquery(terms: ResolvedTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => (a.prefix ? `${a.word}:*` : a.word)).join(" | ")})`)
    .join(" & ");
}

/** Every word a hit may contain because of these terms, for highlighting. */
export function matchWords(terms: ResolvedTerm[]): string[] {
  return [...new Set(terms.flatMap((t) => t.alternatives.map((a) => a.word)))];
}

/** The query with each misspelt word replaced by its correction, or null when none was. */
export function correctedQuery(query: string, terms: ResolvedTerm[]): string | null {
  const corrections = new Map(terms.filter((t) => t.correction).map((t) => [t.term, t.correction!]));
  if (corrections.size === 0) return null;
  return queryTerms(query)
    .map((word) => corrections.get(word) ?? word)
    .join(" ");
}

/**
 * "Did you mean" for a query that found nothing: each word that is not a known one swapped
 * for its nearest known word, with a looser bar than resolveTerms uses (it is only offered,
 * never searched for silently). Null when nothing would change.
 */
export async function suggestQuery(db: DbOrTx, query: string): Promise<string | null> {
  const words = queryTerms(query).filter((w) => !STOP_WORDS.has(w));
  if (words.length === 0) return null;
  const list = sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  );
  const rows = await selectRows<{ term: string; nearest: string | null }>(
    db,
    sql`SELECT q.term, CASE WHEN EXISTS (SELECT 1 FROM search_terms s WHERE s.term = q.term) THEN q.term ELSE (
          SELECT s.term FROM search_terms s WHERE similarity(s.term, q.term) >= ${LOOSE_SIMILARITY}
          ORDER BY similarity(s.term, q.term) DESC, s.frequency DESC, s.term LIMIT 1
        ) END AS nearest
        FROM unnest(ARRAY[${list}]::text[]) WITH ORDINALITY AS q(term, ord)
        ORDER BY q.ord`,
  );
  const suggestion = rows.map((r) => r.nearest ?? r.term).join(" ");
  return suggestion === words.join(" ") ? null : suggestion;
}
