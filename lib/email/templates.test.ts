import { describe, expect, it } from "vitest";
import { paidOrder, placedOrder, shippedOrder } from "@/tests/helpers/email-fixtures";
import { renderEmail } from "./render";
import { templateNames } from "./templates";

const brand = { storeName: "Northwind Supply", siteUrl: "https://shop.example.com" };

// HTML-escaped the way React writes text (apostrophes become &#x27;).
const inHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;");

describe("order emails", () => {
  it("show the order's items, totals and address", async () => {
    const { subject, html, text } = await renderEmail("order-confirmation", { order: placedOrder }, { brand });
    expect(subject).toBe("Order NW-1042 confirmed");
    for (const value of [
      "Trailblazer Rain Jacket",
      "Size M / Forest",
      "Merino Hiking Socks",
      "$129.00",
      "$258.00",
      "$18.50",
    ]) {
      expect(html).toContain(value);
      expect(text).toContain(value);
    }
    // Totals: subtotal, discount as a negative, free shipping, tax, total.
    for (const value of ["$276.50", "−$27.65", "Free", "$19.91", "$268.76"]) expect(html).toContain(value);
    for (const value of ["Ada Lovelace", "12 St James's Square", "Flat 3", "London, SW1Y 4JH", "United Kingdom"]) {
      expect(html).toContain(inHtml(value));
      expect(text).toContain(value);
    }
    expect(html).toContain("November 21, 2026");
    expect(html).toContain('href="http://localhost:3000/orders/NW-1042"');
  });

  it("receipt shows the amount paid and the payment method", async () => {
    const { subject, html } = await renderEmail(
      "payment-receipt",
      { order: paidOrder, payment: paidOrder.payment },
      { brand },
    );
    expect(subject).toBe("Receipt for order NW-1042");
    expect(html).toContain("$268.76");
    expect(html).toContain("Visa ending 4242");
    expect(html).toContain("pi_3PzX");
  });

  it("shipped email has the carrier, tracking number and a tracking link", async () => {
    const { html, text } = await renderEmail("order-shipped", shippedOrder, { brand });
    expect(html).toContain("UPS");
    expect(html).toContain("1Z999AA10123456784");
    expect(html).toContain(`href="${inHtml(shippedOrder.trackingUrl!)}"`);
    expect(text).toContain("Track your package");
  });

  it("confirmation tells a bank transfer buyer where to pay and what to quote", async () => {
    const bankTransfer = {
      accountName: "Northwind Supply",
      iban: "GB82 WEST 1234 5698 7654 32",
      reference: "NW-1042",
      amount: 26876,
    };
    const { html, text } = await renderEmail(
      "order-confirmation",
      { order: { ...placedOrder, bankTransfer } },
      { brand },
    );
    expect(html).toContain("How to pay");
    expect(text).toContain("GB82 WEST 1234 5698 7654 32");
    expect(text).toContain("$268.76");
    const card = await renderEmail(
      "order-confirmation",
      { order: { ...placedOrder, paymentPending: true } },
      { brand },
    );
    expect(card.text).toContain("as soon as your payment is confirmed");
  });

  it("formats amounts in the order's currency", async () => {
    const order = {
      ...placedOrder,
      currency: "JPY",
      items: [{ name: "Tenugui", quantity: 3, unitPrice: 1200, lineTotal: 3600 }],
    };
    const { html } = await renderEmail(
      "order-confirmation",
      { order: { ...order, totals: { subtotal: 3600, discount: 0, shipping: 500, tax: 0, total: 4100 } } },
      { brand },
    );
    expect(html).toContain("¥1,200");
    expect(html).toContain("¥4,100");
  });
});

describe("account emails", () => {
  const link = "https://shop.example.com/reset-password?token=abc123";

  it("password reset carries the link, and the redacted copy does not", async () => {
    const props = { name: "Ada", resetUrl: link, expiresAt: "2026-11-21T11:15:00.000Z" };
    const sent = await renderEmail("password-reset", props, { brand });
    expect(sent.html).toContain(link);
    expect(sent.text).toContain(link);
    const logged = await renderEmail("password-reset", props, { brand, redacted: true });
    expect(logged.html).not.toContain("abc123");
    expect(logged.text).not.toContain("abc123");
    expect(logged.html).toContain("link removed from the email log");
  });
});

describe("every template", () => {
  const props = {
    welcome: { name: "Ada" },
    "back-in-stock": {
      name: "Ada",
      productName: "Trail Tee",
      variant: "M / Black",
      productUrl: "https://shop.example.com/products/trail-tee?variant=7",
      wishlistUrl: "https://shop.example.com/account/wishlist",
      price: 2500,
      currency: "USD",
    },
    "verify-email": { verifyUrl: "https://shop.example.com/verify?t=1", expiresAt: "2026-11-22T10:00:00.000Z" },
    "password-reset": { resetUrl: "https://shop.example.com/reset?t=1", expiresAt: "2026-11-22T10:00:00.000Z" },
    "order-confirmation": { order: placedOrder },
    "payment-receipt": { order: paidOrder, payment: paidOrder.payment },
    "payment-reminder": {
      orderNumber: "NW-1042",
      currency: "USD",
      bankTransfer: {
        accountName: "Northwind Supply",
        iban: "GB82 WEST 1234 5698 7654 32",
        reference: "NW-1042",
        amount: 26876,
      },
      cancelAfter: "2026-11-28T12:00:00.000Z",
    },
    "order-packed": { orderNumber: "NW-1042", packedAt: "2026-11-22T07:00:00.000Z" },
    "order-shipped": shippedOrder,
    "order-tracking": {
      orderNumber: "NW-1042",
      status: "out_for_delivery",
      message: "Out for delivery",
      location: "Springfield, NY, US",
      carrier: "USPS",
      trackingNumber: "9400111899223344556677",
      at: "2026-11-24T08:00:00.000Z",
    },
    "order-delivered": { orderNumber: "NW-1042", deliveredAt: "2026-11-24T12:00:00.000Z" },
    "order-cancelled": {
      orderNumber: "NW-1042",
      cancelledAt: "2026-11-21T12:00:00.000Z",
      currency: "USD",
      refundAmount: 26876,
      reason: "Requested by customer",
    },
    "order-refunded": {
      orderNumber: "NW-1042",
      refundedAt: "2026-11-25T12:00:00.000Z",
      currency: "USD",
      amount: 1850,
      orderTotal: 26876,
    },
    "review-request": {
      orderNumber: "NW-1042",
      customerName: "Ada",
      products: [{ name: "Camp Stove", reviewUrl: "https://shop.example.com/account/reviews/camp-stove" }],
      unsubscribeUrl: "https://shop.example.com/reviews/unsubscribe/t",
    },
  } as const;

  it.each(templateNames)("%s renders accessible HTML and a plain-text version", async (name) => {
    const { subject, html, text } = await renderEmail(name, props[name] as never, { brand });
    expect(subject.length).toBeGreaterThan(5);
    expect(html).toMatch(/<html[^>]*lang="en"/);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain("Northwind Supply");
    // Every image (if any) has alt text, and the text version has no markup.
    expect(html).not.toMatch(/<img(?![^>]*\balt=)[^>]*>/);
    expect(text).not.toMatch(/<[a-z]+[\s>]/i);
    expect(text.trim().length).toBeGreaterThan(40);
  });

  it("refund email says partial when less than the order total was refunded", async () => {
    const { html } = await renderEmail("order-refunded", props["order-refunded"], { brand });
    expect(html).toContain("partial refund");
    expect(html).toContain("$18.50");
  });
});
