import { z } from "zod";

// Shoppers' reviews (lib/reviews): whether a new review waits for a moderator before it shows.

export const reviewSettingsSchema = z.object({
  /** New and edited reviews wait in /admin/reviews until staff publish them. */
  holdForModeration: z.boolean(),
});

export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

// Off: what the store did before the section existed is nothing, and a buyer's review shows at once.
export const reviewDefaults: ReviewSettings = { holdForModeration: false };
