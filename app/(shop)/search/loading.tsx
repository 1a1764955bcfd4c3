import { SearchPageSkeleton } from "@/components/search/search-skeleton";
import { SkeletonMain } from "@/components/shop-main";

export default function Loading() {
  return (
    <SkeletonMain>
      <SearchPageSkeleton />
    </SkeletonMain>
  );
}
