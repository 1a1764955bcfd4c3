"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { type AdminContext, adminAction, saveSettings, storeSettingsImage } from "@/lib/admin";

// The settings forms post flat fields named like the section's paths ("address.city"), so the
// field errors saveSettings returns land on the right inputs. saveSettings validates; these
// only reshape the form.

const text = z.string().optional().default("");
const checked = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const upload = z.instanceof(File).optional();

/** The new image's key, the current one, or none, from an image field and its "remove" box. */
async function imageChoice(
  actor: AdminContext["actor"],
  field: string,
  file: File | undefined,
  current: string,
  remove: boolean,
) {
  if (file && file.size > 0) return storeSettingsImage(actor, field, new Uint8Array(await file.arrayBuffer()));
  return remove ? null : current || null;
}

export const saveStoreSettingsAction = adminAction(
  z.object({
    name: text,
    contactEmail: text,
    "address.line1": text,
    "address.line2": text,
    "address.city": text,
    "address.region": text,
    "address.postalCode": text,
    "address.country": text,
    taxId: text,
    timeZone: text,
    publicUrl: text,
    logoPath: text,
    logoRemove: checked,
    logo: upload,
    faviconPath: text,
    faviconRemove: checked,
    favicon: upload,
  }),
  async (input, { actor, db }) => {
    const logoPath = await imageChoice(actor, "logo", input.logo, input.logoPath, input.logoRemove);
    const favicon = await imageChoice(actor, "favicon", input.favicon, input.faviconPath, input.faviconRemove);
    await saveSettings(db, actor, "store", {
      name: input.name,
      logoPath,
      faviconPath: favicon ?? "/favicon.svg",
      contactEmail: input.contactEmail,
      address: {
        line1: input["address.line1"],
        line2: input["address.line2"],
        city: input["address.city"],
        region: input["address.region"],
        postalCode: input["address.postalCode"],
        country: input["address.country"].toUpperCase(),
      },
      taxId: input.taxId,
      timeZone: input.timeZone,
      publicUrl: input.publicUrl.trim().replace(/\/+$/, ""),
    });
    refresh();
    return null;
  },
  "Store settings saved.",
);

export const savePaymentSettingsAction = adminAction(
  z.object({
    "enabled.stripe": checked,
    "enabled.bank_transfer": checked,
    "enabled.cash_on_delivery": checked,
    "bankTransfer.accountName": text,
    "bankTransfer.iban": text,
    "bankTransfer.bic": text,
    "bankTransfer.bankName": text,
    bankTransferDays: text,
  }),
  async (input, { actor, db }) => {
    await saveSettings(db, actor, "payments", {
      enabled: {
        stripe: input["enabled.stripe"],
        bank_transfer: input["enabled.bank_transfer"],
        cash_on_delivery: input["enabled.cash_on_delivery"],
      },
      bankTransfer: {
        accountName: input["bankTransfer.accountName"],
        iban: input["bankTransfer.iban"],
        bic: input["bankTransfer.bic"],
        bankName: input["bankTransfer.bankName"],
      },
      bankTransferDays: input.bankTransferDays,
    });
    refresh();
    return null;
  },
  "Payment settings saved.",
);

export const saveHomeSettingsAction = adminAction(
  z.object({
    heroTitle: text,
    heroText: text,
    heroImagePath: text,
    heroImageRemove: checked,
    heroImage: upload,
    heroButtonLabel: text,
    heroButtonHref: text,
    featuredCategorySlug: text,
  }),
  async (input, { actor, db }) => {
    const heroImage = await imageChoice(
      actor,
      "heroImage",
      input.heroImage,
      input.heroImagePath,
      input.heroImageRemove,
    );
    await saveSettings(db, actor, "home", {
      heroTitle: input.heroTitle,
      heroText: input.heroText,
      heroImage,
      heroButtonLabel: input.heroButtonLabel,
      heroButtonHref: input.heroButtonHref.trim(),
      featuredCategorySlug: input.featuredCategorySlug || null,
    });
    refresh();
    return null;
  },
  "Home page saved.",
);
