// Shaped like the sent-texts table while the log loads.
export default function Loading() {
  return (
    <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-10" aria-busy="true">
      <p className="sr-only" role="status">
        Loading sent texts…
      </p>
      <div className="h-7 w-40 animate-pulse rounded bg-gray-200" />
      <div className="mt-2 h-4 w-80 animate-pulse rounded bg-gray-100" />
      <div className="mt-6 space-y-3 rounded-lg border border-gray-200 p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-gray-100" />
        ))}
      </div>
    </main>
  );
}
