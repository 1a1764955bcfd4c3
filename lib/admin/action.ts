import "server-only";
import type { z } from "zod";
import { type Db, db } from "@/db";
import { staffAction } from "@/lib/actions";
import type { Actor } from "./audit";
import { actorOf, runAdmin } from "./run";

export type AdminContext = { actor: Actor; db: Db };

/** The success message: fixed, or made from the result and the input (undefined for none). */
type SuccessMessage<T, I> = string | ((data: T, input: I) => string | undefined);

/**
 * THE way to write a staff server action. The caller's role is checked from the session
 * before the input is parsed (staffAction); the input is parsed with `schema`; `work` gets the
 * acting staff member and the database. The lib function it calls owns its transaction and
 * writes the audit row inside it, so an action cannot forget either. A refusal thrown by lib
 * (RefusalError, AdminError) becomes the form's error; anything else reaches error.tsx.
 *
 *   export const renameCategoryAction = adminAction(schema, ({ id, name }, { actor, db }) =>
 *     renameCategory(db, actor, id, name), "Category renamed.");
 */
export function adminAction<S extends z.ZodType, T>(
  schema: S,
  work: (input: z.infer<S>, context: AdminContext) => Promise<T>,
  message?: SuccessMessage<T, z.infer<S>>,
) {
  return staffAction(schema, async (input, caller) => {
    const result = await runAdmin(() => work(input, { actor: actorOf(caller), db }));
    if (!result.ok || message === undefined) return result;
    const text = typeof message === "function" ? message(result.data, input) : message;
    return text === undefined ? result : { ...result, message: text };
  });
}
