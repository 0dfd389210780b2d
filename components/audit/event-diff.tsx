import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RowHeader, Table } from "@/components/ui/table";
import { diffAuditValues, prettyJson, WHOLE_VALUE, type AuditChange } from "@/lib/audit/diff";
import type { AuditNames } from "./audit-names";

const changeClasses: Record<AuditChange["kind"], string> = {
  added: "bg-success/10 text-success",
  removed: "bg-danger/10 text-danger",
  changed: "bg-accent/10 text-accent",
};

function Json({ value }: { value: unknown }) {
  return (
    <pre
      dir="ltr"
      // a long value scrolls: focusable, so a keyboard can scroll it too
      tabIndex={0}
      className="max-h-64 overflow-auto rounded bg-paper p-2 text-xs whitespace-pre-wrap break-all"
    >
      {prettyJson(value)}
    </pre>
  );
}

/**
 * An event's before and after: the fields it added, removed and changed, by
 * their names in the reader's language, then both sides whole as recorded.
 */
export function EventDiff({
  before,
  after,
  names,
}: {
  before: unknown;
  after: unknown;
  names: AuditNames;
}) {
  const { changes, unchanged } = diffAuditValues(before, after);
  const t = useTranslations("audit.diff");
  const format = useFormatter();
  const fieldName = (key: string) => (key === WHOLE_VALUE ? t("wholeValue") : names.field(key));
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
              <RowHeader className="py-1 pe-2 font-normal wrap-anywhere">
                {fieldName(change.key)}
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
            fields: () => format.list(unchanged.map(fieldName)),
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
