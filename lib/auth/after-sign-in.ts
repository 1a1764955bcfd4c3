import "server-only";
import { mergeCartAtLogin } from "@/lib/cart/merge";

/**
 * Runs after every successful sign-in (password or provider), from Auth.js's `signIn`
 * event, where cookies can still be written: the guest cart in this browser joins the
 * account's cart. Auth.js logs and swallows errors thrown by events, so a cart problem
 * never blocks a login.
 */
export async function afterSignIn(userId: string): Promise<void> {
  await mergeCartAtLogin(userId);
}
