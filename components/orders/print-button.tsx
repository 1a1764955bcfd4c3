"use client";

/** Opens the browser's print dialog; hidden in the printout itself. */
export function PrintButton({ label = "Print receipt" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800 print:hidden"
    >
      {label}
    </button>
  );
}
