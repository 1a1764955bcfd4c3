"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, fail } from "@/lib/actions";
import {
  MAX_ADDRESSES,
  addressInputSchema,
  createAddress,
  deleteAddress,
  setDefaultAddress,
  updateAddress,
} from "@/lib/account";

// Address book actions. The user id always comes from the session (authedAction); the
// address id from the form is only ever used together with it (lib/account/addresses.ts).

const addressId = z.coerce.number().int().positive();

export const addAddress = authedAction(addressInputSchema, async (input, caller) => {
  const result = await createAddress(caller.id, input);
  if (!result.ok) return fail(`You can save up to ${MAX_ADDRESSES} addresses. Delete one to add another.`);
  redirect("/account/addresses?notice=added");
});

export const editAddress = authedAction(
  z.intersection(z.object({ id: addressId }), addressInputSchema),
  async ({ id, ...input }, caller) => {
    const result = await updateAddress(caller.id, id, input);
    if (!result.ok) return fail("This address no longer exists.");
    redirect("/account/addresses?notice=saved");
  },
);

export const removeAddress = authedAction(z.object({ id: addressId }), async ({ id }, caller) => {
  if (!(await deleteAddress(caller.id, id))) return fail("This address no longer exists.");
  refresh();
  return { ok: true, data: undefined, message: "Address deleted." };
});

export const makeDefaultAddress = authedAction(z.object({ id: addressId }), async ({ id }, caller) => {
  if (!(await setDefaultAddress(caller.id, id))) return fail("This address no longer exists.");
  refresh();
  return { ok: true, data: undefined, message: "Default address updated." };
});
