"use client";

// The "Sort by" control of the listings' GET form (category pages and search results,
// components/search/search-form.tsx): it sits outside the form in the markup (form
// attribute), submits on change with JavaScript, and shows a Sort button without it.

/** The "Sort by" select shared by category listings and search results. */
export function SortControl({
  formId,
  selectId,
  value,
  options,
}: {
  formId: string;
  selectId: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-sm font-medium text-gray-800">
        Sort by
      </label>
      <select
        id={selectId}
        name="sort"
        form={formId}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-gray-300 bg-white py-2 pr-8 pl-3 text-sm text-gray-900 shadow-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button
          type="submit"
          form={formId}
          className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900"
        >
          Sort
        </button>
      </noscript>
    </div>
  );
}
