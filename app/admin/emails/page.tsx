import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MAILBOX_PAGE_SIZE, canViewMailbox, listEmails } from "@/lib/email";
import { StatusBadge, Timestamp } from "./status-badge";
import { rowId } from "@/lib/admin";
import { getSettings } from "@/lib/settings";
import { EmptyList } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Sent email", robots: { index: false, follow: false } };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  if (!(await canViewMailbox())) notFound();
  const cursor = rowId((await searchParams).before) ?? undefined;
  const entries = await listEmails({ before: cursor });
  const older = entries.length === MAILBOX_PAGE_SIZE ? entries.at(-1)?.id : undefined;

  return (
    <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-gray-950">Sent email</h1>
          <p className="mt-1 text-sm text-gray-700">Every email the store sent or tried to send, newest first.</p>
        </div>
        <div className="flex items-center gap-4">
          <Link href="/admin/texts" className="text-sm font-semibold text-brand-700 hover:underline">
            Sent texts
          </Link>
          <Link
            href="/admin/emails"
            className="rounded-md border border-gray-300 px-3 py-1.5 text-sm font-semibold text-gray-900 hover:bg-gray-50"
          >
            Refresh
          </Link>
        </div>
      </div>

      {entries.length === 0 ? (
        <EmptyList>
          No email yet. Register, reset a password or place an order and it appears here within seconds.
        </EmptyList>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className="min-w-full divide-y divide-gray-200 text-left text-sm">
            <caption className="sr-only">Sent email, newest first</caption>
            <thead className="bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Time
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Recipient
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Subject
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Template
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {entries.map((email) => (
                <tr key={email.id} className="hover:bg-gray-50">
                  <td className="whitespace-nowrap px-4 py-3 text-gray-700">
                    <Timestamp value={email.createdAt} timeZone={timeZone} />
                  </td>
                  <td className="px-4 py-3 text-gray-900">{email.recipient}</td>
                  <td className="px-4 py-3">
                    <Link
                      href={`/admin/emails/${email.id}`}
                      className="font-medium text-brand-700 underline-offset-2 hover:underline"
                    >
                      {email.subject}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-gray-700">{email.template}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={email.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Mailbox pages" className="mt-6 flex gap-4 text-sm font-semibold">
        {cursor ? (
          <Link href="/admin/emails" className="text-brand-700 hover:underline">
            Newest
          </Link>
        ) : null}
        {older ? (
          <Link href={`/admin/emails?before=${older}`} className="text-brand-700 hover:underline">
            Older email
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
