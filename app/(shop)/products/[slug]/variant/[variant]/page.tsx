import type { Metadata } from "next";
import { ProductDetailPage, productMetadata } from "../../product-detail-page";

// /products/[slug]?variant=… lands here (a rewrite in next.config): one cached page per variant.

type Props = { params: Promise<{ slug: string; variant: string }> };

export function generateStaticParams() {
  return [{ slug: "-", variant: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).slug);
}

export default async function ProductVariantPage({ params }: Props) {
  const { slug, variant } = await params;
  return <ProductDetailPage slug={slug} variantParam={variant} />;
}
