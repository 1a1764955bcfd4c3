import { type RefusalFields, RefusalError } from "@/lib/errors";

/**
 * The admin operations' refusal (a taken slug, a cycle, stock below zero): the one
 * RefusalError (lib/errors.ts), thrown inside a transaction so everything the operation
 * wrote rolls back; runAdmin turns it into the form's error.
 */
export class AdminError extends RefusalError {
  constructor(message: string, fields?: RefusalFields) {
    super(fields ? { message, fields } : { message });
    this.name = "AdminError";
  }
}

/** Postgres unique violation (23505), also when drizzle wraps the driver's error. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: string; constraint_name?: string; constraint?: string; message?: string };
    if (pg.code === "23505") {
      if (!constraint) return true;
      return (
        pg.constraint_name === constraint || pg.constraint === constraint || Boolean(pg.message?.includes(constraint))
      );
    }
  }
  return false;
}
