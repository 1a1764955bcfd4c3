import { expect, it } from "vitest";
import { getCategoryBySlug, getProductBySlug } from "@/lib/catalog";

// A slug no product or category can have (typed, or a hostile URL) is "not found" at once,
// without a cached read: the cache would only fill up with misses.

it("finds nothing for a slug that cannot exist, without reaching the cache", async () => {
  for (const slug of ["x".repeat(400), "<script>", "../../etc/passwd", "Ridge-Tent", ""]) {
    expect(await getProductBySlug(slug)).toBeNull();
    expect(await getCategoryBySlug(slug)).toBeNull();
  }
});
