import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { DiscountForm } from "@/components/admin/discount-form";
import { requireStaff } from "@/lib/auth";
import { saveDiscountAction } from "../actions";

export const metadata: Metadata = { title: "New discount" };

export default async function NewDiscountPage() {
  await connection();
  await requireStaff("/admin/discounts/new");
  return (
    <AdminPage title="New discount code">
      <DiscountForm
        action={saveDiscountAction}
        defaults={{
          id: null,
          code: "",
          description: "",
          kind: "percentage",
          value: "",
          minSubtotal: "",
          startsAt: "",
          endsAt: "",
          usageLimit: "",
          perCustomerLimit: "",
          active: true,
        }}
      />
    </AdminPage>
  );
}
