import type { ReactNode } from "react";

/** A titled block of products under a page's main content ("Picked for you", "Similar products"). */
export function TitledRow({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} data-testid={id} className="mt-14">
      <h2 id={id} className="text-lg font-semibold text-gray-950">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
