import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RowHeader, Table, TableFrame } from "@/components/ui/table";
import type { GradeAgreement } from "@/lib/review/dashboard";
import { alphaDigits, changeDigits, readAlpha, readChange, roundedAlpha } from "./alpha-format";

function NotDefined() {
  const t = useTranslations("dashboard.agreement");
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("notDefined")}</span>
    </>
  );
}

/** One grade's agreement: alpha over the desk, then alpha without each reviewer. */
export function AgreementTable({
  id,
  grade,
  scale,
  agreement,
  actorId,
}: {
  id: string;
  /** "Reliability" */
  grade: string;
  /** "of the source, A–E" */
  scale: string;
  agreement: GradeAgreement;
  actorId: string;
}) {
  const t = useTranslations("dashboard.agreement");
  const format = useFormatter();
  const alphaText = (value: number) => format.number(roundedAlpha(value), alphaDigits);
  const { alpha } = agreement;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex min-w-0 flex-col gap-2">
      <h3 id={`${id}-heading`} className="font-semibold">
        {grade} <span className="font-normal text-muted">{scale}</span>
      </h3>
      {alpha === null ? (
        <p className="text-sm text-muted">{t("undefined")}</p>
      ) : (
        <p className="text-sm">
          {/* "α = 0.812" reads left to right in either language */}
          <span dir="ltr" className="inline-block text-2xl font-semibold tabular-nums">
            {t("alpha", { alpha: alphaText(alpha) })}
          </span>{" "}
          <span className="text-muted">
            {t("over", {
              reading: t(`reading.${readAlpha(alpha)}`),
              claims: agreement.claims,
              ratings: agreement.judgedRatings,
            })}
          </span>
        </p>
      )}
      {agreement.reviewers.length > 0 && (
        // focusable, so a keyboard can scroll the table sideways on a narrow screen
        <TableFrame
          role="region"
          aria-labelledby={`${id}-caption`}
          tabIndex={0}
          className="relative overflow-x-auto"
        >
          <Table
            caption={t("caption", { grade })}
            captionVisible
            captionId={`${id}-caption`}
            captionClassName="border-b border-line px-3 py-2 text-xs text-muted"
            columns={[
              t("reviewer"),
              { label: t("ratings"), align: "end" },
              { label: t("alphaWithout"), align: "end" },
              <>
                {t("delta")}
                <span className="sr-only"> {t("deltaExplained")}</span>
              </>,
            ]}
            headClassName="bg-paper text-xs text-muted uppercase"
            headCellClassName="px-3 py-2 font-medium"
            bodyClassName="divide-y divide-line"
            className="min-w-[30rem] text-sm"
          >
            {agreement.reviewers.map((row) => (
              <tr key={row.reviewerId} className="align-top">
                <RowHeader className="px-3 py-2 font-normal">
                  <bdi>{row.displayName}</bdi>
                  {row.reviewerId === actorId && <span className="text-muted"> {t("you")}</span>}
                  {!row.active && (
                    <span className="block text-xs text-muted">{t("deactivated")}</span>
                  )}
                </RowHeader>
                <td className="px-3 py-2 text-end tabular-nums">
                  {format.number(row.judged)}
                  {row.ratings > row.judged && (
                    <span className="block text-xs text-muted">
                      {t("notJudged", { count: row.ratings - row.judged })}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 text-end tabular-nums">
                  {row.alphaWithout === null ? <NotDefined /> : alphaText(row.alphaWithout)}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.change === null ? (
                    <NotDefined />
                  ) : (
                    <>
                      <bdi className="tabular-nums">
                        {format.number(roundedAlpha(row.change), changeDigits)}
                      </bdi>{" "}
                      <span className="text-xs text-muted">
                        {t(`change.${readChange(row.change)}`)}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        </TableFrame>
      )}
    </section>
  );
}
