import type { Specification } from "@/lib/catalog";

export function SpecificationsTable({ specifications }: { specifications: Specification[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Specifications</caption>
      <tbody className="divide-y divide-gray-200 border-y border-gray-200">
        {specifications.map((spec, index) => (
          <tr key={`${spec.name}-${index}`}>
            <th scope="row" className="w-1/3 py-3 pr-4 align-top font-medium text-gray-900">
              {spec.name}
            </th>
            <td className="py-3 text-gray-800">{spec.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
