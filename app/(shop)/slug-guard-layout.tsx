import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * A [slug] segment's layout that 404s when `find` knows no such slug. The check runs here,
 * above the segment's loading.tsx, so an unknown slug is a real 404: once the loading
 * skeleton streams, the status is already 200. `find` is the page's own cached read.
 */
export function slugGuardLayout(find: (slug: string) => Promise<unknown>) {
  return async function SlugGuardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
    await connection();
    const { slug } = await params;
    if (!(await find(slug))) notFound();
    return children;
  };
}
