import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { type CategoryChoice, HomeForm } from "@/components/admin/settings/home-form";
import { SettingsReadOnlyNote } from "@/components/admin/settings/settings-nav-readonly";
import { getSettingsForStaff } from "@/lib/admin";
import { type CategoryNode, getNavigation } from "@/lib/catalog";
import { settingsImageUrl } from "@/lib/settings";
import { saveHomeSettingsAction } from "../actions";

export const metadata: Metadata = { title: "Home page" };

function choices(nodes: CategoryNode[], prefix = ""): CategoryChoice[] {
  return nodes.flatMap((node) => [
    { slug: node.slug, label: `${prefix}${node.name}` },
    ...choices(node.children, `${prefix}${node.name} › `),
  ]);
}

export default async function HomeSettingsPage() {
  await connection();
  const [{ settings, canEdit }, tree] = await Promise.all([getSettingsForStaff("home"), getNavigation()]);
  return (
    <AdminPage title="Home page" description="The hero shoppers see first and the products it features.">
      {!canEdit && <SettingsReadOnlyNote />}
      <HomeForm
        action={saveHomeSettingsAction}
        settings={settings}
        heroImageUrl={settings.heroImage ? settingsImageUrl(settings.heroImage) : null}
        categories={choices(tree)}
        canEdit={canEdit}
      />
    </AdminPage>
  );
}
