import { type ActionResult, refused } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth";
import { RefusalError } from "@/lib/errors";
import type { Actor } from "./audit";

export function actorOf(caller: SessionUser): Actor {
  return { id: caller.id, email: caller.email, role: caller.role };
}

/**
 * Runs an admin operation for an action: a thrown refusal (AdminError, RefusalError) becomes the
 * form's error; anything else throws on to error.tsx.
 */
export async function runAdmin<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, data, ...(message ? { message } : {}) };
  } catch (error) {
    if (error instanceof RefusalError) return refused(error);
    throw error;
  }
}
