import { Skeleton } from "./ui/skeleton";

// Shaped like the pages they stand in for, so content does not jump when it arrives.

/** What a screen reader hears while the skeleton stands in. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <p role="status" className="sr-only">
      {label}
    </p>
  );
}

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-5 md:grid-cols-3 xl:grid-cols-4">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="p-2">
          <Skeleton className="aspect-square rounded-lg" />
          <Skeleton className="mt-3 h-3 w-16" />
          <Skeleton className="mt-2 h-4 w-3/4" />
          <Skeleton className="mt-3 h-4 w-20" />
        </div>
      ))}
    </div>
  );
}

/** A listing below its heading: the filters beside the result count, the sort and a grid. */
export function ListingSkeleton({ filters, countClassName, count }: { filters: React.ReactNode; countClassName: string; count: number }) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-[15rem_1fr]">
      <div className="space-y-4">{filters}</div>
      <div>
        <div className="mb-4 flex justify-between">
          <Skeleton className={`h-5 ${countClassName}`} />
          <Skeleton className="h-9 w-48" />
        </div>
        <ProductGridSkeleton count={count} />
      </div>
    </div>
  );
}

export function CategoryPageSkeleton() {
  return (
    <div>
      <LoadingStatus label="Loading products…" />
      <Skeleton className="my-4 h-4 w-48" />
      <Skeleton className="h-9 w-64" />
      <Skeleton className="mt-3 h-4 w-full max-w-xl" />
      <div className="mt-6 flex gap-2">
        <Skeleton className="h-9 w-24 rounded-full" />
        <Skeleton className="h-9 w-28 rounded-full" />
      </div>
      <ListingSkeleton
        filters={
          <>
            <Skeleton className="h-5 w-20" />
            <Skeleton className="h-16 w-full" />
            <Skeleton className="h-6 w-32" />
            <Skeleton className="h-9 w-28" />
          </>
        }
        countClassName="w-24"
        count={6}
      />
    </div>
  );
}

export function ProductPageSkeleton() {
  return (
    <div>
      <LoadingStatus label="Loading product…" />
      <Skeleton className="my-4 h-4 w-64" />
      <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
        <div>
          <Skeleton className="aspect-square rounded-2xl" />
          <div className="mt-3 grid grid-cols-5 gap-2">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} className="aspect-square rounded-lg" />
            ))}
          </div>
        </div>
        <div className="space-y-4">
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-9 w-3/4" />
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-4 w-24" />
          <div className="flex gap-2 pt-2">
            <Skeleton className="h-10 w-14" />
            <Skeleton className="h-10 w-14" />
            <Skeleton className="h-10 w-14" />
          </div>
          <Skeleton className="mt-6 h-24 w-full" />
        </div>
      </div>
    </div>
  );
}
