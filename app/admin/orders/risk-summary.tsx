import type { RiskLevel, RiskReason } from "@/lib/risk";

// The fraud check's result in the order list and on the order page: held orders in red with
// every reason, elevated ones in amber; a normal order shows nothing.

export function RiskSummary({
  held,
  level,
  reasons,
  approved = false,
  detailed = false,
}: {
  held: boolean;
  level: RiskLevel;
  reasons: RiskReason[];
  approved?: boolean;
  detailed?: boolean;
}) {
  if (level === "normal") return null;
  const title = held
    ? "Held for a risk review"
    : approved
      ? "High risk, approved by staff"
      : `${level === "high" ? "High" : "Elevated"} risk`;
  const tone = held ? "text-red-800" : "text-amber-800";
  const box = detailed ? `rounded-md px-3 py-2 text-sm ${held ? "bg-red-50" : "bg-amber-50"}` : "text-xs";
  return (
    <div className={`${box} ${tone}`} role={detailed ? "note" : undefined}>
      <p className="font-semibold">{title}</p>
      {reasons.length > 0 && (
        <ul className={detailed ? "mt-1 list-disc pl-5" : "list-disc pl-4"}>
          {reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
        </ul>
      )}
      {held && detailed && (
        <p className="mt-1">It cannot be packed or shipped until you approve it. If it looks like fraud, cancel it.</p>
      )}
    </div>
  );
}
