import "server-only";
import { authSecret } from "@/lib/auth";
import { openRateSeal } from "@/lib/carriers";
import { readCheckoutDraft, writeCheckoutDraft } from "./draft-cookie";
import type { StepResult } from "./submit";

// The review page's delivery choice: the store's method chosen on the details step, or one of
// the carrier's live rates the page offered. The rate arrives sealed (lib/carriers/rate-seal.ts)
// and is kept in the signed draft; the order is priced from it again when it is placed.

export const STORE_METHOD_CHOICE = "store";

export async function chooseDelivery(choice: string): Promise<StepResult> {
  const draft = await readCheckoutDraft();
  if (!draft) return { ok: true, redirectTo: "/checkout" };
  if (choice === STORE_METHOD_CHOICE) {
    await writeCheckoutDraft({ ...draft, carrierRate: undefined });
    return { ok: true, redirectTo: "/checkout/review" };
  }
  const rate = openRateSeal(choice, authSecret());
  if (!rate)
    return {
      ok: false,
      formError: "That delivery option is no longer available. Choose one of the options shown.",
    };
  await writeCheckoutDraft({ ...draft, carrierRate: rate });
  return { ok: true, redirectTo: "/checkout/review" };
}
