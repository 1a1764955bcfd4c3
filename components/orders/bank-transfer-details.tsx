import { formatMoney } from "@/lib/money";

export type BankTransferView = {
  accountName: string;
  iban: string;
  bic?: string;
  bankName?: string;
  reference: string;
  amount: number;
};

/** Where to send the money and what to quote, as a list that reads in pairs. */
export function BankTransferDetails({
  details,
  currency,
  demo,
}: {
  details: BankTransferView;
  currency: string;
  demo?: boolean;
}) {
  const rows: [string, string | undefined][] = [
    ["Amount", formatMoney({ amount: details.amount, currency })],
    ["Account name", details.accountName],
    ["IBAN", details.iban],
    ["BIC / SWIFT", details.bic],
    ["Bank", details.bankName],
    ["Reference", details.reference],
  ];
  return (
    <div className="rounded-md border border-gray-300 p-4" data-testid="bank-transfer">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-gray-700">{label}</dt>
              <dd className="font-medium text-gray-950 [overflow-wrap:anywhere]">{value}</dd>
            </div>
          ))}
      </dl>
      <p className="mt-3 text-sm text-gray-700">
        Please quote the reference exactly, so we can match your payment to your order.
      </p>
      {demo && (
        <p className="mt-2 text-sm font-medium text-amber-900">
          These are demo details: this store has not set its own bank account yet.
        </p>
      )}
    </div>
  );
}
