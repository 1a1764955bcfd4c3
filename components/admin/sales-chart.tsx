import type { DailySales } from "@/lib/admin";
import { formatMoney } from "@/lib/money";

// Revenue as bars and orders as a line (each on its own scale), drawn as SVG on the server
// (no chart library, no client JS). Screen readers get a summary as the image's name and
// the full numbers in the table below it.
const W = 720;
const H = 200;
const PAD = 24;
const REVENUE_COLOUR = "#111827";
const ORDERS_COLOUR = "#b45309";

export function SalesChart({
  data,
  currency,
  period = `the last ${data.length} days`,
}: {
  data: DailySales[];
  currency: string;
  /** How the range reads in a sentence ("the last 30 days", "2026-03-01 to 2026-03-31"). */
  period?: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.revenue));
  const maxOrders = Math.max(1, ...data.map((d) => d.orders));
  const total = data.reduce((sum, d) => sum + d.revenue, 0);
  const orders = data.reduce((sum, d) => sum + d.orders, 0);
  const barW = (W - PAD * 2) / Math.max(1, data.length);
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H + PAD}`}
        role="img"
        aria-labelledby="sales-title sales-desc"
        className="h-auto w-full"
      >
        <title id="sales-title">{`Revenue (net of refunds) and orders per day, ${period}`}</title>
        <desc id="sales-desc">{`${money(total)} from ${orders} orders; the best day took ${money(max === 1 && total === 0 ? 0 : max)}. The table below lists every day.`}</desc>
        <line x1={PAD} y1={H} x2={W - PAD} y2={H} stroke="#9ca3af" />
        {data.map((d, i) => {
          const h = (d.revenue / max) * (H - PAD);
          return (
            <rect
              key={d.day}
              x={PAD + i * barW + 1}
              y={H - h}
              width={Math.max(1, barW - 2)}
              height={h}
              fill={REVENUE_COLOUR}
            >
              <title>{`${d.day}: ${money(d.revenue)}, ${d.orders} orders`}</title>
            </rect>
          );
        })}
        <polyline
          points={data.map((d, i) => `${PAD + (i + 0.5) * barW},${H - (d.orders / maxOrders) * (H - PAD)}`).join(" ")}
          fill="none"
          stroke={ORDERS_COLOUR}
          strokeWidth="2"
        />
        {data.map((d, i) => (
          <circle
            key={d.day}
            cx={PAD + (i + 0.5) * barW}
            cy={H - (d.orders / maxOrders) * (H - PAD)}
            r="3"
            fill={ORDERS_COLOUR}
          />
        ))}
        <text x={PAD} y={H + 16} fontSize="11" fill="#374151">
          {data[0]?.day}
        </text>
        <text x={W - PAD} y={H + 16} fontSize="11" fill="#374151" textAnchor="end">
          {data.at(-1)?.day}
        </text>
      </svg>
      <ul className="mt-2 flex gap-4 text-sm text-gray-700" aria-hidden="true">
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-3" style={{ background: REVENUE_COLOUR }} />
          Revenue (bars)
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-0.5 w-4" style={{ background: ORDERS_COLOUR }} />
          Orders (line, max {maxOrders} a day)
        </li>
      </ul>
      <figcaption className="mt-2 text-sm text-gray-700">
        {money(total)} revenue (net of refunds) from {orders} orders, {period}.
      </figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium underline">Show the numbers as a table</summary>
        <table className="mt-2 min-w-full text-left text-sm">
          <caption className="sr-only">Revenue and orders per day</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">
                Day
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Orders
              </th>
              <th scope="col" className="py-1 text-right">
                Revenue
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="py-0.5 pr-4 font-normal">
                  {d.day}
                </th>
                <td className="pr-4 text-right">{d.orders}</td>
                <td className="text-right">{money(d.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
