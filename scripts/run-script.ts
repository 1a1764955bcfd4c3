/**
 * Runs a command-line task: prints a one-line reason and exits non-zero on failure, so a
 * bad env or argument names what was wrong instead of dumping a stack trace.
 * Modules that read the env must be imported inside `task` so their errors land here.
 */
export function runScript(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
