import type { Metadata } from "next";
import { SettingsNav } from "@/components/admin/settings/settings-nav";

export const metadata: Metadata = { title: { default: "Settings", template: "%s · Settings · Admin" } };

/** The owner's settings: the sections on the side, the section's page beside them. Each page checks staff itself. */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 pt-6 sm:px-6 md:flex-row lg:px-8">
      <aside className="md:w-48 md:shrink-0">
        <p className="mb-2 text-xs font-semibold tracking-wide text-gray-600 uppercase">Settings</p>
        <SettingsNav />
      </aside>
      <div className="flex min-w-0 flex-1 [&>main]:px-0 [&>main]:pt-0">{children}</div>
    </div>
  );
}
