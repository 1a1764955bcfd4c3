const steps = [
  { key: "details", label: "Details" },
  { key: "review", label: "Review" },
  { key: "done", label: "Confirmation" },
] as const;

/** Where the shopper is in the checkout, announced as the current step. */
export function CheckoutSteps({ current }: { current: (typeof steps)[number]["key"] }) {
  const index = steps.findIndex((s) => s.key === current);
  return (
    <nav aria-label="Checkout steps" className="mt-4">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {steps.map((step, i) => (
          <li
            key={step.key}
            aria-current={i === index ? "step" : undefined}
            className={i === index ? "font-semibold text-gray-950" : "text-gray-700"}
          >
            <span aria-hidden="true">{i + 1}. </span>
            {step.label}
            {i < index && <span className="sr-only"> (done)</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
