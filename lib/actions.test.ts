import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AdminError } from "./admin/errors";
import { action, formDataToObject, refused } from "./actions";
import { fieldRefusal, RefusalError, refusalText } from "./errors";

const schema = z.object({ quantity: z.coerce.number().int().min(1, "At least 1") });

describe("action", () => {
  const add = action(schema, async ({ quantity }) => ({ ok: true, data: quantity * 2 }));

  it("parses FormData and passes typed input to the handler", async () => {
    const form = new FormData();
    form.set("quantity", "3");
    await expect(add(form)).resolves.toEqual({ ok: true, data: 6 });
    await expect(add(null, form)).resolves.toEqual({ ok: true, data: 6 });
  });

  it("returns field errors and never calls the handler on bad input", async () => {
    let called = false;
    const guarded = action(schema, async () => {
      called = true;
      return { ok: true, data: null };
    });
    const result = await guarded({ quantity: "0" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { quantity: ["At least 1"] } });
    expect(called).toBe(false);
  });
});

describe("formDataToObject", () => {
  it("keeps repeated keys and drops React's action fields", () => {
    const form = new FormData();
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("$ACTION_ID_123", "");
    expect(formDataToObject(form)).toEqual({ tag: ["a", "b"] });
  });
});

describe("refused", () => {
  it("shows a returned refusal and a thrown one the same way: message on top, fields at their inputs", () => {
    const refusal = fieldRefusal("slug", "Another product uses this slug.");
    const expected = {
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: { slug: ["Another product uses this slug."] },
    };
    expect(refused(refusal)).toEqual(expected);
    expect(refused(new RefusalError(refusal))).toEqual(expected);
    expect(refused(new AdminError("Stock cannot go below zero.", { delta: ["Only 3 in stock."] }))).toEqual({
      ok: false,
      formError: "Stock cannot go below zero.",
      fieldErrors: { delta: ["Only 3 in stock."] },
    });
  });

  it("leaves out fieldErrors when the refusal names no input", () => {
    expect(refused({ message: "This order is not paid yet." })).toEqual({
      ok: false,
      formError: "This order is not paid yet.",
    });
  });

  it("words a refusal about inputs by what is wrong with them, for logs and order flags", () => {
    expect(refusalText(fieldRefusal("amount", "The refund is more than what is left to refund on this order."))).toBe(
      "The refund is more than what is left to refund on this order.",
    );
    expect(refusalText({ message: "This order is already paid." })).toBe("This order is already paid.");
  });
});
