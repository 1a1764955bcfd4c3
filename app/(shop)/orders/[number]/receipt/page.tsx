import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AddressBlock } from "@/components/orders/address-block";
import { OrderDate } from "@/components/orders/format-date";
import { LineItems } from "@/components/orders/line-items";
import { PrintButton } from "@/components/orders/print-button";
import { orderFigures, Totals } from "@/components/orders/totals";
import { ShopMain } from "@/components/shop-main";
import { formatMoney } from "@/lib/money";
import { getOrderForViewer, orderPath, paymentMethodLabels } from "@/lib/orders";
import { getSettings } from "@/lib/settings";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

// The printable receipt of a paid order, for its buyer only (same rule as the order page).

export const metadata: Metadata = {
  title: "Receipt",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Printing shows the receipt alone: the store's header, navigation and footer stay on screen.
const printCss =
  "@media print { body > :not(main) { display: none !important; } main { max-width: none !important; padding: 0 !important; } }";

export default async function ReceiptPage({ params, searchParams }: Props) {
  await connection();
  const { number } = await params;
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const view = await getOrderForViewer(number, token);
  if (!view) notFound();
  const { order, lines, payment } = view;
  const back = orderPath(order.number, token);

  if (!order.paidAt || payment?.status !== "succeeded") {
    return (
      <ShopMain>
        <div className="mx-auto max-w-3xl py-8">
          <h1 className="text-2xl font-bold text-gray-950">Receipt for order {order.number}</h1>
          <p className="mt-4 text-gray-800">A receipt is available once the order is paid.</p>
          <Link href={back} className="mt-4 inline-block font-medium underline">
            Back to your order
          </Link>
        </div>
      </ShopMain>
    );
  }

  const store = await getSettings("store");
  const a = store.address;
  const storeLines = [
    a.line1,
    a.line2,
    [a.postalCode, a.city].filter(Boolean).join(" "),
    [a.region, a.line1 ? a.country : ""].filter(Boolean).join(", "),
  ].filter(Boolean);
  const rows: [string, React.ReactNode][] = [
    ["Order number", order.number],
    ["Order date", <OrderDate key="placed" date={order.createdAt} timeZone={store.timeZone} />],
    ["Paid on", <OrderDate key="paid" date={order.paidAt} withTime timeZone={store.timeZone} />],
    ["Payment method", paymentMethodLabels[order.paymentMethod]],
    ["Payment reference", payment.reference ?? order.number],
    ["Amount paid", formatMoney({ amount: order.totalAmount, currency: order.currency })],
  ];
  return (
    <ShopMain>
      <style>{printCss}</style>
      <article className="mx-auto max-w-3xl py-8 print:py-0" aria-labelledby="receipt-heading">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold tracking-wide text-gray-700 uppercase">{store.name}</p>
            <h1 id="receipt-heading" className="text-3xl font-bold tracking-tight text-gray-950">
              Receipt
            </h1>
          </div>
          <PrintButton />
        </div>
        <address className="mt-4 text-sm text-gray-700 not-italic" data-testid="receipt-seller">
          {storeLines.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
          <span className="block">{store.contactEmail}</span>
          {store.taxId && <span className="block">Tax id: {store.taxId}</span>}
        </address>
        <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm" data-testid="receipt-details">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-gray-700">{label}</dt>
              <dd className="font-medium text-gray-950">{value}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="receipt-items" className="mt-8">
          <h2 id="receipt-items" className="text-lg font-semibold text-gray-950">
            Items
          </h2>
          <LineItems
            currency={order.currency}
            lines={lines.map((l) => ({
              key: l.id,
              name: l.productName,
              variant: l.variantTitle,
              sku: l.sku,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              total: l.lineSubtotal,
            }))}
          />
        </section>
        <div className="mt-6 ml-auto max-w-sm">
          <Totals testIdPrefix="receipt" figures={orderFigures(order)} />
        </div>
        <section aria-labelledby="receipt-address" className="mt-8">
          <h2 id="receipt-address" className="text-lg font-semibold text-gray-950">
            Delivered to
          </h2>
          <div className="mt-2">
            <AddressBlock address={order.shippingAddress} />
          </div>
        </section>
        <Link href={back} className="mt-8 inline-block text-sm font-medium underline print:hidden">
          Back to your order
        </Link>
      </article>
    </ShopMain>
  );
}
