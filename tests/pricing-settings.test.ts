import { eq, inArray } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { shippingErrorFields, shippingFromForm } from "@/lib/admin/settings-forms/shipping";
import { taxErrorFields, taxFromForm } from "@/lib/admin/settings-forms/tax";
import { orderFigures, Totals } from "@/components/orders/totals";
import { db } from "@/db";
import { orderLines, outbox, productVariants, users } from "@/db/schema";
import { saveSettings } from "@/lib/admin/settings";
import { priceCart } from "@/lib/cart/price-cart";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { renderEmail } from "@/lib/email/render";
import { money } from "@/lib/money";
import { checkoutLineItems } from "@/lib/payments/checkout-session";
import { settingsDefaults, type ShippingSettings } from "@/lib/settings";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";

// Shipping and tax come from the owner's settings (/admin/settings/shipping and /tax): each
// quote reads them fresh, orders record how the tax was charged, and receipts and emails name
// it as the address's law expects.

const usd = (amount: number) => money(amount, "USD");

async function admin() {
  const [row] = await db
    .insert(users)
    .values({ email: `owner-${Math.random().toString(36).slice(2)}@example.com`, role: "admin" })
    .returning();
  return { id: row!.id, email: row!.email, role: "admin" as const };
}

async function goods(price: number, weightGrams = 0) {
  const { variantIds } = await insertProduct(db, { variants: [{ price, stock: 50 }] });
  const id = variantIds[0]!;
  if (weightGrams) await db.update(productVariants).set({ weightGrams }).where(eq(productVariants.id, id));
  return id;
}

const address = (country: string, region: string, postalCode: string) => ({
  ...shopperDetails().address,
  country,
  region,
  postalCode,
});

const receipt = (order: Parameters<typeof orderFigures>[0]) =>
  renderToStaticMarkup(Totals({ figures: orderFigures(order), testIdPrefix: "receipt" }))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

async function placedEmailText(orderId: number) {
  const rows = await db.select().from(outbox).where(eq(outbox.name, "shop/order.placed"));
  const payload = rows.find((r) => r.payload.orderId === orderId)!.payload;
  return (await renderEmail("order-confirmation", { order: payload } as never)).text;
}

