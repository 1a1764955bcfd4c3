import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, linkButtonClass, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { EmptyList, FilterForm, FilterInput, FilterSelect, optionsOf } from "@/components/admin/list-filters";
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
      <FilterForm
        label="Products"
        after={
          <>
            <Link href="/admin/products/export" className="ml-auto py-2 text-sm font-medium underline" prefetch={false}>
              Export CSV
            </Link>
            <Link href="/admin/products/import" className="py-2 text-sm font-medium underline">
              Import CSV
            </Link>
          </>
        }
      >
        <FilterInput name="q" label="Search name, slug, brand or SKU" value={q} />
        <FilterSelect
          name="status"
          label="Status"
          value={status}
          options={optionsOf(statuses, (s) => (s === "all" ? "All" : s[0]!.toUpperCase() + s.slice(1)))}
        />
        <FilterSelect
          name="category"
          label="Category"
          value={category ? String(category.id) : undefined}
          any="All"
          options={tree.map((c) => ({ value: String(c.id), label: c.path }))}
        />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyList>No products match.</EmptyList>
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
