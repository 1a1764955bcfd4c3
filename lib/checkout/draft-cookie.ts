import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { type CheckoutDraft, checkoutDraftSchema } from "./details";

// The checkout's details between its two steps, in an httpOnly cookie: only what the
// shopper typed or chose (see ./details.ts), parsed again at every read, so a cookie edited
// by hand is no worse than a form filled in differently. A day is plenty for one checkout.

const DRAFT_COOKIE = "checkout_draft";
const MAX_AGE = 60 * 60 * 24;

export async function readCheckoutDraft(): Promise<CheckoutDraft | null> {
  const raw = (await cookies()).get(DRAFT_COOKIE)?.value;
  if (!raw || raw.length > 4000) return null;
  try {
    const parsed = checkoutDraftSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not ours or damaged: as if there were no draft; the shopper fills the form again.
    return null;
  }
}

/** In server actions only (cookies can be set there). */
export async function writeCheckoutDraft(draft: CheckoutDraft): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, Buffer.from(JSON.stringify(draft)).toString("base64url"), {
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
