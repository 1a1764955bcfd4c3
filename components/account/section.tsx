/** A titled block of the account pages. */
export function AccountSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-gray-200 p-5 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-950">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-gray-700">{description}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
