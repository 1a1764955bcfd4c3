"use client";

import { useId } from "react";
import {
  optionGroups,
  optionsOf,
  productPath,
  resolveVariant,
  variantForOption,
  type VariantDetail,
} from "@/lib/catalog/client";
import { AddToCartForm } from "../cart/add-to-cart-form";
import { Price } from "../price";
import { useSelectedVariant } from "./selected-variant";
import { StockStatus } from "./stock-status";

// The chosen variant lives in the URL (?variant=<id>), so every choice is linkable and each
// option is a real link that works without JavaScript (the server renders the page for that
// variant). With JavaScript a click only replaces the URL and the selected variant (shared with
// the gallery), so price, stock and photos update at once without a server round trip.

export function VariantPicker({
  slug,
  productName,
  variants,
}: {
  slug: string;
  productName: string;
  variants: VariantDetail[];
}) {
  const { selectedId, select } = useSelectedVariant();
  const selected = resolveVariant(variants, selectedId === undefined ? undefined : String(selectedId));
  const groupId = useId();
  if (!selected) return null;

  const groups = optionGroups(variants);
  const current = optionsOf(selected);

  function choose(event: React.MouseEvent<HTMLAnchorElement>, href: string, variantId: number) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    select(variantId);
    window.history.replaceState(null, "", href);
  }

  return (
    <div className="space-y-6">
      <div aria-live="polite" aria-atomic="true" className="space-y-2">
        <Price price={selected.price} compareAt={selected.compareAt} size="lg" testId="product-price" />
        <StockStatus stock={selected.stock} />
        <p className="text-xs text-gray-700">SKU {selected.sku}</p>
      </div>

      {groups.map((group, index) => (
        <div key={group.name} role="group" aria-labelledby={`${groupId}-${index}`}>
          <p id={`${groupId}-${index}`} className="text-sm font-medium text-gray-900">
            {group.name}: <span className="font-normal text-gray-700">{current[group.name] ?? "—"}</span>
          </p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {group.values.map((value) => {
              const target = variantForOption(variants, selected, group.name, value);
              if (!target) return null;
              const isSelected = current[group.name] === value;
              const soldOut = target.stock <= 0;
              const href = productPath(slug, target);
              return (
                <li key={value}>
                  <a
                    href={href}
                    onClick={(event) => choose(event, href, target.id)}
                    aria-current={isSelected ? "true" : undefined}
                    className={`inline-flex min-h-10 min-w-12 items-center justify-center rounded-md border px-3 py-2 text-sm font-medium ${
                      isSelected
                        ? "border-gray-950 bg-gray-950 text-white"
                        : "border-gray-300 bg-white text-gray-900 hover:border-gray-950"
                    } ${soldOut ? "line-through decoration-1" : ""}`}
                  >
                    {value}
                    {soldOut && <span className="sr-only"> (out of stock)</span>}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}

      <AddToCartForm productName={productName} variants={variants} selectedVariantId={selected.id} />
      {selected.stock <= 0 && (
        <p className="rounded-md bg-gray-100 px-4 py-3 text-sm text-gray-800">
          This option is sold out.
          {groups.length > 0 ? " Choose another option or check back soon." : " Check back soon."}
        </p>
      )}
    </div>
  );
}
