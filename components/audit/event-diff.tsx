import { useTranslations } from "next-intl";
import { RowHeader, Table } from "@/components/ui/table";
import { diffAuditValues, prettyJson, type AuditChange } from "@/lib/audit/diff";

const changeClasses: Record<AuditChange["kind"], string> = {
  added: "bg-success/10 text-success",
  removed: "bg-danger/10 text-danger",
  changed: "bg-accent/10 text-accent",
};

function Json({ value }: { value: unknown }) {
  return (
    <pre
      dir="ltr"
      className="max-h-64 overflow-auto rounded bg-paper p-2 text-xs whitespace-pre-wrap break-all"
    >
      {prettyJson(value)}
    </pre>
  );
}

/** An event's before and after: the keys it added, removed and changed, then both sides whole. */
export function EventDiff({ before, after }: { before: unknown; after: unknown }) {
  const { changes, unchanged } = diffAuditValues(before, after);
  const t = useTranslations("audit.diff");
  return (
    <div className="mt-2 flex flex-col gap-3">
      {changes.length === 0 ? (
        <p className="text-muted">{t("same")}</p>
      ) : (
        <Table
          caption={t("caption")}
          columns={[
            { label: t("field"), className: "w-1/5" },
            { label: t("change"), className: "w-24" },
            t("before"),
            t("after"),
          ]}
          headClassName="text-muted"
          headCellClassName="py-1 pe-2 font-medium last:pe-0"
          className="table-fixed text-xs"
        >
          {changes.map((change) => (
            <tr key={change.key} className="border-t border-line align-top">
              <RowHeader className="py-1 pe-2 font-mono font-normal break-all" dir="ltr">
                {change.key}
              </RowHeader>
              <td className="py-1 pe-2">
                <span className={`rounded px-1.5 py-0.5 font-medium ${changeClasses[change.kind]}`}>
                  {t(change.kind)}
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
          {t.rich("unchanged", {
            fields: () => (
              <span dir="ltr" className="font-mono">
                {unchanged.join(", ")}
              </span>
            ),
          })}
        </p>
      )}
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <p className="text-xs font-medium text-muted">{t("beforeJson")}</p>
          <Json value={before} />
        </div>
        <div>
          <p className="text-xs font-medium text-muted">{t("afterJson")}</p>
          <Json value={after} />
        </div>
      </div>
    </div>
  );
}
