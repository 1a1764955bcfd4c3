import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getProductBySlug } from "@/lib/catalog";

// The existence check runs here, above this segment's loading.tsx, so an unknown or
// unpublished product is a real 404: once the skeleton streams, the status is already 200.
export default async function ProductLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  await connection();
  const { slug } = await params;
  if (!(await getProductBySlug(slug))) notFound();
  return children;
}
