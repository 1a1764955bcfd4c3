import { describe, expect, it } from "vitest";
import { flattenCategories, matchCategories } from "./categories";

const tree = [
  {
    id: 1,
    slug: "footwear",
    name: "Footwear",
    children: [
      { id: 2, slug: "running-shoes", name: "Running Shoes", children: [] },
      { id: 3, slug: "hiking-boots", name: "Hiking Boots", children: [] },
    ],
  },
  { id: 4, slug: "apparel", name: "Apparel", children: [{ id: 5, slug: "t-shirts", name: "T-Shirts", children: [] }] },
];

describe("categories", () => {
  const flat = flattenCategories(tree);

  it("flattens the tree depth-first with depth and parent", () => {
    expect(flat.map((c) => `${c.depth}:${c.slug}:${c.parentName ?? "-"}`)).toEqual([
      "0:footwear:-",
      "1:running-shoes:Footwear",
      "1:hiking-boots:Footwear",
      "0:apparel:-",
      "1:t-shirts:Apparel",
    ]);
  });

  it("matches names by any of each word's alternatives, best match first", () => {
    expect(matchCategories(flat, [["running"], ["shoe"]]).map((c) => c.slug)).toEqual(["running-shoes"]);
    expect(matchCategories(flat, [["boot"]]).map((c) => c.slug)).toEqual(["hiking-boots"]);
    expect(matchCategories(flat, [["tshirt", "tee"]]).map((c) => c.slug)).toEqual(["t-shirts"]);
    expect(matchCategories(flat, [["lamp"]])).toEqual([]);
    expect(matchCategories(flat, [])).toEqual([]);
  });
});
