import { RowHeader, Table, TableFrame } from "@/components/ui/table";
import type { GradeAgreement } from "@/lib/review/dashboard";
import { formatAlpha, formatChange, readAlpha, readChange } from "./alpha-format";

function NotDefined() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not defined</span>
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
  const { alpha } = agreement;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex min-w-0 flex-col gap-2">
      <h3 id={`${id}-heading`} className="font-semibold">
        {grade} <span className="font-normal text-muted">{scale}</span>
      </h3>
      {alpha === null ? (
        <p className="text-sm text-muted">
          Alpha is not defined yet: it needs claims with at least two judged ratings, and more than
          one grade in use among them.
        </p>
      ) : (
        <p className="text-sm">
          <span className="text-2xl font-semibold tabular-nums">α = {formatAlpha(alpha)}</span>{" "}
          <span className="text-muted">
            {readAlpha(alpha)}, over {agreement.claims} claim{agreement.claims === 1 ? "" : "s"}{" "}
            with {agreement.judgedRatings} judged ratings
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
            caption={`${grade}: agreement without each reviewer`}
            captionVisible
            captionId={`${id}-caption`}
            captionClassName="border-b border-line px-3 py-2 text-xs text-muted"
            columns={[
              "Reviewer",
              { label: "Ratings", align: "end" },
              { label: "Alpha without them", align: "end" },
              <>
                Δ<span className="sr-only"> (change in alpha without them)</span>
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
                  {row.displayName}
                  {row.reviewerId === actorId && <span className="text-muted"> (you)</span>}
                  {!row.active && <span className="block text-xs text-muted">deactivated</span>}
                </RowHeader>
                <td className="px-3 py-2 text-end tabular-nums">
                  {row.judged}
                  {row.ratings > row.judged && (
                    <span className="block text-xs text-muted">
                      +{row.ratings - row.judged} not judged
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 text-end tabular-nums">
                  {row.alphaWithout === null ? <NotDefined /> : formatAlpha(row.alphaWithout)}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {row.change === null ? (
                    <NotDefined />
                  ) : (
                    <>
                      <span className="tabular-nums">{formatChange(row.change)}</span>{" "}
                      <span className="text-xs text-muted">{readChange(row.change)}</span>
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
