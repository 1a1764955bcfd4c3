import { describe, expect, it } from "vitest";
import { z } from "zod";
import { action, formDataToObject } from "./actions";

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
