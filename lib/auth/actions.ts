"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "./callback-url";
import { signIn, signOut } from "./next-auth";
import { isOAuthProviderId } from "./providers";
import { REMEMBER_COOKIE } from "./session-cookie";
import { revokeAllSessions } from "./session-state";
import { getSessionUser } from "./session";

// Auth actions used from more than one page (the user menu, the login and register
// pages). Each is a public POST endpoint: nothing here trusts its input beyond parsing.

/**
 * Ends this session: the cookie goes, and the session's id is refused from now on, so a
 * copy of the cookie opens nothing either (Auth.js's signOut event, lib/auth/config.ts).
 */
export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** The same for the header's script, which then reads the visitor again and goes home itself. */
export async function logoutWithoutRedirect(): Promise<void> {
  await signOut({ redirect: false });
}

/** Ends every session of the caller, on every device, this one included. */
export async function logoutEverywhere(): Promise<void> {
  const user = await getSessionUser();
  if (user) await revokeAllSessions(user.id);
  await signOut({ redirectTo: "/login?notice=logged-out-everywhere" });
}

/**
 * Starts a GitHub/Google sign-in; throws Next's redirect to the provider. A provider this
 * store does not offer (a forged post) goes back to the login page with a message.
 */
export async function oauthSignIn(provider: string, formData: FormData): Promise<void> {
  if (!isOAuthProviderId(provider)) redirect("/login?error=OAuthSignin");
  const remember = formData.get("remember") === "on";
  // Read back by the jwt callback when the provider returns (lib/auth/config.ts).
  (await cookies()).set(REMEMBER_COOKIE, remember ? "1" : "0", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 600,
  });
  await signIn(provider, { redirectTo: safeCallbackUrl(formData.get("callbackUrl"), "/account") });
}
