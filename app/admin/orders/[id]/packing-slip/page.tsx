import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PrintButton } from "@/components/orders/print-button";
import { getPackingSlip, rowId } from "@/lib/admin";
import { lineLabel } from "@/lib/orders";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Packing slip" };

// Printed, the admin header and navigation go; only the slip is on the paper.
const printCss = "@media print { header, nav, [role='note'] { display: none !important; } @page { margin: 1.5cm; } }";

/** What goes in the parcel and where it goes: no prices. Refunded quantities are not packed. */
export default async function PackingSlipPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = rowId((await params).id);
  if (id === null) notFound();
  const slip = await getPackingSlip(id);
  if (!slip) notFound();
  const { order, lines } = slip;
  const store = await getSettings("store");
  const a = order.shippingAddress;
  const packed = lines.map((l) => ({ ...l, toPack: l.quantity - l.refundedQuantity })).filter((l) => l.toPack > 0);
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 print:max-w-none print:p-0">
      <style>{printCss}</style>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/admin/orders/${order.id}`} className="text-sm font-medium underline">
          Back to order {order.number}
        </Link>
        <PrintButton label="Print packing slip" />
      </div>
      <article aria-labelledby="slip-heading" className="space-y-6 text-gray-950">
        <div className="flex flex-wrap items-start justify-between gap-4 border-b border-gray-300 pb-4">
          <div>
            <p className="text-lg font-bold">{store.name}</p>
            <h1 id="slip-heading" className="text-2xl font-semibold">
              Packing slip · Order {order.number}
            </h1>
          </div>
          <p className="text-sm">Shipping: {order.shippingMethodLabel}</p>
        </div>
        <section aria-labelledby="ship-to">
          <h2 id="ship-to" className="text-sm font-semibold tracking-wide text-gray-700 uppercase">
            Ship to
          </h2>
          <address className="mt-1 not-italic">
            {[a.fullName, a.company, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country, a.phone]
              .filter(Boolean)
              .map((part, i) => (
                <span key={i} className="block">
                  {part}
                </span>
              ))}
          </address>
        </section>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Items to pack</caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-4">
                Item
              </th>
              <th scope="col" className="py-2 pr-4">
                SKU
              </th>
              <th scope="col" className="py-2 text-right">
                Quantity
              </th>
            </tr>
          </thead>
          <tbody>
            {packed.map((l) => (
              <tr key={l.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{lineLabel(l)}</td>
                <td className="py-2 pr-4 font-mono">{l.sku}</td>
                <td className="py-2 text-right text-base font-semibold">{l.toPack}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {packed.length === 0 && <p>Every item on this order was refunded: nothing to pack.</p>}
      </article>
    </main>
  );
}
