import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, linkButtonClass, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { inputClass } from "@/components/ui/field-ids";
import { Pagination } from "@/components/pagination";
import { listAdminProducts, listCategoryTree, pageNumber, type ProductStatusFilter } from "@/lib/admin";

export const metadata: Metadata = { title: "Products" };

const statuses: ProductStatusFilter[] = ["all", "active", "draft", "archived"];

export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; status?: string; category?: string; page?: string }>;
}) {
  await connection();
  const params = await searchParams;
  const status = statuses.find((s) => s === params.status) ?? "all";
  const page = pageNumber(params.page);
  const q = params.q?.slice(0, 100) ?? "";
  const tree = await listCategoryTree();
  const category = tree.find((c) => String(c.id) === params.category);
  const { rows, total, pageCount } = await listAdminProducts({
    q,
    status,
    page,
    ...(category ? { categoryId: category.id } : {}),
  });
  const hrefFor = (p: number) =>
    `/admin/products?${new URLSearchParams({ ...(q ? { q } : {}), ...(status !== "all" ? { status } : {}), ...(category ? { category: String(category.id) } : {}), page: String(p) })}`;

  return (
    <AdminPage
      title="Products"
      description={`${total} product${total === 1 ? "" : "s"}`}
      actions={
        <Link href="/admin/products/new" className={linkButtonClass}>
          New product
        </Link>
      }
    >
      <form role="search" aria-label="Products" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium text-gray-900">
            Search name, slug, brand or SKU
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-gray-900">
            Status
          </label>
          <select id="status" name="status" defaultValue={status} className={inputClass}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s === "all" ? "All" : s[0]!.toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium text-gray-900">
            Category
          </label>
          <select
            id="category"
            name="category"
            defaultValue={category ? String(category.id) : ""}
            className={inputClass}
          >
            <option value="">All</option>
            {tree.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
        >
          Filter
        </button>
        <Link href="/admin/products/export" className="ml-auto py-2 text-sm font-medium underline" prefetch={false}>
          Export CSV
        </Link>
        <Link href="/admin/products/import" className="py-2 text-sm font-medium underline">
          Import CSV
        </Link>
      </form>
      {rows.length === 0 ? (
        <p className="mt-8 rounded-md border border-dashed border-gray-300 p-8 text-center text-gray-700">
          No products match.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Products, most recently changed first</caption>
            <thead className="bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className={thClass}>
                  Name
                </th>
                <th scope="col" className={thClass}>
                  Status
                </th>
                <th scope="col" className={thClass}>
                  Category
                </th>
                <th scope="col" className={thClass}>
                  Variants
                </th>
                <th scope="col" className={thClass}>
                  Stock
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map((p) => (
                <tr key={p.id}>
                  <td className={tdClass}>
                    <Link href={`/admin/products/${p.id}`} className="font-medium text-gray-950 underline">
                      {p.name}
                    </Link>
                    <div className="text-xs text-gray-600">
                      {p.slug}
                      {p.featured ? " · featured" : ""}
                    </div>
                  </td>
                  <td className={tdClass}>{p.status}</td>
                  <td className={tdClass}>{p.category ?? "—"}</td>
                  <td className={tdClass}>{p.variants}</td>
                  <td className={tdClass}>{p.stock}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </AdminPage>
  );
}
