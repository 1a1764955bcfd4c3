import { foldText } from "./normalize";
import type { HighlightSegment } from "./types";

// Highlighted names are data (segments), never HTML strings: a product name is rendered as
// text by React, so nothing in it, or in a query, can inject markup.

/** Splits text marked with `pre`/`post` tags (Meilisearch's _formatted) into segments. */
export function segmentsFromMarked(marked: string, pre: string, post: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(pre);
    const end = start === -1 ? -1 : rest.indexOf(post, start + pre.length);
    if (start === -1 || end === -1) {
      segments.push({ text: rest.replaceAll(pre, "").replaceAll(post, ""), match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    segments.push({ text: rest.slice(start + pre.length, end), match: true });
    rest = rest.slice(end + post.length);
  }
  return mergeSegments(segments.filter((s) => s.text.length > 0));
}

function stem(word: string): string {
  return word.replace(/(?:ing|es|s|ed)$/, "");
}

/** Whether a folded word answers a folded query term: whole, as a prefix, or as a simple plural. */
export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return term.length >= 2 || word === term;
  if (term.startsWith(word) && word.length >= 3) return true;
  const ws = stem(word);
  return ws.length >= 3 && ws === stem(term);
}

/**
 * Marks the words of `text` that a search for `terms` (folded query words and their
 * corrections) matched: whole words, prefixes ("jack" in "Jacket") and simple plurals.
 */
export function highlightTerms(text: string, terms: string[]): HighlightSegment[] {
  if (terms.length === 0) return text ? [{ text, match: false }] : [];
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*/gu)) {
    const word = found[0];
    const folded = foldText(word);
    const parts = [folded, ...(folded === word.toLowerCase() ? [] : foldText(word.replace(/['’‐-]/g, " ")).split(" "))];
    if (!parts.some((part) => terms.some((term) => wordMatches(part, term)))) continue;
    if (found.index > last) segments.push({ text: text.slice(last, found.index), match: false });
    segments.push({ text: word, match: true });
    last = found.index + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return mergeSegments(segments);
}

function mergeSegments(segments: HighlightSegment[]): HighlightSegment[] {
  const merged: HighlightSegment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && previous.match === segment.match) previous.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
