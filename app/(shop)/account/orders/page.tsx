import type { Metadata } from "next";
import Link from "next/link";
import { AccountSection } from "@/components/account/section";
import { OrderHistory } from "@/components/orders/order-history";
import { getProfile } from "@/lib/account";
import { requireUser } from "@/lib/auth";
import { listOrdersForUser } from "@/lib/orders";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Orders" };

export default async function AccountOrdersPage() {
  const user = await requireUser("/account/orders");
  const [orders, profile, { timeZone }] = await Promise.all([
    listOrdersForUser(user.id),
    getProfile(user.id),
    getSettings("store"),
  ]);
  return (
    <AccountSection id="orders" title="Orders">
      {profile && !profile.emailVerified && (
        // Guest orders join the history only after verification (lib/orders/queries.ts).
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Orders you placed as a guest with {profile.email} appear here once you{" "}
          <Link href="/account" className="font-medium underline">
            confirm your email address
          </Link>
          .
        </p>
      )}
      {orders.length === 0 ? (
        <p className="text-gray-700">
          You have not placed an order yet.{" "}
          <Link href="/" className="font-medium text-gray-950 underline">
            Start shopping
          </Link>
        </p>
      ) : (
        <OrderHistory orders={orders} timeZone={timeZone} />
      )}
    </AccountSection>
  );
}
