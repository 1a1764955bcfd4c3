import type { FieldErrors } from "@/lib/actions";

/**
 * An expected refusal (a taken slug, a cycle, stock below zero): the action turns it into a
 * form error. Thrown inside a transaction so everything the operation wrote rolls back.
 */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AdminError";
  }
}

/** Postgres unique violation (23505), also when drizzle wraps the driver's error. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (pg.code === "23505") {
      if (!constraint) return true;
      return pg.constraint_name === constraint || pg.constraint === constraint || Boolean(pg.message?.includes(constraint));
    }
  }
  return false;
}
