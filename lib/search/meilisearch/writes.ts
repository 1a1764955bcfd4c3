import { type EnqueuedTaskPromise, type Meilisearch, MeilisearchApiError, type Task } from "meilisearch";
import type { DocumentLoader } from "../types";
import { indexSettings, toMeiliDocument } from "./settings";
import { log } from "@/lib/log";

// Index writes. Meilisearch applies writes as tasks; each write here waits for its task and
// throws unless it succeeded, so an outbox handler that returns has really updated the index
// (and one that throws is retried).

const TASK_TIMEOUT_MS = 60_000;

export async function settled(promise: EnqueuedTaskPromise): Promise<Task> {
  const task = await promise.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 25 });
  if (task.status !== "succeeded") {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no reason given"}`,
    );
  }
  return task;
}

/** Creates the index unless it exists. */
async function createIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await settled(client.createIndex(uid, { primaryKey: "id" }));
  } catch (error) {
    if (!String(error instanceof Error ? error.message : error).includes("already exists")) throw error;
  }
}

export async function configureIndex(client: Meilisearch, uid: string): Promise<void> {
  await createIndex(client, uid);
  await settled(client.index(uid).updateSettings(indexSettings));
}

/**
 * Builds a complete new index beside the live one, then swaps them in one atomic task and
 * drops the old one: searches see the old index until the swap, never an empty one.
 */
export async function rebuildBySwap(
  client: Meilisearch,
  uid: string,
  load: DocumentLoader,
  onProgress?: (indexed: number) => void,
): Promise<void> {
  const next = `${uid}_rebuild_${Date.now()}`;
  await configureIndex(client, next);
  try {
    let indexed = 0;
    for await (const docs of load()) {
      await settled(client.index(next).addDocuments(docs.map(toMeiliDocument), { primaryKey: "id" }));
      indexed += docs.length;
      onProgress?.(indexed);
    }
    await createIndex(client, uid);
    await settled(client.swapIndexes([{ indexes: [uid, next], rename: false }]));
  } finally {
    // After the swap `next` holds the old documents; after a failure, a partial build.
    await deleteIndexIfExists(client, next);
  }
}

async function deleteIndexIfExists(client: Meilisearch, uid: string): Promise<void> {
  try {
    await settled(client.deleteIndex(uid));
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status === 404) return;
    log.warn({ err: error, module: "search" }, `could not delete Meilisearch index ${uid}`);
  }
}
