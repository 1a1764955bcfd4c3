import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderDetail } from "@/components/orders/order-detail";
import { requireUser } from "@/lib/auth";
import { getAccountOrder, orderPath } from "@/lib/orders";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Order" };

type Props = { params: Promise<{ number: string }> };

// The owner's view of one order. Another account's order (or none) is the same 404.
export default async function AccountOrderPage({ params }: Props) {
  const { number } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(number)}`);
  const view = await getAccountOrder(user.id, number);
  if (!view) notFound();
  const { timeZone } = await getSettings("store");
  const awaitingCard = view.order.paymentMethod === "stripe" && view.order.status === "awaiting_payment";
  return (
    <section aria-labelledby="order-title" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="order-title" className="text-xl font-semibold text-gray-950">
          Order {view.order.number}
        </h2>
        <Link href="/account/orders" className="text-sm font-medium underline">
          All orders
        </Link>
      </div>
      <OrderDetail
        view={view}
        timeZone={timeZone}
        paymentSlot={
          awaitingCard ? (
            <Link
              // A guest order (shown here once the account's email was verified) opens by its token.
              href={orderPath(view.order.number, view.order.userId ? undefined : view.order.accessToken)}
              className="mt-4 inline-block text-sm font-medium underline"
            >
              Pay for or cancel this order
            </Link>
          ) : null
        }
      />
    </section>
  );
}
