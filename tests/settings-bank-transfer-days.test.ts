import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders, outbox, settings } from "@/db/schema";
import { runMaintenance } from "@/lib/maintenance/run";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { createUser, form, signInAs } from "./admin-helpers";

// The days a bank transfer may stay unpaid are the owner's (Payments settings), not the env's:
// the daily housekeeping cancels by what the settings say now.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { savePaymentSettingsAction } = await import("@/app/admin/settings/actions");

const DAY = 86_400_000;
const carts = { purgeExpired: async () => 0 };

async function transferPlacedDaysAgo(days: number) {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2500, stock: 10 }] });
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 1 }],
    details: shopperDetails({ paymentMethod: "bank_transfer" }),
  });
  if (!placed.ok) throw new Error(placed.message);
  await db
    .update(orders)
    .set({ createdAt: new Date(Date.now() - days * DAY) })
    .where(eq(orders.id, placed.order.id));
  await db.delete(outbox).where(sql`true`);
  return placed.order.id;
}

const statusOf = async (id: number) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!.status;

beforeEach(async () => {
  await db.delete(settings).where(eq(settings.section, "payments"));
  signInAs(await createUser("admin"));
});

it("cancels an unpaid transfer after the days the payment settings give", async () => {
  const id = await transferPlacedDaysAgo(3.5);
  // The default (7 days) leaves a 3½-day-old transfer alone.
  await runMaintenance(db, { carts });
  expect(await statusOf(id)).toBe("awaiting_payment");

  expect(
    await savePaymentSettingsAction(
      form({
        "enabled.bank_transfer": "on",
        "enabled.cash_on_delivery": "on",
        "bankTransfer.accountName": "Harbour Goods Ltd",
        "bankTransfer.iban": "GB33 BUKB 2020 1555 5555 55",
        bankTransferDays: "3",
      }),
    ),
  ).toMatchObject({ ok: true });
  expect((await runMaintenance(db, { carts })).cancelledBankTransfers).toBeGreaterThanOrEqual(1);
  expect(await statusOf(id)).toBe("cancelled");
});
