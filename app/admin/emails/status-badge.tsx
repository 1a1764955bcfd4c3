import type { EmailStatus } from "@/lib/email";
import { formatMediumDateTime } from "@/lib/format";

const styles: Record<EmailStatus, string> = {
  sent: "bg-green-50 text-green-800 ring-green-600/30",
  sending: "bg-amber-50 text-amber-900 ring-amber-600/30",
  failed: "bg-red-50 text-red-800 ring-red-600/30",
};

// The word carries the meaning; the colour only repeats it.
export function StatusBadge({ status }: { status: EmailStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${styles[status]}`}>
      {status}
    </span>
  );
}

export function Timestamp({ value, timeZone }: { value: Date; timeZone: string }) {
  return <time dateTime={value.toISOString()}>{formatMediumDateTime(value, { seconds: true, timeZone })}</time>;
}
