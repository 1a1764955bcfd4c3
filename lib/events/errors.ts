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

export function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "(payload)"}: ${issue.message}`);
}
