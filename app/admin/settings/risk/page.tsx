import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { getSettingsForStaff } from "@/lib/admin";
import { saveRiskSettingsAction } from "./actions";
import { RiskSettingsForm } from "./risk-form";

export const metadata: Metadata = { title: "Risk" };

export default async function RiskSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("risk");
  return (
    <AdminPage title="Risk" description="When an order is marked risky, and when it waits for staff before it ships.">
      {!canEdit && <SettingsReadOnlyNote />}
      <RiskSettingsForm action={saveRiskSettingsAction} settings={settings} canEdit={canEdit} />
    </AdminPage>
  );
}
