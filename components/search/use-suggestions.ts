"use client";

import { useEffect, useState } from "react";
import type { Suggestions } from "@/lib/search/client";

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;

/**
 * Suggestions for what is typed, fetched DEBOUNCE_MS after the last keystroke; a newer
 * keystroke aborts the older request. Keeps showing the last answer while the next loads,
 * so the list does not flicker on every key.
 */
export function useSuggestions(value: string): Suggestions | null {
  const query = value.trim();
  const [result, setResult] = useState<Suggestions | null>(null);

  useEffect(() => {
    if (query.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggestions?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        });
        // Refused (429 when typing very fast from a busy address) or failed: no list, quietly.
        setResult(response.ok ? ((await response.json()) as Suggestions) : null);
      } catch (error) {
        // Suggestions are an aid: the form still submits to /search when they fail.
        if (!controller.signal.aborted) console.warn("[search] suggestions failed", error);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return query.length >= MIN_LENGTH ? result : null;
}
