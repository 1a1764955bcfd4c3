import { SkeletonMain } from "@/components/shop-main";
import { ProductPageSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <SkeletonMain>
      <ProductPageSkeleton />
    </SkeletonMain>
  );
}
