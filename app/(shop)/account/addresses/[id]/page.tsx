import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddressForm } from "@/components/account/address-form";
import { AccountSection } from "@/components/account/section";
import { getAddress } from "@/lib/account";
import { requireUser } from "@/lib/auth";
import { rowId } from "@/lib/row-id";
import { editAddress } from "../actions";

export const metadata: Metadata = { title: "Edit address" };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/account/addresses/${encodeURIComponent(id)}`);
  const addressId = rowId(id);
  // Someone else's address reads as missing: lib scopes the lookup to the caller.
  const address = addressId === null ? null : await getAddress(user.id, addressId);
  if (!address) notFound();
  return (
    <AccountSection id="edit-address" title="Edit address">
      <AddressForm action={editAddress} initial={address} submitLabel="Save changes" />
    </AccountSection>
  );
}
