import type { Metadata } from "next";
import Link from "next/link";
import { AddressCard } from "@/components/account/address-card";
import { listAddresses } from "@/lib/account";
import { requireUser } from "@/lib/auth";
import { makeDefaultAddress, removeAddress } from "./actions";

export const metadata: Metadata = { title: "Addresses" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const notices: Record<string, string> = { added: "Address added.", saved: "Address saved." };

export default async function AddressesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/account/addresses");
  const addresses = await listAddresses(user.id);
  const { notice } = await searchParams;
  const banner = notices[String(notice)];

  return (
    <section aria-labelledby="addresses-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="addresses-title" className="text-lg font-semibold text-gray-950">
          Addresses
        </h2>
        <Link
          href="/account/addresses/new"
          className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800"
        >
          Add an address
        </Link>
      </div>
      {banner && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {banner}
        </p>
      )}
      {addresses.length === 0 ? (
        <p className="text-gray-700">You have no saved addresses yet. Add one to check out faster.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {addresses.map((address) => (
            <li key={address.id}>
              <AddressCard address={address} removeAction={removeAddress} makeDefaultAction={makeDefaultAddress} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
