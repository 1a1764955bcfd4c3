import { ProductGridSkeleton } from "@/components/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** Shaped like /search: heading, search box, filters beside a product grid. */
export function SearchPageSkeleton() {
  return (
    <div className="pt-6">
      <p role="status" className="sr-only">
        Searching…
      </p>
      <Skeleton className="h-9 w-72" />
      <Skeleton className="mt-4 h-10 w-full max-w-xl" />
      <div className="mt-8 grid gap-8 lg:grid-cols-[15rem_1fr]">
        <div className="space-y-4">
          <Skeleton className="h-5 w-20" />
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-40" />
          ))}
        </div>
        <div>
          <div className="mb-4 flex justify-between">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-9 w-48" />
          </div>
          <ProductGridSkeleton count={8} />
        </div>
      </div>
    </div>
  );
}
