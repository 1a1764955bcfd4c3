import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (19 MiB, 2 passes, 1 lane): OWASP's recommended
// minimum, ~20–40 ms per hash, so a login stays fast and a stolen table stays expensive.

export const MIN_PASSWORD_LENGTH = 8;
// argon2 accepts any length, but a megabyte "password" is a cheap way to burn our CPU.
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False (never throws) for a wrong password or a hash in a format we do not know. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification. Used when the email is unknown (or the
 * account has no password) so response times do not tell an attacker which emails exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("not-a-real-password-but-the-same-cost");
  await verifyPassword(await dummyHash, password);
  return false;
}
