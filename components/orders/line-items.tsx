import { formatMoney } from "@/lib/money";
import { OrderTable } from "./order-table";

export type LineItem = {
  key: string | number;
  name: string;
  variant: string;
  sku?: string;
  quantity: number;
  unitPrice: number;
  total: number;
};

const columns = [
  { label: "Item" },
  { label: "Qty", numeric: true },
  { label: "Price", numeric: true },
  { label: "Total", numeric: true },
];

/** Items of a review or an order. */
export function LineItems({
  lines,
  currency,
  caption = "Items",
}: {
  lines: LineItem[];
  currency: string;
  caption?: string;
}) {
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <OrderTable caption={caption} columns={columns}>
      {lines.map((line) => (
        <tr key={line.key} data-testid="order-line">
          <td className="py-3 pr-4">
            <span className="block font-medium text-gray-950">{line.name}</span>
            {line.variant && line.variant.toLowerCase() !== "default" && (
              <span className="block text-gray-700">{line.variant}</span>
            )}
            {line.sku && <span className="block text-xs text-gray-600">SKU {line.sku}</span>}
          </td>
          <td className="py-3 text-right tabular-nums">{line.quantity}</td>
          <td className="py-3 text-right tabular-nums">{money(line.unitPrice)}</td>
          <td className="py-3 text-right font-medium tabular-nums">{money(line.total)}</td>
        </tr>
      ))}
    </OrderTable>
  );
}
