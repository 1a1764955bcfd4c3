import { expect, it, vi } from "vitest";

// A forged post naming a provider the store does not offer goes back to the login page
// with a message, instead of an error page.

vi.mock("server-only", () => ({}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));
const signIn = vi.fn();
vi.mock("./next-auth", () => ({ signIn, signOut: vi.fn() }));
vi.mock("./session", () => ({ getSessionUser: vi.fn() }));
vi.mock("./session-state", () => ({ revokeAllSessions: vi.fn() }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: vi.fn() }) }));

it("refuses a sign-in provider the store does not offer with the login page's message", async () => {
  const { oauthSignIn } = await import("./actions");
  await expect(oauthSignIn("evil", new FormData())).rejects.toThrow("redirect /login?error=OAuthSignin");
  await expect(oauthSignIn("github", new FormData())).rejects.toThrow("redirect /login?error=OAuthSignin");
  expect(signIn).not.toHaveBeenCalled();
  const { loginPageMessage } = await import("./messages");
  expect(loginPageMessage({ error: "OAuthSignin" })).toEqual({
    tone: "error",
    text: "We could not sign you in. Please try again.",
  });
});
