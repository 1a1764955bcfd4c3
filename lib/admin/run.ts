import type { ActionResult } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth/session";
import type { Actor } from "./audit";
import { AdminError } from "./errors";

export function actorOf(caller: SessionUser): Actor {
  return { id: caller.id, email: caller.email, role: caller.role };
}

/**
 * Runs an admin operation for an action: an AdminError (an expected refusal) becomes the
 * form's error; anything else throws on to error.tsx.
 */
export async function runAdmin<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, data, ...(message ? { message } : {}) };
  } catch (error) {
    if (error instanceof AdminError) return { ok: false, formError: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    throw error;
  }
}
