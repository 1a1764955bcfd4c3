/** Whether a database error (either driver, possibly wrapped by drizzle) is a unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown };
    if (candidate.code !== "23505") continue;
    const name = candidate.constraint_name ?? candidate.constraint;
    if (name === constraint || (typeof candidate.message === "string" && candidate.message.includes(constraint)))
      return true;
  }
  return false;
}
