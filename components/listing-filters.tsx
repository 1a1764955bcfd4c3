import Link from "next/link";
import { money } from "@/lib/money";
import { toShortDecimalString } from "@/lib/catalog/decimal";
import { type ListingParams, hasActiveFilters, listingQueryString } from "@/lib/catalog/listing-params";
import { ListingForm } from "./listing-form";

const input =
  "w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-950 shadow-sm placeholder:text-gray-500";

export function ListingFilters({
  formId,
  action,
  params,
  currency,
}: {
  formId: string;
  action: string;
  params: ListingParams;
  currency: string;
}) {
  const amount = (value: number | null) => (value === null ? "" : toShortDecimalString(money(value, currency)));
  return (
    // Keyed by the query so a navigation (e.g. "Clear filters") resets the uncontrolled inputs.
    <ListingForm key={listingQueryString(params, currency)} id={formId} action={action} currency={currency} className="space-y-6">
      <h2 className="text-base font-semibold text-gray-950">Filters</h2>
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">Price ({currency})</legend>
        <div className="mt-2 flex items-center gap-2">
          <div className="flex-1">
            <label htmlFor="min-price" className="mb-1 block text-xs text-gray-700">
              Minimum
            </label>
            <input id="min-price" name="min" inputMode="decimal" autoComplete="off" defaultValue={amount(params.minPrice)} placeholder="0" className={input} />
          </div>
          <span aria-hidden="true" className="mt-5 text-gray-500">
            –
          </span>
          <div className="flex-1">
            <label htmlFor="max-price" className="mb-1 block text-xs text-gray-700">
              Maximum
            </label>
            <input id="max-price" name="max" inputMode="decimal" autoComplete="off" defaultValue={amount(params.maxPrice)} placeholder="Any" className={input} />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">Availability</legend>
        <div className="mt-2 flex items-center gap-2">
          <input id="in-stock" name="instock" type="checkbox" value="1" defaultChecked={params.inStock} className="size-4 rounded border-gray-300 accent-gray-950" />
          <label htmlFor="in-stock" className="text-sm text-gray-800">
            In stock only
          </label>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800">
          Apply filters
        </button>
        {hasActiveFilters(params) && (
          <Link href={`${action}${listingQueryString({ sort: params.sort }, currency)}`} className="text-sm font-medium text-gray-800 underline underline-offset-4 hover:text-gray-950">
            Clear filters
          </Link>
        )}
      </div>
    </ListingForm>
  );
}
