import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getCategoryBySlug } from "@/lib/catalog";

// The existence check runs here, above this segment's loading.tsx, so an unknown slug is
// a real 404: once the loading skeleton streams, the status is already 200.
export default async function CategoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  await connection();
  const { slug } = await params;
  if (!(await getCategoryBySlug(slug))) notFound();
  return children;
}
