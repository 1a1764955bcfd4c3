import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { type ProductImage, productImages, products, productVariants } from "@/db/schema";
import { money } from "@/lib/money";
import { queryCategoryTrail } from "./categories";
import { imageUrl, toIso } from "./rows";
import type { ProductDetail, ProductImageDetail, SitemapEntry } from "./types";

/** An active product with its breadcrumb, variants and images in display order; else null. */
export async function queryProductBySlug(db: DbOrTx, slug: string): Promise<ProductDetail | null> {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.status, "active")))
    .limit(1);
  if (!product) return null;

  const [variants, images, trail] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, product.id))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
    product.categoryId === null ? Promise.resolve([]) : queryCategoryTrail(db, product.categoryId),
  ]);

  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    brand: product.brand,
    description: product.description,
    specifications: product.specifications,
    trail,
    variants: variants.map((v) => {
      const currency = v.currency.trim();
      return {
        id: v.id,
        sku: v.sku,
        title: v.title,
        options: v.options,
        price: money(v.priceAmount, currency),
        compareAt: v.compareAtAmount === null ? null : money(v.compareAtAmount, currency),
        stock: v.stock,
      };
    }),
    images: photos(images),
    updatedAt: toIso(product.updatedAt),
  };
}

/** Rows of one upload (one per variant it was assigned to) become one photo listing those variants. */
function photos(rows: ProductImage[]): ProductImageDetail[] {
  const byPath = new Map<string, ProductImageDetail>();
  for (const i of rows) {
    const key = `${i.position}:${i.path}`; // one upload: its file at its place
    const photo = byPath.get(key);
    if (!photo) {
      byPath.set(key, {
        url: imageUrl(i.path),
        alt: i.alt,
        width: i.width,
        height: i.height,
        variantIds: i.variantId === null ? [] : [i.variantId],
      });
    } else if (i.variantId !== null && photo.variantIds.length > 0) photo.variantIds.push(i.variantId);
    else photo.variantIds = []; // also stored for all variants: shown for all
  }
  return [...byPath.values()];
}

export async function queryProductSitemap(db: DbOrTx): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .where(eq(products.status, "active"))
    .orderBy(asc(products.slug));
  return rows.map((r) => ({ slug: r.slug, updatedAt: toIso(r.updatedAt) }));
}
