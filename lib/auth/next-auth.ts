import "server-only";
import NextAuth from "next-auth";
import { buildAuthConfig } from "./config";

// The Auth.js instance. Lazy (a function config): nothing — not the secret, not the
// adapter — is touched until the first request, so importing this during `next build`
// has no side effects. Built once, then reused.
let config: ReturnType<typeof buildAuthConfig> | undefined;

export const { handlers, auth, signIn, signOut } = NextAuth(() => (config ??= buildAuthConfig()));
