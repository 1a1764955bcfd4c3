import { Skeleton } from "@/components/ui/skeleton";

/** The checkout's shape while it loads: a form column and a summary box. */
export function CheckoutSkeleton() {
  return (
    <div className="mx-auto max-w-5xl py-8">
      <Skeleton className="h-9 w-48" />
      <Skeleton className="mt-4 h-5 w-72" />
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
        <Skeleton className="h-56 w-full" />
      </div>
    </div>
  );
}
