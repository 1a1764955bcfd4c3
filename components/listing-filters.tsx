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
  const active = hasActiveFilters(params);
  const amount = (value: number | null) => (value === null ? "" : toShortDecimalString(money(value, currency)));
  return (
    // Keyed by the query so a navigation (e.g. "Clear filters") resets the uncontrolled inputs.
    <ListingForm key={listingQueryString(params, currency)} id={formId} action={action} currency={currency}>
      {/* A disclosure on phones, so products stay above the fold; always open from lg up
          (::details-content), where the filters sit in a sidebar. A browser without
          ::details-content keeps the toggle. Closed, its inputs are still part of the form. */}
      <details
        open={active || undefined}
        className="rounded-lg border border-gray-200 lg:border-0 lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]"
      >
        <summary className="flex cursor-pointer items-center justify-between rounded-lg px-4 py-3 text-sm font-semibold text-gray-950 lg:supports-[selector(::details-content)]:hidden">
          <span>Filters{active ? " (active)" : ""}</span>
          <span aria-hidden="true" className="text-gray-600">
            ▾
          </span>
        </summary>
        <div className="space-y-6 px-4 pb-4 lg:p-0">
          <h2 className="hidden text-base font-semibold text-gray-950 lg:block">Filters</h2>
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
            {active && (
              <Link
                href={`${action}${listingQueryString({ sort: params.sort }, currency)}`}
                className="text-sm font-medium text-gray-800 underline underline-offset-4 hover:text-gray-950"
              >
                Clear filters
              </Link>
            )}
          </div>
        </div>
      </details>
    </ListingForm>
  );
}
