import { formatMoney } from "@/lib/money";

export type LineItem = { key: string | number; name: string; variant: string; sku?: string; quantity: number; unitPrice: number; total: number };

/** Items of a review or an order: a real table, so "Qty 2" is read with its header. */
export function LineItems({ lines, currency, caption = "Items" }: { lines: LineItem[]; currency: string; caption?: string }) {
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-gray-200 text-gray-700">
        <tr>
          <th scope="col" className="py-2 font-medium">Item</th>
          <th scope="col" className="py-2 text-right font-medium">Qty</th>
          <th scope="col" className="py-2 text-right font-medium">Price</th>
          <th scope="col" className="py-2 text-right font-medium">Total</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-200">
        {lines.map((line) => (
          <tr key={line.key} data-testid="order-line">
            <td className="py-3 pr-4">
              <span className="block font-medium text-gray-950">{line.name}</span>
              {line.variant && line.variant.toLowerCase() !== "default" && <span className="block text-gray-700">{line.variant}</span>}
              {line.sku && <span className="block text-xs text-gray-600">SKU {line.sku}</span>}
            </td>
            <td className="py-3 text-right tabular-nums">{line.quantity}</td>
            <td className="py-3 text-right tabular-nums">{money(line.unitPrice)}</td>
            <td className="py-3 text-right font-medium tabular-nums">{money(line.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
