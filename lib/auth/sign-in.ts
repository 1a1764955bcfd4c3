import "server-only";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { retryMessage } from "@/lib/rate-limit";
import { RateLimitedLogin } from "./config";
import { signIn } from "./next-auth";
import { isSessionCookieName } from "./session-cookie";

export const INVALID_LOGIN = "Email or password is incorrect.";

/**
 * Signs in from a server action with email + password. Returns a message for the form
 * instead of redirecting, so the caller decides where to go (and calls redirect() itself,
 * outside any try/catch). An unknown email and a wrong password read the same.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  remember: boolean;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      remember: input.remember ? "true" : "",
      redirect: false,
    });
  } catch (error) {
    if (error instanceof RateLimitedLogin) return { ok: false, message: retryMessage(error.retryAfterSeconds) };
    if (error instanceof AuthError) return { ok: false, message: INVALID_LOGIN };
    throw error;
  }
  if (!input.remember) await makeSessionCookieBrowserScoped();
  return { ok: true };
}

/**
 * signIn() has just written the session cookie with an Expires date; for a session that
 * is not remembered, write it again without one so it ends with the browser session.
 * (Route-handler responses get the same treatment in withBrowserSessionCookies.)
 */
async function makeSessionCookieBrowserScoped(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (!isSessionCookieName(cookie.name) || !cookie.value) continue;
    jar.set(cookie.name, cookie.value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookie.name.startsWith("__Secure-"),
    });
  }
}
