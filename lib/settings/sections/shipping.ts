import { z } from "zod";

// Shipping zones: each covers countries (optionally only some of their regions) and offers
// methods with a price, a delivery promise, an optional free-shipping threshold and optional
// weight tiers. A zone with the country "*" covers everywhere no other zone names. Amounts are
// minor units of the store currency.

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Use lower-case letters, digits and dashes.");
const amount = z.coerce.number().int().min(0, "Cannot be negative.").max(10_000_000);

export const weightTierSchema = z.object({
  /** This tier's price applies up to and including this weight. */
  upToGrams: z.coerce.number().int().positive("Enter a weight above 0.").max(1_000_000),
  price: amount,
});

export const shippingMethodSchema = z.object({
  id,
  name: z.string().trim().min(1, "Enter a name.").max(60),
  price: amount,
  delivery: z.string().trim().max(60),
  /** Free when the goods (after discount) reach this; null when never free. */
  freeOver: amount.nullable(),
  /** Heavier parcels cost more: the first tier whose limit the parcel fits; none for one price. */
  weightTiers: z.array(weightTierSchema).max(20),
});

export const shippingZoneSchema = z.object({
  id,
  name: z.string().trim().min(1, "Enter a name.").max(60),
  countries: z
    .array(
      z.object({
        code: z.string().regex(/^([A-Z]{2}|\*)$/, "Use a two-letter country code, or * for everywhere else."),
        /** Empty: the whole country. */
        regions: z.array(z.string().trim().toUpperCase().min(1).max(10)).max(100),
      }),
    )
    .min(1, "A zone needs at least one country."),
  /** Whether shipping to this zone is taxed like the goods (the UK and the EU: yes). */
  taxShipping: z.boolean(),
  methods: z.array(shippingMethodSchema).min(1, "A zone needs at least one method.").max(10),
});

export const shippingSettingsSchema = z.object({
  zones: z.array(shippingZoneSchema).min(1, "Add at least one shipping zone.").max(50),
});

export type ShippingSettings = z.infer<typeof shippingSettingsSchema>;
export type ShippingZoneSettings = z.infer<typeof shippingZoneSchema>;
export type ShippingMethodSettings = z.infer<typeof shippingMethodSchema>;

const methods = (standard: number, freeOver: number | null, days: string, express: number, expressDays: string) => [
  { id: "standard", name: "Standard", price: standard, delivery: days, freeOver, weightTiers: [] },
  { id: "express", name: "Express", price: express, delivery: expressDays, freeOver: null, weightTiers: [] },
];
const zone = (
  id: string,
  name: string,
  codes: string[],
  taxShipping: boolean,
  zoneMethods: ReturnType<typeof methods>,
) => ({
  id,
  name,
  countries: codes.map((code) => ({ code, regions: [] })),
  taxShipping,
  methods: zoneMethods,
});

/** The rates the store shipped with before they were settings. */
export const shippingDefaults: ShippingSettings = {
  zones: [
    zone("us", "United States", ["US"], false, methods(599, 7500, "3–5 business days", 1999, "1–2 business days")),
    zone("ca", "Canada", ["CA"], false, methods(1299, 15000, "5–8 business days", 2999, "2–3 business days")),
    zone("uk", "United Kingdom", ["GB"], true, methods(1499, 20000, "5–7 business days", 3499, "2–3 business days")),
    zone("de", "Germany", ["DE"], true, methods(1499, 20000, "5–7 business days", 3499, "2–3 business days")),
    zone(
      "world",
      "Rest of the world",
      ["*"],
      false,
      methods(2499, null, "7–14 business days", 4999, "3–5 business days"),
    ),
  ],
};
