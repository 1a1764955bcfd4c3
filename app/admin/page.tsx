import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

// A placeholder start page for staff; the admin work builds the dashboard here.
export default async function AdminHome() {
  const user = await requireStaff("/admin");
  return (
    <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-10 sm:px-6 lg:px-8">
      <h1 className="text-2xl font-bold tracking-tight text-gray-950">Store admin</h1>
      <p className="mt-2 text-gray-700">
        Signed in as {user.email} ({user.role}).
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>
          <Link href="/admin/emails" className="font-medium text-brand-700 underline">
            Sent email
          </Link>
        </li>
      </ul>
    </main>
  );
}
