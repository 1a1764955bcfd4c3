"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { authedAction, refused } from "@/lib/actions";
import { postReview, removeReview } from "@/lib/reviews";

// The shopper's own review. Who writes comes from the session; whether they may (a delivered
// order with the product), the bounds and the rate limit are lib/reviews' rules.

export const saveReviewAction = authedAction(
  z.object({
    slug: z.string().min(1).max(200),
    mode: z.enum(["create", "edit"]),
    rating: z.string().optional().default(""),
    title: z.string().optional().default(""),
    body: z.string().optional().default(""),
    authorName: z.string().optional().default(""),
  }),
  async ({ slug, mode, ...input }, user) => {
    const result = await postReview(mode, user.id, slug, input);
    if (!result.ok) return refused(result);
    refresh();
    const message =
      result.status === "published"
        ? "Thank you! Your review is published."
        : result.status === "pending"
          ? "Thank you! Your review will appear once we have checked it."
          : "Your changes are saved. This review stays hidden.";
    return { ok: true, data: null, message };
  },
);

export const deleteReviewAction = authedAction(
  z.object({ slug: z.string().min(1).max(200) }),
  async ({ slug }, user) => {
    const result = await removeReview(user.id, slug);
    if (!result.ok) return refused(result);
    refresh();
    return { ok: true, data: null, message: "Your review was deleted." };
  },
);
