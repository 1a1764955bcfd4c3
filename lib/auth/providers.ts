import "server-only";
import { env } from "@/lib/env";

export type OAuthProviderId = "github" | "google";
export type OAuthProviderInfo = { id: OAuthProviderId; name: string; clientId: string; clientSecret: string };

/** Social logins whose env pair is set (lib/env checks the pairs); their buttons show only then. */
export function enabledOAuthProviders(): OAuthProviderInfo[] {
  const providers: OAuthProviderInfo[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push({
      id: "github",
      name: "GitHub",
      clientId: env.AUTH_GITHUB_ID,
      clientSecret: env.AUTH_GITHUB_SECRET,
    });
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push({
      id: "google",
      name: "Google",
      clientId: env.AUTH_GOOGLE_ID,
      clientSecret: env.AUTH_GOOGLE_SECRET,
    });
  }
  return providers;
}

export function isOAuthProviderId(value: unknown): value is OAuthProviderId {
  return enabledOAuthProviders().some((p) => p.id === value);
}
