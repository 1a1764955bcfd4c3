import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { ReviewsSettingsForm } from "@/components/admin/settings/reviews-form";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { getSettingsForStaff } from "@/lib/admin";
import { saveReviewSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewSettingsPage() {
  await connection();
  const { settings, canEdit } = await getSettingsForStaff("reviews");
  return (
    <AdminPage title="Reviews" description="Whether shoppers' reviews show at once or wait for a moderator.">
      {!canEdit && <SettingsReadOnlyNote />}
      <ReviewsSettingsForm action={saveReviewSettingsAction} settings={settings} canEdit={canEdit} />
    </AdminPage>
  );
}
