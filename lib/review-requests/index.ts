import "server-only";
import { db } from "@/db";
import { authSecret } from "@/lib/auth";
import { emailFromOptOutToken } from "./opt-out-token";
import { optOutOfReviewRequests } from "./send";

// "How was it?" emails after delivery (lib/reviews is the reviews themselves): the delayed
// event per delivered order, the email, and the signed link that stops them.

function optOutAddress(token: string): string | null {
  return emailFromOptOutToken(token, authSecret());
}

/** Whether a stop-asking link is one this store made. */
export function isOptOutToken(token: string): boolean {
  return optOutAddress(token) !== null;
}

/** Records the opt-out a signed link asks for; false when the link is not one of ours. */
export async function optOutByToken(token: string): Promise<boolean> {
  const email = optOutAddress(token);
  if (!email) return false;
  await optOutOfReviewRequests(db, email);
  return true;
}

export { REVIEW_REQUEST_DELAY_DAYS, scheduleReviewRequest } from "./schedule";
export { sendReviewRequest } from "./send";
