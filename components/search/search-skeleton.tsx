import { ListingSkeleton, LoadingStatus } from "@/components/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** Shaped like /search: heading, search box, filters beside a product grid. */
export function SearchPageSkeleton() {
  return (
    <div className="pt-6">
      <LoadingStatus label="Searching…" />
      <Skeleton className="h-9 w-72" />
      <Skeleton className="mt-4 h-10 w-full max-w-xl" />
      <ListingSkeleton
        filters={
          <>
            <Skeleton className="h-5 w-20" />
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-4 w-40" />
            ))}
          </>
        }
        countClassName="w-32"
        count={8}
      />
    </div>
  );
}
