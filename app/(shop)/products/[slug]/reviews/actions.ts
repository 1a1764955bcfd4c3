"use server";

import { z } from "zod";
import { action, fail, refused } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { LOG_IN_TO_VOTE, voteHelpful } from "@/lib/reviews";

// "Helpful" under a review, from the cached product and reviews pages. The voter comes from
// the session, never from the form; lib/reviews keeps one vote per shopper and review.
export const markHelpfulAction = action(z.object({ reviewId: z.coerce.number().int().positive() }), async (input) => {
  const user = await getSessionUser();
  if (!user) return fail(LOG_IN_TO_VOTE);
  const result = await voteHelpful(user.id, input.reviewId);
  return result.ok ? { ok: true, data: { helpfulCount: result.helpfulCount } } : refused(result);
});
