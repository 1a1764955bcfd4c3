import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { CustomerOrders } from "@/components/admin/customer-orders";
import { getGuestCustomer } from "@/lib/admin";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Guest customer" };

// A guest buyer is an email, not an account: their orders are found by it.
export default async function GuestCustomerPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  const email = (await searchParams).email;
  const guest = typeof email === "string" ? await getGuestCustomer(email.slice(0, 320)) : null;
  if (!guest) notFound();
  return (
    <AdminPage
      title={guest.name || guest.email}
      description={`${guest.email} · guest (checked out without an account)`}
    >
      {guest.accountId && (
        <p className="mb-4 text-sm text-gray-700">
          This email has an account now.{" "}
          <Link href={`/admin/customers/${encodeURIComponent(guest.accountId)}`} className="font-medium underline">
            Open the account
          </Link>
        </p>
      )}
      <section aria-labelledby="orders">
        <h2 id="orders" className="text-lg font-semibold">
          Orders
        </h2>
        <CustomerOrders orders={guest.orders} timeZone={timeZone} caption="Orders placed as a guest with this email" />
      </section>
    </AdminPage>
  );
}
