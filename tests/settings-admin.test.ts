import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, settings } from "@/db/schema";
import { availablePaymentMethods } from "@/lib/orders";
import { loadSettings, settingsDefaults } from "@/lib/settings";
import { seedSettings } from "@/db/seed";
import { placedOrder } from "./helpers/email-fixtures";
import { shopperDetails } from "./helpers/checkout-fixtures";
import { createUser, form, signInAs } from "./admin-helpers";

// The owner's settings through the admin forms' actions: audited, what the next read returns,
// admins only, and bad input changes nothing; then what the store does with them.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheLife: vi.fn(),
  cacheTag: vi.fn(),
}));

const { saveStoreSettingsAction, savePaymentSettingsAction, saveHomeSettingsAction } =
  await import("@/app/admin/settings/actions");
const { resolveCheckoutDetails } = await import("@/lib/checkout/resolve-details");
const { renderEmail } = await import("@/lib/email/render");

const storeForm = (overrides: Record<string, string> = {}) =>
  form({
    name: "Harbour Goods",
    contactEmail: "owner@harbour.example",
    "address.line1": "12 Quay Road",
    "address.city": "Bristol",
    "address.postalCode": "BS1 4RN",
    "address.country": "gb",
    taxId: "GB123456789",
    timeZone: "Europe/London",
    publicUrl: "https://harbour.example/",
    logoPath: "",
    faviconPath: "/favicon.svg",
    ...overrides,
  });

const paymentsForm = (overrides: Record<string, string> = {}) => {
  const bank = settingsDefaults("payments").bankTransfer;
  return form({
    "enabled.stripe": "on",
    "enabled.bank_transfer": "on",
    "enabled.cash_on_delivery": "on",
    "bankTransfer.accountName": bank.accountName,
    "bankTransfer.iban": bank.iban,
    "bankTransfer.bic": bank.bic,
    "bankTransfer.bankName": bank.bankName,
    bankTransferDays: "7",
    ...overrides,
  });
};

async function lastAudit(section: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "settings"), eq(auditLog.entityId, section)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

beforeEach(async () => {
  await db.delete(settings).where(eq(settings.section, settings.section));
  signInAs(await createUser("admin"));
});

describe("saving settings", () => {
  it("saves the store section, audited before and after, and the next read returns it", async () => {
    expect(await saveStoreSettingsAction(storeForm())).toMatchObject({ ok: true, message: "Store settings saved." });
    const store = await loadSettings(db, "store");
    expect(store).toMatchObject({
      name: "Harbour Goods",
      address: { line1: "12 Quay Road", city: "Bristol", country: "GB" },
      taxId: "GB123456789",
      timeZone: "Europe/London",
      publicUrl: "https://harbour.example",
    });
    const audit = await lastAudit("store");
    expect(audit).toMatchObject({ action: "settings.store" });
    expect(audit!.before).toMatchObject({ name: settingsDefaults("store").name });
    expect(audit!.after).toMatchObject({ name: "Harbour Goods" });
  });

  it("refuses a staff member who is not an admin, and changes nothing", async () => {
    signInAs(await createUser("staff"));
    const result = await saveHomeSettingsAction(form({ heroTitle: "Sale on everything" }));
    expect(result).toMatchObject({ ok: false, formError: "Only an admin can change the store's settings." });
    expect((await loadSettings(db, "home")).heroTitle).toBe(settingsDefaults("home").heroTitle);
    expect(await lastAudit("home")).toBeUndefined();
  });

  it("answers bad input with field errors and keeps what was saved", async () => {
    await saveStoreSettingsAction(storeForm());
    const result = await saveStoreSettingsAction(
      storeForm({ name: "", contactEmail: "not-an-email", timeZone: "Mars/Olympus", publicUrl: "ftp://x" }),
    );
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "name", "publicUrl", "timeZone"]);
    expect((await loadSettings(db, "store")).name).toBe("Harbour Goods");

    const home = await saveHomeSettingsAction(form({ heroTitle: "Hi", heroButtonHref: "https://elsewhere.example" }));
    expect(home).toMatchObject({ ok: false, fieldErrors: { heroButtonHref: [expect.stringContaining("path")] } });
  });

  it("keeps at least one payment method on", async () => {
    const result = await savePaymentSettingsAction(
      paymentsForm({ "enabled.stripe": "", "enabled.bank_transfer": "", "enabled.cash_on_delivery": "" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { enabled: [expect.stringContaining("at least one")] } });
    expect((await loadSettings(db, "payments")).enabled.bank_transfer).toBe(true);
  });
});

describe("the seed", () => {
  it("writes every section once, as the store ran before, and never overwrites the owner's", async () => {
    expect(await seedSettings(db)).toBe(7);
    expect((await db.select().from(settings)).map((r) => r.section).sort()).toEqual([
      "home",
      "payments",
      "reviews",
      "risk",
      "shipping",
      "store",
      "tax",
    ]);
    expect(await saveHomeSettingsAction(form({ heroTitle: "Winter sale" }))).toMatchObject({ ok: true });
    expect(await seedSettings(db)).toBe(0);
    expect((await loadSettings(db, "home")).heroTitle).toBe("Winter sale");
  });
});

describe("what the store does with them", () => {
  it("takes a switched-off bank transfer out of checkout and refuses a draft that chose it", async () => {
    const { address } = shopperDetails();
    const draft = {
      email: "buyer@example.com",
      addressChoice: "new" as const,
      address,
      shippingMethod: "standard",
      discountCode: "",
      paymentMethod: "bank_transfer" as const,
    };
    expect(await availablePaymentMethods(db)).toContain("bank_transfer");
    expect(await resolveCheckoutDetails(draft, null)).not.toBeNull();

    const off = await savePaymentSettingsAction(paymentsForm({ "enabled.bank_transfer": "" }));
    expect(off).toMatchObject({ ok: true });
    expect(await availablePaymentMethods(db)).not.toContain("bank_transfer");
    expect(await availablePaymentMethods(db)).toContain("cash_on_delivery");
    expect(await resolveCheckoutDetails(draft, null)).toBeNull();
  });

  it("shows order times in the store's time zone and the store's details in emails", async () => {
    // Placed at 03:30 UTC on January 5: still January 4 in Los Angeles.
    const order = { ...placedOrder, placedAt: "2026-01-05T03:30:00.000Z" };
    expect((await renderEmail("order-confirmation", { order })).text).toContain("January 5, 2026");

    await saveStoreSettingsAction(storeForm({ timeZone: "America/Los_Angeles" }));
    const { subject, text } = await renderEmail("order-confirmation", { order });
    expect(text).toContain("January 4, 2026");
    expect(text).not.toContain("January 5, 2026");
    expect(subject + text).toContain("Harbour Goods");
    expect(text).toContain("GB123456789");
    expect(text).toContain("https://harbour.example");
  });
});
