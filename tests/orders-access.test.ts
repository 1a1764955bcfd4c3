import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { findOrderForViewer, getAccountOrder, listOrdersForUser } from "@/lib/orders/queries";
import { trackOrder } from "@/lib/orders/tracking";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";

// Who may see an order: its account, or whoever holds its access token (the confirmation
// link). Never someone who only knows its number or id; and "not yours" looks exactly like
// "no such order". The pages are checked too, not only the reads.

const state = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () =>
    state.userId
      ? { id: state.userId, email: `${state.userId}@example.com`, name: null, role: "customer", remember: false }
      : null,
  requireUser: async () => {
    if (!state.userId) throw new Error("redirect to login");
    return { id: state.userId, email: `${state.userId}@example.com`, name: null, role: "customer", remember: false };
  },
}));
class NotFound extends Error {}
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new NotFound("not found");
  },
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  useRouter: () => ({ refresh: () => {} }),
}));
// Outside Next the cached settings read has no cache: the pages read them straight.
vi.mock("@/lib/settings", async (original) => {
  const settings = await original<typeof import("@/lib/settings")>();
  const { db } = await import("@/db");
  return { ...settings, getSettings: (section: "store") => settings.loadSettings(db, section) };
});
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

const { default: OrderPage } = await import("@/app/(shop)/orders/[number]/page");
const { default: ReceiptPage } = await import("@/app/(shop)/orders/[number]/receipt/page");
const { default: AccountOrderPage } = await import("@/app/(shop)/account/orders/[number]/page");

async function userWithOrder(id: string) {
  await db
    .insert(users)
    .values({ id, email: `${id}@example.com` })
    .onConflictDoNothing();
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2000, stock: 10 }] });
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 1 }],
    details: shopperDetails({ email: `${id}@example.com` }),
    userId: id,
    ownerKey: `user:${id}`,
  });
  if (!placed.ok) throw new Error(placed.message);
  return placed.order;
}

const page = (number: string, token?: string) => ({
  params: Promise.resolve({ number }),
  searchParams: Promise.resolve(token ? { token } : {}),
});

beforeEach(() => {
  state.userId = null;
});

describe("order access", () => {
  it("opens for the owner and the token holder only", async () => {
    const order = await userWithOrder("alice");
    await userWithOrder("bob");
    expect(await findOrderForViewer(order.number, { userId: "alice" })).toMatchObject({ order: { id: order.id } });
    expect(await findOrderForViewer(order.number, { userId: null, token: order.accessToken })).toMatchObject({
      order: { id: order.id },
    });
    expect(await findOrderForViewer(order.number.toLowerCase(), { userId: "alice" })).not.toBeNull();

    expect(await findOrderForViewer(order.number, { userId: "bob" })).toBeNull();
    expect(await findOrderForViewer(order.number, { userId: null })).toBeNull();
    // Change the last character (to something it is not: a random token may end in "A").
    const tampered = `${order.accessToken.slice(0, -1)}${order.accessToken.endsWith("A") ? "B" : "A"}`;
    expect(await findOrderForViewer(order.number, { userId: null, token: tampered })).toBeNull();
    expect(await findOrderForViewer(order.number, { userId: "bob", token: "not-a-token" })).toBeNull();
    expect(await findOrderForViewer(String(order.id), { userId: "alice" })).toBeNull();
    expect(await getAccountOrder("bob", order.number)).toBeNull();
  });

  it("lists only the account's own orders", async () => {
    const mine = await userWithOrder("carol");
    await userWithOrder("dave");
    const listed = await listOrdersForUser("carol");
    expect(listed.map((o) => o.number)).toEqual([mine.number]);
    expect(listed[0]).toMatchObject({ itemCount: 1, totalAmount: mine.totalAmount });
  });

  it("refuses the confirmation, receipt and account pages to anyone else with a 404", async () => {
    const order = await userWithOrder("erin");
    state.userId = "frank";
    await expect(OrderPage(page(order.number))).rejects.toBeInstanceOf(NotFound);
    await expect(ReceiptPage(page(order.number))).rejects.toBeInstanceOf(NotFound);
    await expect(AccountOrderPage({ params: Promise.resolve({ number: order.number }) })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(OrderPage(page("NW-00000000"))).rejects.toBeInstanceOf(NotFound);

    state.userId = null;
    await expect(OrderPage(page(order.number))).rejects.toBeInstanceOf(NotFound);
    await expect(OrderPage(page(order.number, order.accessToken))).resolves.toBeTruthy();
    await expect(ReceiptPage(page(order.number, order.accessToken))).resolves.toBeTruthy();
    state.userId = "erin";
    await expect(OrderPage(page(order.number))).resolves.toBeTruthy();
    await expect(AccountOrderPage({ params: Promise.resolve({ number: order.number }) })).resolves.toBeTruthy();
  });
});

describe("trackOrder", () => {
  it("needs the number and the email, answers the same for either wrong, and shows no address or prices", async () => {
    const order = await userWithOrder("gina");
    const view = await trackOrder(order.number, " GINA@example.com ");
    expect(view).toMatchObject({ number: order.number, status: "awaiting_payment", items: [{ quantity: 1 }] });
    expect(view!.timeline.map((e) => e.type)).toEqual(["placed"]);
    expect(JSON.stringify(view)).not.toContain("1 Main Street");
    expect(JSON.stringify(view)).not.toContain(String(order.totalAmount));
    expect(await trackOrder(order.number, "someone@example.com")).toBeNull();
    expect(await trackOrder("NW-ZZZZZZZZ", "gina@example.com")).toBeNull();
    expect(await trackOrder("not a number", "gina@example.com")).toBeNull();
  });
});
