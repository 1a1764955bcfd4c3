import "server-only";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth";
import { env } from "@/lib/env";
import { type CheckoutDraft, checkoutDraftSchema } from "./details";
import { openDraftSeal, sealDraft } from "./draft-seal";

// The checkout's details between its two steps, in an httpOnly cookie: only what the
// shopper typed or chose (see ./details.ts), signed with a key from the auth secret
// (./draft-seal.ts: the next step trusts its discount code as already checked) and parsed
// again at every read. A cookie edited by hand, or signed before AUTH_SECRET changed, reads
// as no draft: the shopper fills the details form again. A day is plenty for one checkout.

const DRAFT_COOKIE = "checkout_draft";
const MAX_AGE = 60 * 60 * 24;

export async function readCheckoutDraft(): Promise<CheckoutDraft | null> {
  const raw = (await cookies()).get(DRAFT_COOKIE)?.value;
  if (!raw || raw.length > 4000) return null;
  const parsed = checkoutDraftSchema.safeParse(openDraftSeal(raw, authSecret()));
  return parsed.success ? parsed.data : null;
}

/** In server actions only (cookies can be set there). */
export async function writeCheckoutDraft(draft: CheckoutDraft): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, sealDraft(draft, authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    maxAge: MAX_AGE,
  });
}

export async function clearCheckoutDraft(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}
