import { db } from "@/db";
import { users } from "@/db/schema";

// Shared by tests/admin*.test.ts. Each test file must also mock Auth.js's auth() with
// `session` (vi.mock is hoisted per file, so it cannot live here).
export type Role = "customer" | "staff" | "admin";
export const session = { current: null as null | { user: Record<string, unknown> } };

export async function createUser(role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`) {
  const [row] = await db
    .insert(users)
    .values({ email, name: `${role} user`, role })
    .returning();
  return row!;
}

export function signInAs(user: { id: string; email: string; role: string } | null) {
  session.current = user
    ? { user: { id: user.id, email: user.email, role: user.role, name: "T", remember: false } }
    : null;
}

export function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}
