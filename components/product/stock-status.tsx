import { stockLabel, stockLevel } from "@/lib/catalog/client";

const styles = {
  in: { text: "text-green-800", dot: "bg-green-600" },
  low: { text: "text-amber-800", dot: "bg-amber-500" },
  out: { text: "text-red-700", dot: "bg-red-600" },
} as const;

export function StockStatus({ stock }: { stock: number }) {
  const style = styles[stockLevel(stock)];
  return (
    <p data-testid="stock-status" className={`flex items-center gap-2 text-sm font-medium ${style.text}`}>
      <span aria-hidden="true" className={`size-2 rounded-full ${style.dot}`} />
      {stockLabel(stock)}
    </p>
  );
}
