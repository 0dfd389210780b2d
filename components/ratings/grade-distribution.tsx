import { RowHeader, Table } from "@/components/ui/table";

/** How many times each grade was given, as a table with a bar per grade. */
export function GradeDistribution({
  caption,
  rows,
}: {
  caption: string;
  rows: Array<{ grade: string; label: string; count: number }>;
}) {
  const most = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Table caption={caption} captionVisible captionClassName="mb-1 font-medium" className="text-sm">
      {rows.map((row) => (
        <tr key={row.grade}>
          <RowHeader className="w-8 font-medium" title={row.label}>
            {row.grade}
          </RowHeader>
          <td className="w-full py-0.5 pe-2">
            <span
              aria-hidden
              className="block h-3 rounded-sm bg-accent/70"
              style={{ width: `${(row.count / most) * 100}%`, minWidth: row.count ? 4 : 0 }}
            />
          </td>
          <td className="w-10 text-end tabular-nums">{row.count}</td>
        </tr>
      ))}
    </Table>
  );
}
