import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { canViewMailbox, getEmail, htmlForPreview } from "@/lib/email";
import { StatusBadge, Timestamp } from "../status-badge";
import { rowId } from "@/lib/admin";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Email", robots: { index: false, follow: false } };

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  if (!(await canViewMailbox())) notFound();
  const id = rowId((await params).id);
  const email = id === null ? null : await getEmail(id);
  if (!email) notFound();

  const details: [string, React.ReactNode][] = [
    ["To", email.recipient],
    ["From", email.fromAddress],
    ["Created", <Timestamp key="c" value={email.createdAt} timeZone={timeZone} />],
    ["Sent", email.sentAt ? <Timestamp key="s" value={email.sentAt} timeZone={timeZone} /> : "—"],
    ["Status", <StatusBadge key="st" status={email.status} />],
    ["Template", <code key="t">{email.template}</code>],
    ["Provider", email.providerMessageId ? `${email.provider} (${email.providerMessageId})` : email.provider],
    ["Attempts", String(email.attempts)],
    ["Order", email.orderId ? String(email.orderId) : "—"],
    ["User", email.userId ?? "—"],
    ["Event", email.eventId ? <code key="e">{email.eventId}</code> : "—"],
  ];

  return (
    <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <Link href="/admin/emails" className="text-sm font-semibold text-brand-700 hover:underline">
        ← All sent email
      </Link>
      <h1 className="mt-3 text-2xl font-bold tracking-tight text-gray-950">{email.subject}</h1>

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-gray-700">{label}</dt>
            <dd className="break-all text-gray-900">{value}</dd>
          </div>
        ))}
      </dl>

      {email.error ? (
        <div role="alert" className="mt-6 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">Last error</p>
          <p className="mt-1 break-words">{email.error}</p>
        </div>
      ) : null}

      <section aria-labelledby="html-heading" className="mt-8">
        <h2 id="html-heading" className="text-lg font-semibold text-gray-950">
          As the recipient sees it
        </h2>
        {/* No scripts, no same-origin access: only popups, so links open in a new tab. */}
        <iframe
          title={`Rendered email: ${email.subject}`}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={htmlForPreview(email.html)}
          className="mt-3 h-[70vh] w-full rounded-lg border border-gray-200 bg-white"
        />
      </section>

      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="text-lg font-semibold text-gray-950">
          Plain-text version
        </h2>
        <pre className="mt-3 overflow-x-auto whitespace-pre-wrap rounded-lg border border-gray-200 bg-gray-50 p-4 text-sm text-gray-900">
          {email.text}
        </pre>
      </section>
    </main>
  );
}
