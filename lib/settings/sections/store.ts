import { z } from "zod";

// The store's identity: shown in the header, on receipts and in emails.

const text = (max: number) => z.string().trim().max(max);

export const storeSettingsSchema = z.object({
  name: text(80).min(1, "Enter the store's name."),
  /** A path under public/ or a media key served under /media; null for the name as text. */
  logoPath: text(300).nullable(),
  faviconPath: text(300),
  contactEmail: z.email("Enter a valid email address.").max(254),
  address: z.object({
    line1: text(120),
    line2: text(120),
    city: text(80),
    region: text(80),
    postalCode: text(20),
    country: text(2),
  }),
  taxId: text(40),
  /** IANA zone: order times are shown to shoppers and staff in it. */
  timeZone: z.string().refine(isTimeZone, "Choose a time zone from the list."),
  /** Where the store is reached; email links use it. Empty: the SITE_URL of the environment. */
  publicUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "Enter a full URL (https://…)." })]),
});

export type StoreSettings = z.infer<typeof storeSettingsSchema>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const storeDefaults = (name: string): StoreSettings => ({
  name,
  logoPath: null,
  faviconPath: "/favicon.svg",
  contactEmail: "hello@example.com",
  address: { line1: "", line2: "", city: "", region: "", postalCode: "", country: "US" },
  taxId: "",
  timeZone: "UTC",
  publicUrl: "",
});
