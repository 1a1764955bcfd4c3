import type { Db } from "@/db";
import { categories, productImages, products, productVariants } from "@/db/schema";

// A small catalog with known prices, stock and dates for tests/catalog-*.test.ts:
//
//   outdoor ─┬─ camping ── tents        home ── kitchen
//            └─ hiking
//
// Only the five active products with variants should ever appear in the storefront.

type VariantSeed = {
  sku: string;
  price: number;
  stock: number;
  compareAt?: number;
  position: number;
  options?: Record<string, string>;
};
type ProductSeed = {
  slug: string;
  name: string;
  category: string;
  status?: "draft" | "active" | "archived";
  featured?: boolean;
  createdAt: string;
  variants: VariantSeed[];
  images?: { path: string; position: number }[];
};

const productSeeds: ProductSeed[] = [
  {
    slug: "ridge-tent",
    name: "Ridge Tent",
    category: "tents",
    featured: true,
    createdAt: "2024-01-01T00:00:00Z",
    variants: [
      // Inserted out of display order so ordering by position is really tested.
      { sku: "TENT-3P", price: 25000, stock: 3, position: 1, options: { Size: "3P" } },
      { sku: "TENT-2P", price: 20000, stock: 0, compareAt: 22000, position: 0, options: { Size: "2P" } },
    ],
    images: [
      { path: "products/ridge-tent-2.webp", position: 1 },
      { path: "products/ridge-tent-1.webp", position: 0 },
    ],
  },
  {
    slug: "camp-stove",
    name: "Camp Stove",
    category: "camping",
    featured: true,
    createdAt: "2024-03-01T00:00:00Z",
    variants: [{ sku: "STOVE-1", price: 5000, stock: 10, compareAt: 6000, position: 0 }],
  },
  {
    slug: "summit-boots",
    name: "Summit Boots",
    category: "hiking",
    createdAt: "2024-02-01T00:00:00Z",
    variants: [{ sku: "BOOT-42", price: 12000, stock: 0, position: 0 }],
  },
  {
    slug: "day-pack",
    name: "Day Pack",
    category: "outdoor",
    createdAt: "2024-04-01T00:00:00Z",
    variants: [{ sku: "PACK-1", price: 8000, stock: 1, position: 0 }],
  },
  {
    slug: "skillet",
    name: "Skillet",
    category: "kitchen",
    createdAt: "2024-05-01T00:00:00Z",
    variants: [{ sku: "PAN-1", price: 3000, stock: 5, position: 0 }],
  },
  {
    slug: "draft-lantern",
    name: "Draft Lantern",
    category: "camping",
    status: "draft",
    featured: true,
    createdAt: "2024-06-01T00:00:00Z",
    variants: [{ sku: "LANTERN-1", price: 1000, stock: 9, position: 0 }],
  },
  {
    slug: "archived-stove",
    name: "Archived Stove",
    category: "camping",
    status: "archived",
    createdAt: "2024-06-02T00:00:00Z",
    variants: [{ sku: "OLD-STOVE", price: 1500, stock: 9, position: 0 }],
  },
];

export async function insertCatalogFixture(db: Db): Promise<void> {
  const ids = new Map<string, number>();
  const addCategory = async (slug: string, name: string, parent: string | null, position: number) => {
    const [row] = await db
      .insert(categories)
      .values({ slug, name, parentId: parent ? ids.get(parent)! : null, position, description: `All ${name}` })
      .returning({ id: categories.id });
    ids.set(slug, row!.id);
  };
  await addCategory("outdoor", "Outdoor", null, 0);
  await addCategory("home", "Home", null, 1);
  await addCategory("hiking", "Hiking", "outdoor", 1);
  await addCategory("camping", "Camping", "outdoor", 0);
  await addCategory("tents", "Tents", "camping", 0);
  await addCategory("kitchen", "Kitchen", "home", 0);

  for (const seed of productSeeds) {
    const [product] = await db
      .insert(products)
      .values({
        slug: seed.slug,
        name: seed.name,
        brand: "Northwind",
        description: `About ${seed.name}`,
        specifications: [
          { name: "Weight", value: "1 kg" },
          { name: "Material", value: "Nylon" },
        ],
        status: seed.status ?? "active",
        featured: seed.featured ?? false,
        categoryId: ids.get(seed.category)!,
        createdAt: new Date(seed.createdAt),
        updatedAt: new Date(seed.createdAt),
      })
      .returning({ id: products.id });
    await db.insert(productVariants).values(
      seed.variants.map((v) => ({
        productId: product!.id,
        sku: v.sku,
        title: Object.values(v.options ?? {}).join(" / ") || "Default",
        options: v.options ?? {},
        priceAmount: v.price,
        compareAtAmount: v.compareAt ?? null,
        currency: "USD",
        stock: v.stock,
        position: v.position,
      })),
    );
    const images = seed.images ?? [{ path: `products/${seed.slug}.webp`, position: 0 }];
    await db.insert(productImages).values(
      images.map((i) => ({
        productId: product!.id,
        path: i.path,
        alt: `${seed.name} photo ${i.position + 1}`,
        width: 800,
        height: 800,
        position: i.position,
      })),
    );
  }
}
