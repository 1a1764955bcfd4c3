import { describe, expect, it } from "vitest";
import { productJsonLd, serializeJsonLd } from "./structured-data";
import type { ProductDetail } from "./types";

const product: ProductDetail = {
  id: 1,
  slug: "ridge-tent",
  name: "Ridge Tent",
  brand: "Northwind",
  description: "Sleeps two.",
  specifications: [],
  trail: [],
  variants: [
    {
      id: 11,
      sku: "TENT-2P",
      title: "2P",
      options: {},
      price: { amount: 12900, currency: "USD" },
      compareAt: null,
      stock: 0,
    },
    {
      id: 12,
      sku: "TENT-3P",
      title: "3P",
      options: {},
      price: { amount: 15000, currency: "USD" },
      compareAt: null,
      stock: 4,
    },
  ],
  images: [{ url: "/media/products/tent.webp", alt: "Tent", width: 800, height: 800, variantIds: [] }],
  updatedAt: "2024-01-01T00:00:00.000Z",
};

describe("productJsonLd", () => {
  it("describes the shown variant's offer with a decimal price", () => {
    const data = productJsonLd(product, product.variants[0], "https://shop.example");
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Ridge Tent",
      description: "Sleeps two.",
      sku: "TENT-2P",
      image: ["https://shop.example/media/products/tent.webp"],
      brand: { "@type": "Brand", name: "Northwind" },
      offers: {
        "@type": "Offer",
        price: "129.00",
        priceCurrency: "USD",
        availability: "https://schema.org/OutOfStock",
        url: "https://shop.example/products/ridge-tent?variant=11",
      },
    });
    expect(productJsonLd(product, product.variants[1], "https://shop.example").offers?.availability).toBe(
      "https://schema.org/InStock",
    );
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script tag", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
