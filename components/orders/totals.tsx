import { formatMoney } from "@/lib/money";
import type { OrderAmounts } from "@/lib/orders";
import { formatRate, type TaxLine, taxLineLabel } from "@/lib/pricing";

export type TotalsFigures = {
  currency: string;
  subtotal: number;
  discount: number;
  discountCode?: string | null;
  shipping: number;
  shippingLabel?: string;
  tax: number;
  /** Basis points, for "Tax (7%)" on orders from before tax lines. */
  taxRate?: number;
  /** The tax was part of the prices: shown as "incl. VAT 20%" and not added to the total. */
  pricesIncludeTax?: boolean;
  /** One row per rate ("Sales tax (7.25%)"); empty or absent: one "Tax" row. */
  taxLines?: TaxLine[];
  total: number;
  refunded?: number;
};

/** A placed order's figures, as its confirmation, detail and receipt pages show them. */
export function orderFigures(order: OrderAmounts): TotalsFigures {
  return {
    currency: order.currency,
    subtotal: order.subtotalAmount,
    discount: order.discountAmount,
    discountCode: order.discountCode,
    shipping: order.shippingAmount,
    shippingLabel: order.shippingMethodLabel,
    tax: order.taxAmount,
    taxRate: order.taxBasisPoints,
    pricesIncludeTax: order.pricesIncludeTax,
    taxLines: order.taxLines,
    total: order.totalAmount,
    refunded: order.refundedAmount,
  };
}

/** The price breakdown of a review or an order, as a description list. Figures come from the server. */
export function Totals({ figures, testIdPrefix = "totals" }: { figures: TotalsFigures; testIdPrefix?: string }) {
  const money = (amount: number) => formatMoney({ amount, currency: figures.currency });
  const rows: { key: string; label: string; value: string }[] = [
    { key: "subtotal", label: "Subtotal", value: money(figures.subtotal) },
  ];
  if (figures.discount > 0) {
    rows.push({
      key: "discount",
      label: figures.discountCode ? `Discount (${figures.discountCode})` : "Discount",
      value: `−${money(figures.discount)}`,
    });
  }
  rows.push({
    key: "shipping",
    label: figures.shippingLabel ? `Shipping: ${figures.shippingLabel}` : "Shipping",
    value: figures.shipping === 0 ? "Free" : money(figures.shipping),
  });
  if (figures.taxLines?.length) {
    // The first keeps the "tax" test id the single row always had.
    figures.taxLines.forEach((line, i) =>
      rows.push({
        key: i === 0 ? "tax" : `tax-${i}`,
        label: taxLineLabel(line, figures.pricesIncludeTax ?? false),
        value: money(line.amount),
      }),
    );
  } else {
    rows.push({
      key: "tax",
      label: figures.taxRate !== undefined ? `Tax (${formatRate(figures.taxRate)})` : "Tax",
      value: money(figures.tax),
    });
  }
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((row) => (
        <div key={row.key} className="flex justify-between gap-4">
          <dt className="text-gray-700">{row.label}</dt>
          <dd className="font-medium text-gray-950" data-testid={`${testIdPrefix}-${row.key}`}>
            {row.value}
          </dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 border-t border-gray-200 pt-3 text-base">
        <dt className="font-semibold text-gray-950">Total</dt>
        <dd className="font-semibold text-gray-950" data-testid={`${testIdPrefix}-total`}>
          {money(figures.total)}
        </dd>
      </div>
      {figures.refunded ? (
        <div className="flex justify-between gap-4 text-sm">
          <dt className="text-gray-700">Refunded</dt>
          <dd className="font-medium text-gray-950" data-testid={`${testIdPrefix}-refunded`}>
            −{money(figures.refunded)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
