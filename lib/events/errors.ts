/** An event payload that does not match its schema; thrown before anything is written. */
export class InvalidEventError extends Error {
  constructor(
    readonly eventName: string,
    readonly issues: string[],
  ) {
    super(`Invalid payload for event "${eventName}": ${issues.join("; ")}`);
    this.name = "InvalidEventError";
  }
}

/**
 * A failure that retrying cannot fix (the provider rejected the address, the payload no
 * longer matches its schema). The dispatcher stops retrying that handler at once; in
 * Inngest it becomes a NonRetriableError.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentError";
  }
}

export function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "(payload)"}: ${issue.message}`);
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Kept in a text column and shown to staff: long enough to diagnose, not a novel.
  return message.length > 2000 ? `${message.slice(0, 2000)}…` : message;
}
