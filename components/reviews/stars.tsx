// Stars as text: the picture is hidden from screen readers, which read the words instead.
export function Stars({ rating, label }: { rating: number; label?: string }) {
  const rounded = Math.round(rating);
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className="tracking-tight text-amber-700">
        {"★".repeat(rounded)}
        <span className="text-gray-500">{"★".repeat(5 - rounded)}</span>
      </span>
      <span className="sr-only">{label ?? `${rating} out of 5 stars`}</span>
    </span>
  );
}
