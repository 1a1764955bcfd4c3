import { CheckoutSkeleton } from "@/components/checkout/checkout-skeleton";
import { SkeletonMain } from "@/components/shop-main";

// Safe here: no checkout page answers 404 (the layout's note on loading.tsx and notFound).
export default function Loading() {
  return (
    <SkeletonMain>
      <CheckoutSkeleton />
    </SkeletonMain>
  );
}
