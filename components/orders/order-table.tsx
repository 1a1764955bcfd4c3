/** A column of an order table; `numeric` ones are right-aligned, like their figures. */
export type OrderColumn = { label: string; numeric?: boolean };

/**
 * The table shape of order lists and order items: a real table with a caption for
 * screen readers and column headers, so "Qty 2" or "Total $40" is read with its header.
 */
export function OrderTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: OrderColumn[];
  children: React.ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-gray-200 text-gray-700">
        <tr>
          {columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={column.numeric ? "py-2 text-right font-medium" : "py-2 font-medium"}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-200">{children}</tbody>
    </table>
  );
}
