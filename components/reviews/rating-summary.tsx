import type { RatingSummary as Summary } from "@/lib/reviews/client";
import { Stars } from "./stars";

/** The average, the count and how many reviews gave each number of stars. */
export function RatingSummary({ summary }: { summary: Summary }) {
  const { count, average, distribution } = summary;
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-gray-950">
        <Stars rating={average} label={`Average rating ${average} out of 5`} />
        <span className="text-2xl font-semibold" aria-hidden="true">
          {average.toFixed(1)}
        </span>
        <span className="text-sm text-gray-700">
          {count} {count === 1 ? "review" : "reviews"}
        </span>
      </p>
      <table className="w-full max-w-xs text-sm">
        <caption className="sr-only">Reviews by number of stars</caption>
        <tbody>
          {[5, 4, 3, 2, 1].map((stars) => {
            const n = distribution[stars - 1] ?? 0;
            const share = count > 0 ? Math.round((n / count) * 100) : 0;
            return (
              <tr key={stars}>
                <th scope="row" className="py-0.5 pr-3 text-left font-normal whitespace-nowrap text-gray-800">
                  {stars} {stars === 1 ? "star" : "stars"}
                </th>
                <td className="w-full py-0.5">
                  <div aria-hidden="true" className="h-2 rounded bg-gray-200">
                    <div className="h-2 rounded bg-amber-600" style={{ width: `${share}%` }} />
                  </div>
                </td>
                <td className="py-0.5 pl-3 text-right text-gray-800 tabular-nums">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
