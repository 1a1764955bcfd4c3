import type { Metadata } from "next";
import Link from "next/link";
import { AccountSection } from "@/components/account/section";
import { OrderHistory } from "@/components/orders/order-history";
import { requireUser } from "@/lib/auth";
import { listOrdersForUser } from "@/lib/orders";

export const metadata: Metadata = { title: "Orders" };

export default async function AccountOrdersPage() {
  const user = await requireUser("/account/orders");
  const orders = await listOrdersForUser(user.id);
  return (
    <AccountSection id="orders" title="Orders">
      {orders.length === 0 ? (
        <p className="text-gray-700">
          You have not placed an order yet.{" "}
          <Link href="/" className="font-medium text-gray-950 underline">
            Start shopping
          </Link>
        </p>
      ) : (
        <OrderHistory orders={orders} />
      )}
    </AccountSection>
  );
}
