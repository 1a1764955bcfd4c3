import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { listFailedEvents } from "@/lib/admin";
import { retryEventAction } from "./actions";
import { formatDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";
import { EmptyList } from "@/components/admin/list-filters";

export const metadata: Metadata = { title: "Failed events" };

export default async function FailedEventsPage() {
  await connection();
  const { timeZone } = await getSettings("store");
  const rows = await listFailedEvents();
  return (
    <AdminPage
      title="Failed background events"
      description="Events whose handlers ran out of attempts (emails, search indexing). Fix the cause, then retry: handlers that already succeeded do not run again."
    >
      {rows.length === 0 ? (
        <EmptyList>No failed events.</EmptyList>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Failed events, most recent first</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={thClass}>
                  Event
                </th>
                <th scope="col" className={thClass}>
                  Failed
                </th>
                <th scope="col" className={thClass}>
                  Error
                </th>
                <th scope="col" className={thClass}>
                  Retry
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className={tdClass}>
                    <span className="font-mono">{e.name}</span>
                    <div className="max-w-xs truncate text-xs text-gray-600">{JSON.stringify(e.payload)}</div>
                  </td>
                  <td className={tdClass}>
                    <time dateTime={e.updatedAt.toISOString()}>{formatDateTime(e.updatedAt, { timeZone })}</time>
                    <div className="text-xs text-gray-600">{e.attempts} attempts</div>
                  </td>
                  <td className={tdClass}>
                    <p className="max-w-md break-words">{e.lastError ?? "—"}</p>
                    {e.handlers.length > 0 && (
                      <ul className="mt-1 text-xs text-gray-700">
                        {e.handlers.map((h) => (
                          <li key={h.handler}>
                            {h.handler}: {h.status}
                            {h.lastError ? ` (${h.lastError})` : ""}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className={tdClass}>
                    <ActionButton
                      action={retryEventAction}
                      fields={{ id: e.id }}
                      label={
                        <>
                          Retry<span className="sr-only"> {e.name}</span>
                        </>
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
