import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { InlineForm } from "@/components/admin/inline-form";
import { TextField } from "@/components/ui/form-controls";
import { inputClass } from "@/components/ui/field-ids";
import { getAdminProduct, listLowStock, listStockHistory, rowId } from "@/lib/admin";
import { adjustStockAction } from "./actions";
import { formatDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";
import { EmptyList } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Stock" };

type Row = { variantId: number; sku: string; title: string; stock: number; productId: number; productName: string };

export default async function StockPage({
  searchParams,
}: {
  searchParams: Promise<{ threshold?: string; product?: string; variant?: string }>;
}) {
  await connection();
  const { timeZone } = await getSettings("store");
  const params = await searchParams;
  const threshold = Math.min(
    10_000,
    Math.max(0, Number.parseInt(params.threshold ?? String(env.LOW_STOCK_THRESHOLD), 10) || 0),
  );
  const productId = rowId(params.product);
  const product = productId === null ? null : await getAdminProduct(productId);
  const rows: Row[] = product
    ? product.variants.map((v) => ({
        variantId: v.id,
        sku: v.sku,
        title: v.title,
        stock: v.stock,
        productId: product.product.id,
        productName: product.product.name,
      }))
    : await listLowStock(threshold);
  const variantId = rowId(params.variant);
  const history = variantId === null ? null : await listStockHistory(variantId);
  // One per page render: the same form posted twice applies once (lib/admin/stock.ts).
  const formKey = randomUUID();

  return (
    <AdminPage
      title={product ? `Stock: ${product.product.name}` : "Low stock"}
      description={
        product
          ? "Every change needs a reason and is kept in the history."
          : `Variants with ${threshold} or fewer in stock (archived products left out).`
      }
    >
      {!product && (
        <form className="flex items-end gap-3">
          <div>
            <label htmlFor="threshold" className="block text-sm font-medium text-gray-900">
              Threshold
            </label>
            <input
              id="threshold"
              name="threshold"
              type="number"
              min={0}
              max={10000}
              defaultValue={threshold}
              className={inputClass}
            />
          </div>
          <button
            type="submit"
            className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold hover:bg-gray-50"
          >
            Show
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <EmptyList>Nothing is low on stock.</EmptyList>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Variants and their stock</caption>
            <thead className="bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className={thClass}>
                  Variant
                </th>
                <th scope="col" className={thClass}>
                  In stock
                </th>
                <th scope="col" className={thClass}>
                  Adjust
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map((r) => (
                <tr key={r.variantId}>
                  <td className={tdClass}>
                    <Link href={`/admin/products/${r.productId}`} className="font-medium underline">
                      {r.productName}
                    </Link>
                    <div className="text-xs text-gray-600">
                      {r.sku} · {r.title}
                    </div>
                    <Link
                      href={`/admin/stock?${new URLSearchParams({ ...(product ? { product: String(r.productId) } : { threshold: String(threshold) }), variant: String(r.variantId) })}`}
                      className="text-xs underline"
                    >
                      History<span className="sr-only"> of {r.sku}</span>
                    </Link>
                  </td>
                  <td className={tdClass}>{r.stock}</td>
                  <td className={tdClass}>
                    <InlineForm
                      action={adjustStockAction}
                      idScope={`stock-${r.variantId}`}
                      clearOnSuccess
                      submitLabel={
                        <>
                          Apply<span className="sr-only"> to {r.sku}</span>
                        </>
                      }
                    >
                      <input type="hidden" name="variantId" value={r.variantId} />
                      <input type="hidden" name="formKey" value={formKey} />
                      <TextField name="delta" label="Change (+/−)" type="number" required />
                      <TextField name="reason" label="Reason" required minLength={3} maxLength={300} />
                    </InlineForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history && (
        <section aria-labelledby="history-heading" className="mt-8">
          <h2 id="history-heading" className="text-lg font-semibold">
            Stock history
          </h2>
          {history.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">No adjustments yet.</p>
          ) : (
            <ol className="mt-2 space-y-1 text-sm">
              {history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.createdAt.toISOString()}>{formatDateTime(h.createdAt, { timeZone })}</time>:{" "}
                  {h.delta > 0 ? `+${h.delta}` : h.delta} → {h.stockAfter} ({h.reason})
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </AdminPage>
  );
}
