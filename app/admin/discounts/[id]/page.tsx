import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { DiscountForm } from "@/components/admin/discount-form";
import { discountStatusLabels, getDiscount, rowId } from "@/lib/admin";
import { toDecimalString } from "@/lib/catalog";
import { env } from "@/lib/env";
import { saveDiscountAction } from "../actions";

export const metadata: Metadata = { title: "Discount" };

export default async function DiscountPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = rowId((await params).id);
  if (id === null) notFound();
  const d = await getDiscount(id);
  if (!d) notFound();
  const currency = d.currency ?? env.STORE_CURRENCY;
  return (
    <AdminPage
      title={`Discount ${d.code}`}
      description={`${discountStatusLabels[d.status]} · used ${d.usedCount}${d.usageLimit !== null ? ` of ${d.usageLimit}` : ""} times.`}
    >
      <DiscountForm
        key={d.updatedAt.toISOString()}
        action={saveDiscountAction}
        defaults={{
          id: d.id,
          code: d.code,
          description: d.description,
          kind: d.kind,
          value:
            d.kind === "percentage"
              ? String((d.percentBasisPoints ?? 0) / 100)
              : toDecimalString({ amount: d.amountOff ?? 0, currency }),
          minSubtotal: d.minSubtotal ? toDecimalString({ amount: d.minSubtotal, currency }) : "",
          startsAt: d.startsAt?.toISOString().slice(0, 10) ?? "",
          endsAt: d.endsAt?.toISOString().slice(0, 10) ?? "",
          usageLimit: d.usageLimit === null ? "" : String(d.usageLimit),
          perCustomerLimit: d.perCustomerLimit === null ? "" : String(d.perCustomerLimit),
          active: d.active,
        }}
      />
    </AdminPage>
  );
}
