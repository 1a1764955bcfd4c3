import { CategoryPageSkeleton } from "@/components/skeletons";

export default function Loading() {
  return <CategoryPageSkeleton />;
}
