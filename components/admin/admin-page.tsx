// The shell every admin page shares: one <main>, a heading and optional actions beside it.
export function AdminPage({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-gray-950">{title}</h1>
          {description && <p className="mt-1 text-sm text-gray-700">{description}</p>}
        </div>
        {actions}
      </div>
      <div className="mt-6">{children}</div>
    </main>
  );
}

export const tableClass = "min-w-full divide-y divide-gray-200 text-left text-sm";
export const thClass = "px-4 py-3 font-semibold";
export const tdClass = "px-4 py-3 align-top";
export const linkButtonClass = "rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800";
