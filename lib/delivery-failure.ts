// How a failed delivery is told apart and recorded, shared by whatever delivers (the outbox
// dispatcher, the email sender) without either importing the other: the email sender lives
// below the events that call it.

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

/** The failure as text for a text column shown to staff: long enough to diagnose, not a novel. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 2000 ? `${message.slice(0, 2000)}…` : message;
}
