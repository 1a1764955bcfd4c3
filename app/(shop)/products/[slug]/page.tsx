import type { Metadata } from "next";
import { ProductDetailPage, productMetadata } from "./product-detail-page";

type Props = { params: Promise<{ slug: string }> };

// At least one entry is required; products are rendered on their first request and cached.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).slug);
}

export default async function ProductPage({ params }: Props) {
  return <ProductDetailPage slug={(await params).slug} />;
}
