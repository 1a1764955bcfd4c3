import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { rowId } from "@/lib/admin";
import { getSettings } from "@/lib/settings";
import { listTexts, TEXTS_PAGE_SIZE } from "@/lib/sms";
import { StatusBadge, Timestamp } from "../emails/status-badge";
import { EmptyList } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Sent texts", robots: { index: false, follow: false } };

// Beside /admin/emails, but staff-only in every mode (listTexts checks), and numbers masked.
export default async function TextsPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await connection();
  const cursor = rowId((await searchParams).before) ?? undefined;
  const [texts, { timeZone }] = await Promise.all([listTexts({ before: cursor }), getSettings("store")]);
  const older = texts.length === TEXTS_PAGE_SIZE ? texts.at(-1)?.id : undefined;

  return (
    <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-gray-950">Sent texts</h1>
          <p className="mt-1 text-sm text-gray-700">
            Shipping and delivery texts to shoppers who asked for them, newest first. Numbers show their last three
            digits.
          </p>
        </div>
        <Link href="/admin/emails" className="text-sm font-semibold text-brand-700 hover:underline">
          Sent email
        </Link>
      </div>

      {texts.length === 0 ? (
        <EmptyList>
          No texts yet. They are sent when an order whose shopper opted in at checkout ships or is delivered.
        </EmptyList>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className="min-w-full divide-y divide-gray-200 text-left text-sm">
            <caption className="sr-only">Sent texts, newest first</caption>
            <thead className="bg-gray-50 text-gray-700">
              <tr>
                {["Time", "To", "Message", "Template", "Status"].map((heading) => (
                  <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {texts.map((text) => (
                <tr key={text.id} className="align-top">
                  <td className="whitespace-nowrap px-4 py-3 text-gray-700">
                    <Timestamp value={text.createdAt} timeZone={timeZone} />
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 font-mono text-gray-900">{text.to}</td>
                  <td className="max-w-md px-4 py-3 text-gray-900">
                    {text.body}
                    {text.error ? <p className="mt-1 text-xs text-red-800">{text.error}</p> : null}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-gray-700">
                    {text.template}
                    <span className="block text-gray-500">via {text.provider}</span>
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={text.status} />
                    {text.attempts > 1 ? <span className="ml-1 text-xs text-gray-600">×{text.attempts}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Sent text pages" className="mt-6 flex gap-4 text-sm font-semibold">
        {cursor ? (
          <Link href="/admin/texts" className="text-brand-700 hover:underline">
            Newest
          </Link>
        ) : null}
        {older ? (
          <Link href={`/admin/texts?before=${older}`} className="text-brand-700 hover:underline">
            Older texts
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
