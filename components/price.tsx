import { formatMoney, type Money } from "@/lib/money";

// Shared by server cards and the client variant picker, so it imports nothing server-only.
// Screen readers hear "Sale price … Original price …" instead of two bare amounts.
export function Price({
  price,
  compareAt,
  size = "md",
  testId,
}: {
  price: Money;
  compareAt: Money | null;
  size?: "md" | "lg";
  testId?: string;
}) {
  const onSale = compareAt !== null && compareAt.amount > price.amount;
  const main = size === "lg" ? "text-3xl font-semibold tracking-tight" : "text-base font-semibold";
  const was = size === "lg" ? "text-lg" : "text-sm";
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span data-testid={testId} className={`${main} ${onSale ? "text-red-700" : "text-gray-950"}`}>
        {onSale && <span className="sr-only">Sale price </span>}
        {formatMoney(price)}
      </span>
      {onSale && (
        <del className={`${was} text-gray-600`}>
          <span className="sr-only">Original price </span>
          {formatMoney(compareAt)}
        </del>
      )}
    </p>
  );
}
