import { randomBytes } from "node:crypto";
import { GUEST_CART_TTL_SECONDS } from "./limits";

// A cart id is 128 random bits, base64url: unguessable, so holding it is what proves a
// guest owns the cart. Account carts get fresh ids that never reach a browser.

const CART_ID = /^[A-Za-z0-9_-]{22}$/;

export const CART_COOKIE = "cart";

export function newCartId(): string {
  return randomBytes(16).toString("base64url");
}

/** Shape check before a cookie value goes anywhere near a store key or a query. */
export function isCartId(value: unknown): value is string {
  return typeof value === "string" && CART_ID.test(value);
}

export function cartCookieOptions(production: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: production,
    path: "/",
    maxAge: GUEST_CART_TTL_SECONDS,
  } as const;
}
