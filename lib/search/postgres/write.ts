import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { searchDocuments, searchTerms } from "@/db/schema";
import { foldText, indexText, vocabularyWords } from "../normalize";
import type { DocumentLoader, SearchDocument } from "../types";
import { forgetWords } from "./terms";

// Writes to the Postgres engine's index. The tsvector is built by Postgres from text
// normalised here, so the query side (normalize.ts, terms.ts) sees the same words.

const TERM_CHUNK = 1000;

function documentVector(doc: SearchDocument) {
  const field = (text: string, weight: "A" | "B" | "C" | "D") =>
    sql`setweight(to_tsvector('english', ${indexText(text)}), ${weight})`;
  return sql`${field(doc.name, "A")}
    || ${field([doc.brand, ...doc.categoryNames].join(" "), "B")}
    || ${field([...doc.optionValues, ...doc.specValues].join(" "), "C")}
    || ${field(doc.description, "D")}`;
}

/**
 * The document's words with their weight in the vocabulary: a word in a name, brand or
 * category counts ten times a word met only in the text, so a correction prefers "oven"
 * (a product) to "over" (a word from descriptions) when both are as close to "ovn".
 */
export function documentWords(doc: SearchDocument): Map<string, number> {
  const words = new Map<string, number>();
  for (const word of vocabularyWords([...doc.optionValues, ...doc.specValues, doc.description].join(" ")))
    words.set(word, 1);
  for (const word of vocabularyWords([doc.name, doc.brand, ...doc.categoryNames].join(" "))) words.set(word, 10);
  return words;
}

function toRow(doc: SearchDocument) {
  return {
    productId: doc.id,
    slug: doc.slug,
    name: doc.name,
    brand: doc.brand,
    categorySlugs: doc.categorySlugs,
    priceAmount: doc.priceAmount,
    compareAtAmount: doc.compareAtAmount,
    currency: doc.currency,
    priceBucket: doc.priceBucket,
    inStock: doc.inStock,
    featured: doc.featured,
    image: doc.image,
    ratingAverage: doc.ratingAverage,
    reviewCount: doc.reviewCount,
    optionValues: doc.stockedOptions,
    nameText: foldText(doc.name),
    document: documentVector(doc),
    createdAt: new Date(doc.createdAt),
    indexedAt: sql`now()`,
  };
}

export async function upsertDocuments(db: DbOrTx, docs: SearchDocument[]): Promise<void> {
  if (docs.length === 0) return;
  await db
    .insert(searchDocuments)
    .values(docs.map(toRow))
    .onConflictDoUpdate({
      target: searchDocuments.productId,
      set: Object.fromEntries(
        Object.keys(toRow(docs[0]!))
          .filter((key) => key !== "productId")
          .map((key) => [key, sql.raw(`excluded.${toColumn(key)}`)]),
      ),
    });
  // New words join the vocabulary; counts are only exact after a full rebuild.
  const words = new Map(docs.flatMap((doc) => [...documentWords(doc)]));
  await insertTerms(
    db,
    [...words].map(([term, frequency]) => ({ term, frequency })),
    "keep",
  );
  forgetWords(db);
}

function toColumn(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

async function insertTerms(db: DbOrTx, rows: { term: string; frequency: number }[], onConflict: "keep" | "replace") {
  for (let i = 0; i < rows.length; i += TERM_CHUNK) {
    const insert = db.insert(searchTerms).values(rows.slice(i, i + TERM_CHUNK));
    await (onConflict === "keep"
      ? insert.onConflictDoNothing()
      : insert.onConflictDoUpdate({ target: searchTerms.term, set: { frequency: sql`excluded.frequency` } }));
  }
}

export async function deleteDocuments(db: DbOrTx, productIds: number[]): Promise<void> {
  if (productIds.length === 0) return;
  await db.delete(searchDocuments).where(inArray(searchDocuments.productId, productIds));
}

// Two rebuilds at once (two instances bootstrapping an empty index) queue behind this lock
// instead of failing on each other's primary keys.
const REBUILD_LOCK = 0x5ea7c4;

/**
 * Replaces the index in one transaction: searches keep seeing the old index until commit,
 * so a rebuild never serves an empty or half-built one.
 */
export async function rebuildIndex(
  db: DbOrTx,
  load: DocumentLoader,
  onProgress?: (indexed: number) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
    await tx.delete(searchDocuments).where(sql`true`);
    await tx.delete(searchTerms).where(sql`true`);
    const frequency = new Map<string, number>();
    let indexed = 0;
    for await (const docs of load(tx)) {
      await upsertDocumentRows(tx, docs);
      for (const doc of docs) {
        for (const [word, weight] of documentWords(doc)) frequency.set(word, (frequency.get(word) ?? 0) + weight);
      }
      indexed += docs.length;
      onProgress?.(indexed);
    }
    await insertTerms(
      tx,
      [...frequency].map(([term, count]) => ({ term, frequency: count })),
      "replace",
    );
  });
  forgetWords(db);
}

async function upsertDocumentRows(db: DbOrTx, docs: SearchDocument[]) {
  if (docs.length > 0) await db.insert(searchDocuments).values(docs.map(toRow));
}
