import { inputClass } from "@/components/ui/field-ids";
import type { DayRange } from "@/lib/admin";

/** The custom range: a GET form, so the range lives in the URL and works without JavaScript. */
export function DashboardRangeForm({ range, error }: { range: DayRange; error?: string }) {
  const describedBy = error ? "range-error" : undefined;
  return (
    <form aria-label="Date range" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="from" className="block text-sm font-medium">
          From
        </label>
        <input
          id="from"
          name="from"
          type="date"
          required
          defaultValue={range.from}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-medium">
          To
        </label>
        <input
          id="to"
          name="to"
          type="date"
          required
          defaultValue={range.to}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold hover:bg-gray-50"
      >
        Show
      </button>
      {error && (
        <p id="range-error" role="alert" className="w-full text-sm text-red-700">
          {error} Showing the last 30 days instead.
        </p>
      )}
    </form>
  );
}
