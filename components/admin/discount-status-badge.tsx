import { type DiscountStatus, discountStatusLabels } from "@/lib/admin";

// Colour only repeats the word: the label is the information (WCAG 1.4.1).
const tone: Record<DiscountStatus, string> = {
  active: "border-green-700 bg-green-50 text-green-900",
  scheduled: "border-blue-700 bg-blue-50 text-blue-900",
  expired: "border-gray-500 bg-gray-100 text-gray-800",
  used_up: "border-amber-700 bg-amber-50 text-amber-900",
  inactive: "border-gray-500 bg-white text-gray-800",
};

export function DiscountStatusBadge({ status }: { status: DiscountStatus }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tone[status]}`}>
      {discountStatusLabels[status]}
    </span>
  );
}
