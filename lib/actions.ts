import { z } from "zod";
import { isStaffRole } from "@/lib/auth";
import { CORRECT_FIELDS, type Refusal, RefusalError } from "@/lib/errors";

// One shape for every server action (docs/architecture.md, conventions): parse → check the caller → call lib →
// invalidate tags → return a typed result. Expected failures are values; unexpected ones
// throw to the nearest error.tsx. Never catch redirect()/notFound(): they are thrown too,
// so `fn` runs outside any try/catch here.

export type FieldErrors = Record<string, string[] | undefined>;

type Failure = { ok: false; formError: string; fieldErrors?: FieldErrors };

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

/** A failure the form should show, from its words: `return fail(…)`. */
export function fail(formError: string, fieldErrors?: FieldErrors): Failure {
  return { ok: false, formError, ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * THE mapping from a refusal (lib/errors.ts), returned by lib or thrown as a RefusalError,
 * to what the form shows: its message at the top, its fields at their inputs.
 */
export function refused(refusal: Refusal | RefusalError): Failure {
  const { message, fields } = refusal instanceof RefusalError ? refusal.refusal : refusal;
  return fail(message, fields);
}

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

/** Turns FormData into a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function toInput(input: unknown): unknown {
  return input instanceof FormData ? formDataToObject(input) : input;
}

/**
 * Builds a public server action from a zod schema and a handler. Usable directly as a form
 * action (`(formData) => …`) or with useActionState (`(prevState, formData) => …`).
 */
export function action<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>) => Promise<ActionResult<T>>) {
  return async (...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> => {
    const raw = args.length === 2 ? args[1] : args[0];
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) {
      return fail(CORRECT_FIELDS, fieldErrorsFrom(parsed.error));
    }
    return fn(parsed.data);
  };
}

// The caller, resolved on the server from the session cookie — never from the input.
// Imported lazily so this module (and its unit tests) do not load Auth.js or the database.
type Caller = import("@/lib/auth/session").SessionUser;

async function currentCaller(): Promise<Caller | null> {
  const { getSessionUser } = await import("@/lib/auth/session");
  return getSessionUser();
}

export const SIGN_IN_REQUIRED = "Please log in to continue.";
export const STAFF_ONLY = "You do not have permission to do that.";

/**
 * A server action for signed-in users: `fn` gets the caller from the session. Anyone else
 * gets a form error and `fn` never runs. The caller is checked before the input is parsed,
 * so an anonymous request learns nothing about the action's validation.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, caller: Caller) => Promise<ActionResult<T>>,
) {
  return async (...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> => {
    const caller = await currentCaller();
    if (!caller) return { ok: false, formError: SIGN_IN_REQUIRED };
    return action(schema, (input) => fn(input, caller))(...args);
  };
}

/** A server action for staff and admins only (server actions are public POST endpoints). */
export function staffAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, caller: Caller) => Promise<ActionResult<T>>,
) {
  return async (...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> => {
    const caller = await currentCaller();
    if (!caller) return { ok: false, formError: SIGN_IN_REQUIRED };
    if (!isStaffRole(caller.role)) return { ok: false, formError: STAFF_ONLY };
    return action(schema, (input) => fn(input, caller))(...args);
  };
}
