import { describe, expect, it } from "vitest";
import { addToCartSchema, updateCartLineSchema } from "./schemas";

const quantityError = (schema: typeof addToCartSchema | typeof updateCartLineSchema, quantity: unknown) => {
  const result = schema.safeParse({ variantId: "12", quantity });
  return result.success ? null : result.error.issues.find((i) => i.path[0] === "quantity")?.message;
};

describe("cart form schemas", () => {
  it("accept a whole quantity from 1 to 99 and default to 1", () => {
    expect(addToCartSchema.parse({ variantId: "12", quantity: "3" })).toEqual({ variantId: 12, quantity: 3 });
    expect(addToCartSchema.parse({ variantId: "12" })).toEqual({ variantId: 12, quantity: 1 });
    expect(quantityError(addToCartSchema, "99")).toBeNull();
  });

  it("explain what is wrong with a quantity", () => {
    expect(quantityError(addToCartSchema, "0")).toBe("Enter a quantity of at least 1.");
    expect(quantityError(addToCartSchema, "")).toBe("Enter a quantity of at least 1.");
    expect(quantityError(addToCartSchema, "100")).toBe("You can order at most 99 at a time.");
    expect(quantityError(addToCartSchema, "1.5")).toBe("Enter a whole number from 1 to 99.");
    expect(quantityError(addToCartSchema, "two")).toBe("Enter a whole number from 1 to 99.");
    expect(quantityError(addToCartSchema, "-1")).toBe("Enter a quantity of at least 1.");
  });

  it("let an update set 0 (remove) but not below", () => {
    expect(updateCartLineSchema.parse({ variantId: 5, quantity: "0" })).toEqual({ variantId: 5, quantity: 0 });
    expect(quantityError(updateCartLineSchema, "-1")).toBe("Enter a whole number from 0 to 99.");
  });

  it("read only the variant and the quantity: a price or cart id in the form is dropped", () => {
    const parsed = addToCartSchema.parse({ variantId: "12", quantity: "1", price: "1", priceAmount: "1", cartId: "x" });
    expect(parsed).toEqual({ variantId: 12, quantity: 1 });
  });

  it("refuse a missing, malformed or out-of-range variant id", () => {
    for (const variantId of [undefined, "", "abc", "0", "-3", "1.5", "99999999999"]) {
      expect(addToCartSchema.safeParse({ variantId, quantity: 1 }).success).toBe(false);
    }
  });
});
