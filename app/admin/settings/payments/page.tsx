import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { PaymentsForm } from "@/components/admin/settings/payments-form";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { getSettingsForStaff } from "@/lib/admin";
import { stripeSettings } from "@/lib/stripe";
import { savePaymentSettingsAction } from "../actions";

export const metadata: Metadata = { title: "Payments" };

export default async function PaymentSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("payments");
  return (
    <AdminPage title="Payments" description="How shoppers can pay, and where bank transfers go.">
      {!canEdit && <SettingsReadOnlyNote />}
      <PaymentsForm
        action={savePaymentSettingsAction}
        settings={settings}
        stripeConfigured={stripeSettings() !== null}
        canEdit={canEdit}
      />
    </AdminPage>
  );
}
