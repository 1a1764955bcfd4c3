import { z } from "zod";

// Tax rates per country, optionally per region (a US state, a Canadian province), and whether
// the store's prices are entered with tax included (the UK and the EU) or tax is added on top
// (the US). Rates are basis points (1% = 100).

export const taxRateSchema = z.object({
  country: z.string().regex(/^([A-Z]{2}|\*)$/, "Use a two-letter country code, or * for everywhere else."),
  /** Empty: the whole country. */
  region: z.string().trim().toUpperCase().max(10),
  basisPoints: z.coerce.number().int().min(0).max(10_000, "At most 100%."),
  /** What receipts call it: "VAT", "Sales tax", "GST". */
  label: z.string().trim().min(1, "Enter a label.").max(30),
});

export const taxSettingsSchema = z.object({
  pricesIncludeTax: z.boolean(),
  rates: z.array(taxRateSchema).max(500),
});

export type TaxSettings = z.infer<typeof taxSettingsSchema>;
export type TaxRateSettings = z.infer<typeof taxRateSchema>;

const rate = (country: string, region: string, basisPoints: number, label: string) => ({
  country,
  region,
  basisPoints,
  label,
});

/** The rates the store shipped with before they were settings: tax added on top. */
export const taxDefaults: TaxSettings = {
  pricesIncludeTax: false,
  rates: [
    rate("US", "", 700, "Sales tax"),
    ...Object.entries({ CA: 725, NY: 400, TX: 625, WA: 650, OR: 0, MT: 0, DE: 0, NH: 0 }).map(([region, bp]) =>
      rate("US", region, bp, "Sales tax"),
    ),
    rate("CA", "", 500, "GST"),
    ...Object.entries({ ON: 1300, QC: 1498, BC: 1200, AB: 500 }).map(([region, bp]) =>
      rate("CA", region, bp, "Sales tax"),
    ),
    rate("GB", "", 2000, "VAT"),
    rate("DE", "", 1900, "VAT"),
  ],
};
