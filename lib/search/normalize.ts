// Text handling shared by both engines and the indexer. A query is user input of any size
// and shape; after this module it is a short list of plain letter/digit words, so nothing a
// shopper types can reach SQL, tsquery or Meilisearch syntax as anything but a word.

/** Longest query we search for; anything longer is cut (a pasted essay is not a query). */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 32;

/** Trims, collapses whitespace, drops control characters and cuts to MAX_QUERY_LENGTH. */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  const flat = raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\p{Cc}\p{Cf}\s]+/gu, " ")
    .trim();
  // Cut by code points so an emoji is never split into half a surrogate pair.
  return Array.from(flat).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/**
 * Lower case without accents, with hyphens and apostrophes inside words removed, so
 * "T-Shirt" meets "tshirt", "Kids'" meets "kids" and "Café" meets "cafe". Separators between
 * digits go too ("20,000" → "20000").
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’‐-](?=[\p{L}\p{N}])/gu, "")
    .replace(/(?<=\p{N})[,.](?=\p{N})/gu, "");
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words a query searches for: folded, unique, at most MAX_TERMS of MAX_TERM_LENGTH. */
export function queryTerms(query: string): string[] {
  const terms = words(foldText(cleanQuery(query))).map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * Text to index for a field: the folded words, plus the parts of each compound ("t-shirt"
 * adds "t" and "shirt" to "tshirt") so a product is found by either spelling.
 */
export function indexText(text: string): string {
  const joined = words(foldText(text));
  const split = words(
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase(),
  );
  const extra = split.filter((w) => !joined.includes(w));
  return [...joined, ...extra].join(" ");
}

/** Distinct folded words of a text, for the typo vocabulary. */
export function vocabularyWords(text: string): string[] {
  return [...new Set(indexText(text).split(" "))].filter((w) => w.length >= 2 && w.length <= MAX_TERM_LENGTH);
}
