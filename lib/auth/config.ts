import "server-only";
// The class next-auth re-exports, imported from its source so this module loads without
// Next's runtime (next-auth's entry imports next/server), e.g. in integration tests.
import { CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { cookies } from "next/headers";
import { env, isEmbeddedDatabase } from "@/lib/env";
import { authAdapter } from "./adapter";
import { clientIp } from "./client-ip";
import { verifyCredentials } from "./credentials";
import { afterSignIn } from "./after-sign-in";
import { markEmailVerifiedByProvider, oauthSignInDecision } from "./oauth-linking";
import { enabledOAuthProviders } from "./providers";
import { loginSchema } from "./schemas";
import { authSecret } from "./secrets";
import { encodeSessionToken, REMEMBER_COOKIE } from "./session-cookie";
import { newSessionId, revokeSessionToken } from "./session-revocation";
import { loadSessionState, refreshSessionClaims } from "./session-state";
import { log } from "@/lib/log";

/** A refused login. The `code` travels in URLs, so it never says which part was wrong. */
export class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}

export class RateLimitedLogin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export function buildAuthConfig(): NextAuthConfig {
  const oauth = enabledOAuthProviders().map((p) => {
    // Linking to an existing account by email is decided in `signIn` below (only when
    // that account's email is verified), so Auth.js must not refuse it on its own.
    const options = { clientId: p.clientId, clientSecret: p.clientSecret, allowDangerousEmailAccountLinking: true };
    return p.id === "github" ? GitHub(options) : Google(options);
  });

  return {
    secret: authSecret(),
    // The embedded default serves whatever host it is started on; elsewhere Auth.js's own
    // rules (AUTH_URL, AUTH_TRUST_HOST, Vercel) apply.
    trustHost: env.AUTH_TRUST_HOST || isEmbeddedDatabase || undefined,
    adapter: authAdapter(),
    // JWT sessions: database sessions do not work with Credentials. Revocation is checked in
    // the `jwt` callback: the per-user session version (log out everywhere) and the session's
    // own id (log out).
    session: { strategy: "jwt", maxAge: env.AUTH_SESSION_MAX_AGE },
    jwt: { encode: encodeSessionToken },
    pages: { signIn: "/login", error: "/login" },
    logger: {
      // A wrong password is not a server error; everything else is still logged.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        log.error({ err: error, module: "auth" }, "sign-in failed");
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, remember: {} },
        async authorize(raw, request) {
          const parsed = loginSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidLogin();
          const result = await verifyCredentials(parsed.data, { ip: clientIp(request.headers) });
          if (result.ok) return { ...result.user, remember: parsed.data.remember };
          if (result.reason === "rate_limited") throw new RateLimitedLogin(result.retryAfterSeconds);
          throw new InvalidLogin();
        },
      }),
      ...oauth,
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === "credentials") return true;
        return oauthSignInDecision({ account, email: user.email ?? null, profile: profile ?? null });
      },
      async jwt({ token, user, account, profile }) {
        if (user?.id) {
          if (account && account.type !== "credentials") {
            await markEmailVerifiedByProvider({
              userId: user.id,
              provider: account.provider,
              email: user.email,
              profile: profile ?? null,
            });
          }
          // A fresh sign-in: stamp the token with the current session version and role.
          const state = await loadSessionState(user.id, { fresh: true });
          if (!state) return null;
          const remember =
            account?.type === "credentials"
              ? (user as { remember?: unknown }).remember === true
              : (await cookies()).get(REMEMBER_COOKIE)?.value === "1";
          // `sid` names this session, so that logging out can end it (session-revocation.ts).
          return { ...token, sub: user.id, sid: newSessionId(), sv: state.sessionVersion, role: state.role, remember };
        }
        return refreshSessionClaims(token);
      },
      session({ session, token }) {
        return {
          ...session,
          user: {
            ...session.user,
            id: token.sub ?? "",
            role: token.role,
            name: token.name,
            email: token.email ?? "",
            remember: token.remember === true,
          },
        };
      },
    },
    events: {
      async signIn({ user }) {
        if (user.id) await afterSignIn(user.id);
      },
      // Every logout (the actions in lib/auth/actions.ts and POST /api/auth/signout) passes
      // here with the session's decoded token; the cookie is cleared after it.
      async signOut(message) {
        if ("token" in message) await revokeSessionToken(message.token);
      },
    },
  };
}
