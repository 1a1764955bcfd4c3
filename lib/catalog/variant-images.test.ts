import { describe, expect, it } from "vitest";
import { imagesForVariant } from "./variant-images";

const image = (url: string, variantIds: number[] = []) => ({ url, alt: url, width: 1, height: 1, variantIds });

describe("imagesForVariant", () => {
  const images = [image("all"), image("grey", [3, 4]), image("black", [1, 2]), image("black-2", [1])];

  it("puts the chosen variant's photos first, in their order, then the rest", () => {
    expect(imagesForVariant(images, 1).map((i) => i.url)).toEqual(["black", "black-2", "all", "grey"]);
    expect(imagesForVariant(images, 4).map((i) => i.url)).toEqual(["grey", "all", "black", "black-2"]);
  });

  it("keeps the product's order without a variant or for one without photos of its own", () => {
    expect(imagesForVariant(images, undefined)).toEqual(images);
    expect(imagesForVariant(images, 9)).toEqual(images);
  });
});
