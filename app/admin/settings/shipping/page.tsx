import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { LiveRatesNote } from "@/components/admin/settings/live-rates-note";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { ShippingForm } from "@/components/admin/settings/shipping-form";
import { getSettingsForStaff } from "@/lib/admin";
import { liveRatesSetup } from "@/lib/carriers";
import { env } from "@/lib/env";
import { saveShippingSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Shipping" };

export default async function ShippingSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("shipping");
  const liveRates = liveRatesSetup((await getSettingsForStaff("store")).settings);
  return (
    <AdminPage title="Shipping" description="Where you ship, by which methods, and what each costs.">
      {!canEdit && <SettingsReadOnlyNote />}
      {liveRates && <LiveRatesNote setup={liveRates} />}
      <ShippingForm
        action={saveShippingSettingsAction}
        settings={settings}
        currency={env.STORE_CURRENCY}
        canEdit={canEdit}
      />
    </AdminPage>
  );
}
