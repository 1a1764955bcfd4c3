import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env, isEmbeddedDatabase } from "@/lib/env";

// The embedded default needs no secrets from the user (docs/architecture.md, run modes): the first
// run generates them into DATA_DIR (git-ignored) and later runs, and every process on the
// same folder, read the same file. With DATABASE_URL set in production, AUTH_SECRET is the
// operator's job: instances must share it, so we refuse to start without it.

const secretsSchema = z.object({ authSecret: z.string().min(32), serverActionsKey: z.string().min(32) });
export type LocalSecrets = z.infer<typeof secretsSchema>;

export const SECRETS_FILE = "secrets.json";

function readSecrets(file: string): LocalSecrets {
  return secretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function loadOrCreateLocalSecrets(dataDir: string = env.DATA_DIR): LocalSecrets {
  const file = path.join(dataDir, SECRETS_FILE);
  try {
    return readSecrets(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`Cannot read ${file}: ${String(error)}`);
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    // The format Next expects in NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: a base64 AES-256 key.
    serverActionsKey: randomBytes(32).toString("base64"),
  };
  try {
    // "wx": if another process created the file meanwhile, keep theirs.
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readSecrets(file);
    throw error;
  }
}

/** Thrown at start (lib/server-start.ts) when production has a database but no secret. */
export function assertAuthSecretConfigured(): void {
  if (env.NODE_ENV === "production" && !isEmbeddedDatabase && !env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is required in production when DATABASE_URL is set (every instance must share it). " +
        "Generate one with `openssl rand -base64 32`.",
    );
  }
}

let resolved: string | undefined;

/** The Auth.js secret: AUTH_SECRET, or on the embedded default (and in development) the generated one. */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  assertAuthSecretConfigured();
  return (resolved ??= loadOrCreateLocalSecrets().authSecret);
}
