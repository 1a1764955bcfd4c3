import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { UserRole } from "@/db/schema";
import { loginUrl } from "./callback-url";
import { auth } from "./next-auth";
import { isStaffRole, isUserRole } from "./roles";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  /** Whether this session was started with "keep me logged in". */
  remember: boolean;
};

/**
 * The signed-in user, from the session cookie, or null. The role comes from the database
 * (the `jwt` callback refreshes it on every call) and a revoked session reads as null.
 * Memoised per request: a page and its layout share one lookup.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !isUserRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email ?? "",
    name: user.name ?? null,
    role: user.role,
    remember: user.remember === true,
  };
});

/** For pages and reads that need a signed-in user: otherwise to login and back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}

/**
 * For every admin page and read: a visitor goes to login; a signed-in customer gets a
 * 404, which does not even confirm the page exists.
 */
export async function requireStaff(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isStaffRole(user.role)) notFound();
  return user;
}

/** True for staff and admins; for checks that must not redirect (e.g. the dev mailbox). */
export async function isStaffSession(): Promise<boolean> {
  const user = await getSessionUser();
  return Boolean(user && isStaffRole(user.role));
}
