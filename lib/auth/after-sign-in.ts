import "server-only";

// What runs after every successful sign-in (password or provider), from Auth.js's `signIn`
// event, where cookies can still be written: the server installs the cart's merge at start
// (lib/server-start.ts), so the guest cart in this browser joins the account's cart. It is
// installed rather than imported because the cart reads the session: each importing the
// other made auth and cart one cycle. Auth.js logs and swallows errors thrown by events, so a
// cart problem never blocks a login.

type SignInListener = (userId: string) => Promise<void>;

// On globalThis: Next bundles instrumentation (which installs it) and the routes separately.
const slot = globalThis as unknown as { __storefrontAfterSignIn?: SignInListener };

export function installAfterSignIn(listener: SignInListener): void {
  slot.__storefrontAfterSignIn = listener;
}

export async function afterSignIn(userId: string): Promise<void> {
  await slot.__storefrontAfterSignIn?.(userId);
}
