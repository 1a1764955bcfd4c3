import { ProductPageSkeleton } from "@/components/skeletons";

export default function Loading() {
  return <ProductPageSkeleton />;
}
