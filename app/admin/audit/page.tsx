import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/admin";
import { formatDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string; entity?: string; id?: string }>;
}) {
  await connection();
  const { timeZone } = await getSettings("store");
  const p = await searchParams;
  const before = Number(p.before);
  const entity = p.entity?.slice(0, 40);
  const rows = await listAuditLog({
    before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    entity,
    entityId: p.id?.slice(0, 100),
  });
  const older = rows.length === AUDIT_PAGE_SIZE ? rows.at(-1)?.id : undefined;
  return (
    <AdminPage title="Audit log" description="Every staff change: who, what, when, and the record before and after.">
      <div className="overflow-x-auto rounded-lg border border-gray-200">
        <table className={tableClass}>
          <caption className="sr-only">Staff changes, newest first</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={thClass}>
                When (UTC)
              </th>
              <th scope="col" className={thClass}>
                Who
              </th>
              <th scope="col" className={thClass}>
                What
              </th>
              <th scope="col" className={thClass}>
                Change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200 bg-white">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className={tdClass}>
                  <time dateTime={r.createdAt.toISOString()}>
                    {formatDateTime(r.createdAt, { seconds: true, timeZone })}
                  </time>
                </td>
                <td className={tdClass}>{r.actorEmail}</td>
                <td className={tdClass}>
                  {r.action}{" "}
                  <Link
                    href={`/admin/audit?entity=${r.entity}&id=${encodeURIComponent(r.entityId)}`}
                    className="underline"
                  >
                    {r.entity} {r.entityId}
                  </Link>
                </td>
                <td className={tdClass}>
                  <details>
                    <summary className="cursor-pointer underline">
                      Before and after
                      <span className="sr-only">
                        {" "}
                        ({r.action} {r.entity} {r.entityId})
                      </span>
                    </summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <pre className="max-h-64 overflow-auto rounded bg-gray-50 p-2 text-xs">
                        {JSON.stringify(r.before, null, 2)}
                      </pre>
                      <pre className="max-h-64 overflow-auto rounded bg-gray-50 p-2 text-xs">
                        {JSON.stringify(r.after, null, 2)}
                      </pre>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {older && (
        <Link
          href={`/admin/audit?${new URLSearchParams({ before: String(older), ...(entity ? { entity } : {}), ...(p.id ? { id: p.id } : {}) })}`}
          className="mt-4 inline-block text-sm font-medium underline"
        >
          Older entries
        </Link>
      )}
    </AdminPage>
  );
}