describe("shipping and tax from the settings", () => {
  it("adds a US state's sales tax on top and leaves shipping untaxed", async () => {
    const variantId = await goods(3000);
    const details = shopperDetails({ address: address("US", "CA", "94103") });
    const placed = await reviewAndPlace(db, { lines: [{ variantId, quantity: 2 }], details });
    if (!placed.ok) throw new Error(placed.message);
    expect(placed.order).toMatchObject({
      subtotalAmount: 6000,
      shippingAmount: 599,
      taxAmount: 435, // 7.25% of the goods only
      totalAmount: 6000 + 599 + 435,
      pricesIncludeTax: false,
      taxLines: [{ label: "Sales tax", basisPoints: 725, amount: 435 }],
    });
    expect(receipt(placed.order)).toContain("Sales tax (7.25%) $4.35");
    expect(await placedEmailText(placed.order.id)).toMatch(/Sales tax \(7\.25%\)\s+\$4\.35/);
  });

  it("finds the VAT inside tax-inclusive UK prices, shipping included, and says so on the receipt", async () => {
    await saveSettings(db, await admin(), "tax", { ...settingsDefaults("tax"), pricesIncludeTax: true });
    const variantId = await goods(3000);
    const details = shopperDetails({ address: address("GB", "", "SW1A 1AA") });
    const placed = await reviewAndPlace(db, { lines: [{ variantId, quantity: 2 }], details });
    await saveSettings(db, await admin(), "tax", settingsDefaults("tax"));
    if (!placed.ok) throw new Error(placed.message);
    // 60.00 of goods hold 10.00 of VAT; 14.99 of shipping holds 2.50. Nothing is added on top.
    expect(placed.order).toMatchObject({
      subtotalAmount: 6000,
      shippingAmount: 1499,
      taxAmount: 1000 + 250,
      totalAmount: 6000 + 1499,
      pricesIncludeTax: true,
      taxLines: [{ label: "VAT", basisPoints: 2000, amount: 1250 }],
    });
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.order.id));
    expect(lines.map((l) => l.lineTax)).toEqual([1000]);
    // Paid by card, Stripe charges the total: no tax item on top of tax-inclusive prices.
    expect(checkoutLineItems(placed.order, lines).map((i) => i.price_data?.product_data?.name)).not.toContain("Tax");
    expect(receipt(placed.order)).toContain("incl. VAT 20% $12.50");
    expect(receipt(placed.order)).toContain("Total $74.99");
    expect(await placedEmailText(placed.order.id)).toMatch(/incl\. VAT 20%\s+\$12\.50/);
  });

  it("adds Germany's 19% VAT on top to goods and shipping", async () => {
    const variantId = await goods(3000);
    const details = shopperDetails({ address: address("DE", "", "10115") });
    const { quote } = await quoteCheckout(db, { currency: "USD", lines: [{ variantId, quantity: 2 }], details });
    expect(quote.shipping.price).toEqual(usd(1499));
    expect(quote.tax).toEqual(usd(1140 + 285)); // 19% of 60.00 and of 14.99
    expect(quote.taxLines).toEqual([{ label: "VAT", basisPoints: 1900, amount: 1425 }]);
    expect(quote.total).toEqual(usd(6000 + 1499 + 1425));
  });

  it("ships free over the threshold and charges heavier parcels their weight tier", async () => {
    const shipping: ShippingSettings = structuredClone(settingsDefaults("shipping"));
    const us = shipping.zones.find((z) => z.id === "us")!.methods.find((m) => m.id === "standard")!;
    Object.assign(us, {
      freeOver: 10000,
      weightTiers: [
        { upToGrams: 1000, price: 500 },
        { upToGrams: 5000, price: 900 },
      ],
    });
    await saveSettings(db, await admin(), "shipping", shipping);
    const light = await goods(2000, 400);
    const heavy = await goods(2000, 1500);
    const quote = async (variantId: number, quantity: number) =>
      (
        await quoteCheckout(db, {
          currency: "USD",
          lines: [{ variantId, quantity }],
          details: shopperDetails(),
        })
      ).quote.shipping.price;
    expect(await quote(light, 2)).toEqual(usd(500)); // 800 g
    expect(await quote(heavy, 1)).toEqual(usd(900)); // 1.5 kg
    expect(await quote(heavy, 5)).toEqual(usd(0)); // 100.00: free over 100.00
    await saveSettings(db, await admin(), "shipping", settingsDefaults("shipping"));
  });

  it("applies a settings change to the very next quote and cart", async () => {
    const variantId = await goods(4000);
    const cart = {
      id: "cart-settings",
      lines: [{ variantId, quantity: 1, seenUnitPrice: usd(4000), addedAt: new Date() }],
    };
    const details = shopperDetails();
    const before = await quoteCheckout(db, { currency: "USD", lines: [{ variantId, quantity: 1 }], details });
    expect(before.quote.shipping.price).toEqual(usd(599));
    expect((await priceCart(cart)).untilFreeShipping).toEqual(usd(3500));

    const shipping: ShippingSettings = structuredClone(settingsDefaults("shipping"));
    shipping.zones.find((z) => z.id === "us")!.methods.find((m) => m.id === "standard")!.freeOver = 3000;
    await saveSettings(db, await admin(), "shipping", shipping);
    try {
      const after = await quoteCheckout(db, { currency: "USD", lines: [{ variantId, quantity: 1 }], details });
      expect(after.quote.shipping.price).toEqual(usd(0));
      expect(after.fingerprint).not.toBe(before.fingerprint);
      const priced = await priceCart(cart);
      expect(priced.shipping).toEqual(usd(0));
      expect(priced.untilFreeShipping).toEqual(usd(0));
    } finally {
      await saveSettings(db, await admin(), "shipping", settingsDefaults("shipping"));
    }
  });

  it("refuses an order reviewed under the old settings", async () => {
    const variantId = await goods(4000);
    const details = shopperDetails();
    const review = await quoteCheckout(db, { currency: "USD", lines: [{ variantId, quantity: 1 }], details });
    const tax = { ...settingsDefaults("tax"), rates: [{ country: "US", region: "", basisPoints: 800, label: "Tax" }] };
    await saveSettings(db, await admin(), "tax", tax);
    try {
      const placed = await reviewAndPlace(db, {
        lines: [{ variantId, quantity: 1 }],
        details,
        expectedFingerprint: review.fingerprint,
      });
      expect(placed).toMatchObject({ ok: false, reason: "changed" });
    } finally {
      await saveSettings(db, await admin(), "tax", settingsDefaults("tax"));
    }
    await db.delete(productVariants).where(inArray(productVariants.id, [variantId]));
  });

  it("saves the admin forms' major units and percentages, and puts refusals on their row", async () => {
    const owner = await admin();
    const form = {
      "zones.0.id": "",
      "zones.0.name": "Islands",
      "zones.0.countries": "US: HI, AK\n*",
      "zones.0.taxShipping": "on",
      "zones.0.methods.0.id": "",
      "zones.0.methods.0.name": "Boat Freight",
      "zones.0.methods.0.price": "12.5",
      "zones.0.methods.0.delivery": "2 weeks",
      "zones.0.methods.0.freeOver": "",
      "zones.0.methods.0.weightTiers.0.upToGrams": "2000",
      "zones.0.methods.0.weightTiers.0.price": "9.99",
    };
    const parsed = shippingFromForm(form, "USD");
    expect(parsed).toEqual({
      ok: true,
      value: {
        zones: [
          {
            id: "islands",
            name: "Islands",
            countries: [
              { code: "US", regions: ["HI", "AK"] },
              { code: "*", regions: [] },
            ],
            taxShipping: true,
            methods: [
              {
                id: "boat-freight",
                name: "Boat Freight",
                price: 1250,
                delivery: "2 weeks",
                freeOver: null,
                weightTiers: [{ upToGrams: "2000", price: 999 }],
              },
            ],
          },
        ],
      },
    });
    expect(shippingFromForm({ ...form, "zones.0.methods.0.price": "12.345" }, "USD")).toEqual({
      ok: false,
      fields: { "zones.0.methods.0.price": ["Enter an amount like 5.99."] },
    });
    // A bad country code is refused by the settings' schema, and shown at the zone's countries box.
    const refused = await saveSettings(db, owner, "shipping", {
      zones: [
        { ...(parsed.ok && (parsed.value as ShippingSettings).zones[0]), countries: [{ code: "USA", regions: [] }] },
      ],
    }).catch((error: { refusal: { fields: Record<string, string[]> } }) => error.refusal.fields);
    expect(shippingErrorFields(refused as Record<string, string[]>)).toEqual({
      "zones.0.countries": ["Use a two-letter country code, or * for everywhere else."],
    });

    const tax = taxFromForm({
      pricesIncludeTax: "true",
      "rates.0.country": "gb",
      "rates.0.region": "",
      "rates.0.percent": "20",
      "rates.0.label": "VAT",
      "rates.1.country": "US",
      "rates.1.region": "ca",
      "rates.1.percent": "7.25",
      "rates.1.label": "Sales tax",
    });
    expect(tax).toEqual({
      ok: true,
      value: {
        pricesIncludeTax: true,
        rates: [
          { country: "GB", region: "", basisPoints: 2000, label: "VAT" },
          { country: "US", region: "CA", basisPoints: 725, label: "Sales tax" },
        ],
      },
    });
    const tooHigh = await saveSettings(db, owner, "tax", {
      pricesIncludeTax: false,
      rates: [{ country: "GB", region: "", basisPoints: 20000, label: "VAT" }],
    }).catch((error: { refusal: { fields: Record<string, string[]> } }) => error.refusal.fields);
    expect(taxErrorFields(tooHigh as Record<string, string[]>)).toEqual({ "rates.0.percent": ["At most 100%."] });
  });
});
