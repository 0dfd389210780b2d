import { RowHeader, Table } from "@/components/ui/table";
import { diffAuditValues, prettyJson, type AuditChange } from "@/lib/audit/diff";

const changeLabels: Record<AuditChange["kind"], { text: string; className: string }> = {
  added: { text: "Added", className: "bg-success/10 text-success" },
  removed: { text: "Removed", className: "bg-danger/10 text-danger" },
  changed: { text: "Changed", className: "bg-accent/10 text-accent" },
};

function Json({ value }: { value: unknown }) {
  return (
    <pre className="max-h-64 overflow-auto rounded bg-paper p-2 text-xs whitespace-pre-wrap break-all">
      {prettyJson(value)}
    </pre>
  );
}

/** An event's before and after: the keys it added, removed and changed, then both sides whole. */
export function EventDiff({ before, after }: { before: unknown; after: unknown }) {
  const { changes, unchanged } = diffAuditValues(before, after);
  return (
    <div className="mt-2 flex flex-col gap-3">
      {changes.length === 0 ? (
        <p className="text-muted">Before and after are the same.</p>
      ) : (
        <Table
          caption="Changed fields"
          columns={[
            { label: "Field", className: "w-1/5" },
            { label: "Change", className: "w-24" },
            "Before",
            "After",
          ]}
          headClassName="text-muted"
          headCellClassName="py-1 pe-2 font-medium last:pe-0"
          className="table-fixed text-xs"
        >
          {changes.map((change) => (
            <tr key={change.key} className="border-t border-line align-top">
              <RowHeader className="py-1 pe-2 font-mono font-normal break-all">
                {change.key}
              </RowHeader>
              <td className="py-1 pe-2">
                <span
                  className={`rounded px-1.5 py-0.5 font-medium ${changeLabels[change.kind].className}`}
                >
                  {changeLabels[change.kind].text}
                </span>
              </td>
              <td className="py-1 pe-2">
                {change.kind === "added" ? (
                  <span className="text-muted">—</span>
                ) : (
                  <Json value={change.before} />
                )}
              </td>
              <td className="py-1">
                {change.kind === "removed" ? (
                  <span className="text-muted">—</span>
                ) : (
                  <Json value={change.after} />
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {unchanged.length > 0 && (
        <p className="text-xs text-muted">
          Unchanged: <span className="font-mono">{unchanged.join(", ")}</span>
        </p>
      )}
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <p className="text-xs font-medium text-muted">Before (JSON)</p>
          <Json value={before} />
        </div>
        <div>
          <p className="text-xs font-medium text-muted">After (JSON)</p>
          <Json value={after} />
        </div>
      </div>
    </div>
  );
}
