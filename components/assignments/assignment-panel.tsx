import { useTranslations } from "@/lib/i18n/use-translations";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { User } from "@/db/schema";
import { getDecidingLook } from "@/lib/assignments/deciding";
import { todayUtc } from "@/lib/assignments/due";
import {
  mayAssignClaim,
  mayMarkAssignmentDone,
  mayReleaseAssignment,
  mayTakeClaim,
  mayUnassign,
} from "@/lib/assignments/permissions";
import {
  listAssignablePeople,
  listClaimAssignments,
  type ClaimAssignmentRow,
} from "@/lib/assignments/queue";
import { AssignmentDetails } from "./assignment-details";
import { AssignClaimForm, AssignDecidingLookForm, TakeClaimForm } from "./assign-claim-form";
import {
  MarkDoneForm,
  ReassignForm,
  ReleaseAssignmentForm,
  UnassignForm,
} from "./assignment-controls";

/**
 * Who is on this claim: each assignment with its due date, note and state,
 * the controls the viewer may use (by the rules in
 * lib/assignments/permissions.ts), and, where the grades split, the desk's
 * proposal for a deciding look.
 */
export async function AssignmentPanel({
  claimId,
  actor,
  lockedByVerdict,
}: {
  claimId: number;
  actor: User;
  lockedByVerdict: boolean;
}) {
  const [{ assignments, returnedFrom }, people, look, t] = await Promise.all([
    listClaimAssignments(actor, claimId),
    listAssignablePeople(actor),
    getDecidingLook(actor, claimId),
    getTranslations("assignment"),
  ]);
  const open = assignments.filter((row) => row.doneAt === null);
  const today = todayUtc();
  const editor = mayAssignClaim(actor, { lockedByVerdict });
  return (
    <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
      <h2 id="assignments-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {look.needed && (
        <div
          role="note"
          className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <p className="font-medium">{t("decidingNeeded")}</p>
          <p>{t("decidingWhy")}</p>
          {look.proposal ? (
            <p>
              {t.rich("proposed", {
                name: look.proposal.name,
                count: look.proposal.openAssignments,
                person: (chunks) => <bdi>{chunks}</bdi>,
              })}
            </p>
          ) : (
            <p>{t("nobodyQualifies")}</p>
          )}
          {editor && look.proposal && (
            <AssignDecidingLookForm claimId={claimId} proposal={look.proposal} />
          )}
        </div>
      )}
      {returnedFrom && (
        <p role="note" className="rounded-md border border-line bg-paper px-3 py-2 text-sm">
          {t.rich("backInPool", { name: returnedFrom, person: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
      )}
      {assignments.length === 0 ? (
        <p className="text-muted">{t("nobodyAssigned")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {assignments.map((row) => (
            <li
              key={row.id}
              className="flex flex-col gap-1 rounded-md border border-line bg-white p-3 text-sm"
            >
              <AssignmentSummary row={row} today={today} />
              {row.doneAt === null && (
                <div className="flex flex-col gap-2">
                  {mayReleaseAssignment(actor, row) && (
                    <ReleaseAssignmentForm assignmentId={row.id} />
                  )}
                  {mayMarkAssignmentDone(actor, row) && <MarkDoneForm assignmentId={row.id} />}
                  {mayUnassign(actor) && (
                    <UnassignForm assignmentId={row.id} assignee={row.assignee} />
                  )}
                  {mayUnassign(actor) && !lockedByVerdict && (
                    <ReassignForm
                      assignmentId={row.id}
                      assignee={row.assignee}
                      people={people.filter((person) => person.id !== row.assigneeId)}
                    />
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayTakeClaim(actor, { lockedByVerdict, openAssignments: open.length }) && (
        <TakeClaimForm claimId={claimId} />
      )}
      {editor && (
        <details className="rounded-lg border border-line bg-white p-3">
          <summary className="cursor-pointer font-medium">{t("assignPeople")}</summary>
          <div className="mt-3">
            <AssignClaimForm claimId={claimId} people={people} />
          </div>
        </details>
      )}
    </section>
  );
}

function AssignmentSummary({ row, today }: { row: ClaimAssignmentRow; today: string }) {
  const t = useTranslations("assignment");
  return (
    <>
      <p>
        <span className="font-medium" dir="auto">
          {row.assignee}
        </span>
        {row.doneAt ? (
          <span className="ms-2 rounded bg-success/10 px-1.5 py-0.5 text-xs text-success">
            {t("done")}
          </span>
        ) : (
          <span className="ms-2 rounded bg-paper px-1.5 py-0.5 text-xs text-muted">
            {t("open")}
          </span>
        )}
      </p>
      <AssignmentDetails row={row} today={today} assignee={row.assignee} />
    </>
  );
}
