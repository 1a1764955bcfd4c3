import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AccountLinks } from "@/components/visitor/account-links";
import { VisitorProvider } from "@/components/visitor/visitor-provider";
import { getSessionUser, isStaffRole, loginUrl } from "@/lib/auth";
import { env } from "@/lib/env";
import { getSettings } from "@/lib/settings";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin" },
  robots: { index: false, follow: false },
};

/**
 * The staff area: staff and admins only. A visitor is sent to log in; a signed-in customer
 * gets a 404. One exception, in `next dev` only: the layout lets anyone through so the dev
 * mailbox (/admin/emails) can be read without an admin login (docs/architecture.md). That is safe
 * because this layout is not the only guard: every admin page, read and action checks
 * staff itself (requireStaff, staffAction), and the mailbox its canViewMailbox().
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const user = await getSessionUser();
  const staff = Boolean(user && isStaffRole(user.role));
  if (!staff && env.NODE_ENV !== "development") {
    if (!user) redirect(loginUrl("/admin"));
    notFound();
  }
  const store = await getSettings("store");
  const host = (await headers()).get("host");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-gray-200 bg-gray-950 text-white">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
          <div className="flex items-center gap-4">
            <Link href="/admin" className="rounded-md py-1 font-bold">
              {store.name} admin
            </Link>
            <Link href="/" className="rounded-md py-1 text-sm text-gray-300 underline hover:text-white">
              View store
            </Link>
          </div>
          <div className="rounded-md bg-white px-2">
            <VisitorProvider>
              <AccountLinks />
            </VisitorProvider>
          </div>
        </div>
      </header>
      {staff && <AdminNav />}
      {staff && <PublicUrlWarning publicUrl={store.publicUrl} host={host} />}
      {!staff && (
        <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
          Development mode: you are not signed in as staff. Only the mailbox is readable; other admin pages refuse you.
        </p>
      )}
      {children}
    </div>
  );
}

/** Email links use the public URL: warn when it is unset or is not where staff are now. */
function PublicUrlWarning({ publicUrl, host }: { publicUrl: string; host: string | null }) {
  let problem: string | null = null;
  if (!publicUrl) problem = `The store's public URL is not set, so links in emails point to ${env.SITE_URL}.`;
  else if (host && new URL(publicUrl).host !== host)
    problem = `The store's public URL is ${publicUrl}, but you are using ${host}: links in emails point to the public URL.`;
  if (!problem) return null;
  return (
    <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      {problem}{" "}
      <Link href="/admin/settings/store" className="font-semibold underline">
        Check the store settings
      </Link>
    </p>
  );
}
