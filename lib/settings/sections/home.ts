import { z } from "zod";

// The home page's hero and what it features.

export const homeSettingsSchema = z.object({
  heroTitle: z.string().trim().min(1, "Enter a title.").max(120),
  heroText: z.string().trim().max(300),
  /** A path under public/ or a media key; null for the plain dark panel. */
  heroImage: z.string().trim().max(300).nullable(),
  heroButtonLabel: z.string().trim().max(40),
  /** A path on this store, e.g. /c/jackets; empty for no button. */
  heroButtonHref: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .regex(/^\/(?!\/)/, "Enter a path on this store, e.g. /c/jackets.")
      .max(300),
  ]),
  /** The category whose newest products are featured; null for the products marked featured. */
  featuredCategorySlug: z.string().trim().max(120).nullable(),
});

export type HomeSettings = z.infer<typeof homeSettingsSchema>;

export const homeDefaults: HomeSettings = {
  heroTitle: "Gear that goes the distance.",
  heroText: "Outdoor, apparel and home goods, picked for quality and shipped fast.",
  heroImage: null,
  heroButtonLabel: "",
  heroButtonHref: "",
  featuredCategorySlug: null,
};
