import { SkeletonMain } from "@/components/shop-main";
import { CategoryPageSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <SkeletonMain>
      <CategoryPageSkeleton />
    </SkeletonMain>
  );
}
