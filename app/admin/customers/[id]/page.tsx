import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { AdminPage } from "@/components/admin/admin-page";
import { CustomerOrders } from "@/components/admin/customer-orders";
import { getCustomer } from "@/lib/admin";
import { requireStaff } from "@/lib/auth";
import { setStaffRoleAction } from "../actions";
import { formatDate } from "@/lib/format";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  const viewer = await requireStaff("/admin/customers");
  const data = await getCustomer((await params).id);
  if (!data) notFound();
  const { user, orders, addresses } = data;
  return (
    <AdminPage
      title={user.name ?? user.email}
      description={`${user.email} · ${user.role} · joined ${formatDate(user.createdAt, { timeZone })}${user.emailVerified ? "" : " · email not verified"}`}
      actions={
        viewer.role === "admin" && user.role !== "admin" ? (
          <ActionButton
            action={setStaffRoleAction}
            fields={{ userId: user.id, role: user.role === "staff" ? "customer" : "staff" }}
            label={user.role === "staff" ? "Make a customer again" : "Make staff"}
          />
        ) : undefined
      }
    >
      <section aria-labelledby="orders">
        <h2 id="orders" className="text-lg font-semibold">
          Orders
        </h2>
        <CustomerOrders orders={orders} timeZone={timeZone} caption="Orders by this customer" />
      </section>
      <section aria-labelledby="addresses" className="mt-8">
        <h2 id="addresses" className="text-lg font-semibold">
          Addresses
        </h2>
        {addresses.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">
            No saved addresses: they appear here when this customer saves one in their account.
          </p>
        ) : (
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {addresses.map((a) => (
              <li key={a.id} className="rounded-md border border-gray-200 p-3 text-sm">
                {a.isDefault && <p className="font-semibold">Default</p>}
                <address className="not-italic">
                  {[a.fullName, a.company, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country, a.phone]
                    .filter(Boolean)
                    .join(", ")}
                </address>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AdminPage>
  );
}
