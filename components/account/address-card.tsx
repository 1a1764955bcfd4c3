import Link from "next/link";
import type { FormAction } from "@/components/ui/action-form";
import { COUNTRY_RULES, isCountryCode, type SavedAddress } from "@/lib/account";
import { ActionButton } from "./action-button";

export function formatAddressLines(address: SavedAddress): string[] {
  const country = isCountryCode(address.country) ? COUNTRY_RULES[address.country].name : address.country;
  const cityLine = [address.city, address.region, address.postalCode]
    .filter(Boolean)
    .join(address.country === "US" || address.country === "CA" || address.country === "AU" ? ", " : " ");
  return [address.fullName, address.company, address.line1, address.line2, cityLine, country, address.phone].filter(
    (line) => line !== "",
  );
}

export function AddressCard({
  address,
  removeAction,
  makeDefaultAction,
}: {
  address: SavedAddress;
  removeAction: FormAction;
  makeDefaultAction: FormAction;
}) {
  const lines = formatAddressLines(address);
  return (
    <article
      aria-label={`Address: ${address.fullName}, ${address.line1}`}
      className="flex h-full flex-col rounded-lg border border-gray-200 p-5"
    >
      {address.isDefault && (
        <p className="mb-2 text-xs font-semibold tracking-wide text-green-800 uppercase">Default delivery address</p>
      )}
      <address className="text-sm text-gray-900 not-italic">
        {lines.map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
      </address>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <Link
          href={`/account/addresses/${address.id}`}
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
        >
          Edit<span className="sr-only"> address for {address.fullName}</span>
        </Link>
        {!address.isDefault && (
          <ActionButton action={makeDefaultAction} fields={{ id: address.id }} label="Make default" />
        )}
        <ActionButton
          action={removeAction}
          fields={{ id: address.id }}
          variant="danger"
          label={
            <>
              Delete<span className="sr-only"> address for {address.fullName}</span>
            </>
          }
        />
      </div>
    </article>
  );
}
