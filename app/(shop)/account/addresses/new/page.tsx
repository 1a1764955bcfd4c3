import type { Metadata } from "next";
import { AddressForm } from "@/components/account/address-form";
import { AccountSection } from "@/components/account/section";
import { requireUser } from "@/lib/auth";
import { addAddress } from "../actions";

export const metadata: Metadata = { title: "Add an address" };

export default async function NewAddressPage() {
  await requireUser("/account/addresses/new");
  return (
    <AccountSection id="new-address" title="Add an address">
      <AddressForm action={addAddress} submitLabel="Save address" />
    </AccountSection>
  );
}
