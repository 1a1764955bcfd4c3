"use client";

import Image from "next/image";
import Link from "next/link";
import { useOptimistic } from "react";
import { productPath } from "@/lib/catalog/client";
import { variantLabel, type CartLineView } from "@/lib/cart/client";
import { formatMoney, multiplyMoney } from "@/lib/money";
import { LineQuantityForm } from "./line-quantity-form";
import { RemoveLineButton } from "./remove-line-button";

/** One cart line. Quantity edits and removal show at once; the server's figures follow. */
export function CartLineItem({ line }: { line: CartLineView }) {
  const [shown, setShown] = useOptimistic({ quantity: line.quantity, removing: false });
  const label = variantLabel({ productName: line.productName, title: line.variantTitle });
  const lineTotal = line.lineTotal && line.unitPrice ? multiplyMoney(line.unitPrice, shown.quantity) : null;
  const options = Object.entries(line.options);

  return (
    <li
      data-testid="cart-line"
      aria-busy={shown.removing || undefined}
      className={`flex gap-4 py-6 transition-opacity ${shown.removing ? "opacity-40" : ""}`}
    >
      <div className="relative size-20 shrink-0 overflow-hidden rounded-md bg-gray-100 sm:size-24">
        {line.image ? (
          <Image src={line.image.url} alt="" fill sizes="96px" className="object-cover" />
        ) : (
          <span className="absolute inset-0 grid place-items-center text-xs text-gray-600">No image</span>
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <div className="min-w-0">
            <h2 className="text-base font-medium text-gray-950">
              {line.productSlug ? (
                <Link
                  href={productPath(line.productSlug, { id: line.variantId })}
                  className="hover:underline hover:underline-offset-4"
                >
                  {line.productName}
                </Link>
              ) : (
                line.productName
              )}
            </h2>
            {options.length > 0 ? (
              <p className="text-sm text-gray-700">{options.map(([name, value]) => `${name}: ${value}`).join(", ")}</p>
            ) : (
              label !== line.productName && <p className="text-sm text-gray-700">{line.variantTitle}</p>
            )}
            {line.unitPrice && (
              <p className="text-sm text-gray-700">
                <span className="sr-only">Unit price: </span>
                <span data-testid="unit-price">{formatMoney(line.unitPrice)}</span> each
              </p>
            )}
          </div>
          <p className="text-base font-semibold text-gray-950">
            <span className="sr-only">Line total: </span>
            <span data-testid="line-total">{lineTotal ? formatMoney(lineTotal) : "—"}</span>
          </p>
        </div>
        <LineNotices line={line} />
        <div className="flex flex-wrap items-start justify-between gap-2">
          {line.unavailable ? (
            <p className="text-sm text-gray-700">Quantity: {line.quantity}</p>
          ) : (
            <LineQuantityForm
              variantId={line.variantId}
              label={label}
              quantity={line.quantity}
              stock={line.stock}
              onOptimistic={(quantity) => setShown({ quantity, removing: quantity === 0 })}
            />
          )}
          <RemoveLineButton
            variantId={line.variantId}
            label={label}
            quantity={line.quantity}
            onOptimistic={() => setShown({ quantity: line.quantity, removing: true })}
          />
        </div>
      </div>
    </li>
  );
}

function LineNotices({ line }: { line: CartLineView }) {
  const notices: string[] = [];
  if (line.unavailable)
    notices.push("This item is no longer available and is not included in your total. Please remove it.");
  else if (line.outOfStock)
    notices.push("Out of stock: not included in your total. Please remove it or check back later.");
  else if (line.exceedsStock)
    notices.push(`Only ${line.stock} left: lower the quantity to ${line.stock} or less to check out.`);
  if (line.priceChangedFrom && line.unitPrice) {
    const direction = line.unitPrice.amount < line.priceChangedFrom.amount ? "dropped" : "changed";
    notices.push(
      `The price ${direction} from ${formatMoney(line.priceChangedFrom)} to ${formatMoney(line.unitPrice)} since you added this.`,
    );
  }
  if (notices.length === 0) return null;
  return (
    <ul data-testid="line-notice" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
