import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { StoreForm } from "@/components/admin/settings/store-form";
import { getSettingsForStaff } from "@/lib/admin";
import { settingsImageUrl } from "@/lib/settings";
import { saveStoreSettingsAction } from "../actions";

export const metadata: Metadata = { title: "Store" };

export default async function StoreSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("store");
  return (
    <AdminPage
      title="Store"
      description="The name, logo and details shoppers see in the header, on receipts and in emails."
    >
      {!canEdit && <SettingsReadOnlyNote />}
      <StoreForm
        action={saveStoreSettingsAction}
        settings={settings}
        logoUrl={settings.logoPath ? settingsImageUrl(settings.logoPath) : null}
        faviconUrl={settingsImageUrl(settings.faviconPath)}
        canEdit={canEdit}
        zones={Intl.supportedValuesOf("timeZone")}
      />
    </AdminPage>
  );
}
