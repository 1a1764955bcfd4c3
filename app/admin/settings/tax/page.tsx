import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { TaxForm } from "@/components/admin/settings/tax-form";
import { getSettingsForStaff } from "@/lib/admin";
import { saveTaxSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Tax" };

export default async function TaxSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("tax");
  return (
    <AdminPage title="Tax" description="Tax rates by country and region, and whether your prices include them.">
      {!canEdit && <SettingsReadOnlyNote />}
      <TaxForm action={saveTaxSettingsAction} settings={settings} canEdit={canEdit} />
    </AdminPage>
  );
}
