import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/claims/status-badge";
import type { FirstSteps } from "@/lib/first-steps/first-steps";

/**
 * The dashboard's greeting: two things to try first for the person's role,
 * each a link to something real on this desk. Every sentence is whole here,
 * so a translation can reorder it.
 */
export function FirstStepsPanel({ id, steps }: { id: string; steps: FirstSteps }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-accent/30 bg-white p-4"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {headings[steps.role]}
      </h2>
      <ol className="flex list-decimal flex-col gap-4 ps-5">
        {steps.role === "reviewer" && <ReviewerSteps steps={steps} />}
        {steps.role === "editor" && <EditorSteps steps={steps} />}
        {steps.role === "admin" && <AdminSteps steps={steps} />}
      </ol>
    </section>
  );
}

const headings: Record<FirstSteps["role"], string> = {
  reviewer: "Where to start, as a reviewer",
  editor: "Where to start, as an editor",
  admin: "Where to start, as an admin",
};

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="space-y-1 ps-1">
      <h3 className="font-semibold">{title}</h3>
      <div className="flex flex-col gap-1 text-sm">{children}</div>
    </li>
  );
}

const linkClass = "text-accent underline underline-offset-2";

function ReviewerSteps({ steps }: { steps: Extract<FirstSteps, { role: "reviewer" }> }) {
  const { claimToGrade, reportToRead, quorum } = steps;
  return (
    <>
      <Step title="Grade a claim that is waiting for you">
        {claimToGrade ? (
          <>
            <Link href={`/claims/${claimToGrade.id}`} className={linkClass}>
              {claimToGrade.statement}
            </Link>
            <p className="text-muted">
              {claimToGrade.ratingCount === 0 ? (
                <>Nobody has graded it yet: yours will be the first of the {quorum} it needs.</>
              ) : (
                <>
                  {claimToGrade.ratingCount} of the {quorum} grades it needs are in. You see the
                  others&apos; grades only once you have given yours, so they do not sway you.
                </>
              )}
            </p>
          </>
        ) : (
          <p className="text-muted">
            Every claim open for grading has your grade. New cards appear on the board.
          </p>
        )}
      </Step>
      <Step title="Read a report with its claims highlighted">
        {reportToRead ? (
          <>
            <Link href={`/reports/${reportToRead.id}`} className={linkClass} dir="auto">
              {reportToRead.title}
            </Link>
            <p className="text-muted">
              Each highlight in the text is a claim card, and the panel beside it suggests sentences
              worth checking. Select a passage to make a claim card of your own.
            </p>
          </>
        ) : (
          <p className="text-muted">
            No report has its full text yet.{" "}
            <Link href="/reports/new" className={linkClass}>
              Import a report
            </Link>{" "}
            to read it with its claims highlighted.
          </p>
        )}
      </Step>
    </>
  );
}

function EditorSteps({ steps }: { steps: Extract<FirstSteps, { role: "editor" }> }) {
  const { claimToDecide, decided } = steps;
  return (
    <>
      <Step title="Decide a claim that is ready for a verdict">
        {claimToDecide ? (
          <>
            <span className="flex flex-wrap items-center gap-2">
              <Link href={`/claims/${claimToDecide.id}`} className={linkClass}>
                {claimToDecide.statement}
              </Link>
              <StatusBadge status={claimToDecide.status} />
            </span>
            <p className="text-muted">
              It has all the grades it needs. Read them with the evidence and the discussion, then
              set a verdict and write down why.
            </p>
          </>
        ) : (
          <p className="text-muted">No claim without a verdict has all the grades it needs yet.</p>
        )}
      </Step>
      <Step title="Export what the desk has decided">
        <Link href="/export" className={linkClass}>
          Open the export
        </Link>
        <p className="text-muted">
          {decided === 0 ? (
            <>No claim has a verdict yet; once one does, the export publishes it.</>
          ) : decided === 1 ? (
            <>
              One claim has a verdict. Preview it, then download it as Markdown, CSV, JSON,
              schema.org ClaimReview or a page to print.
            </>
          ) : (
            <>
              {decided} claims have a verdict. Preview them, then download them as Markdown, CSV,
              JSON, schema.org ClaimReview or a page to print.
            </>
          )}
        </p>
      </Step>
    </>
  );
}

function AdminSteps({ steps }: { steps: Extract<FirstSteps, { role: "admin" }> }) {
  const { accounts, activeAccounts, newestEventId } = steps;
  return (
    <>
      <Step title="Look after the accounts">
        <Link href="/admin/users" className={linkClass}>
          Open the accounts
        </Link>
        <p className="text-muted">
          {accounts === 1 ? (
            <>The desk has one account, yours. Invite people there, and give each a role.</>
          ) : (
            <>
              The desk has {accounts} accounts, {activeAccounts} of them active. Invite people,
              change roles, reset passwords and deactivate accounts there.
            </>
          )}
        </p>
      </Step>
      <Step title="Check that the audit trail is intact">
        <Link href="/admin/audit" className={linkClass}>
          Open the audit log
        </Link>
        <p className="text-muted">
          {newestEventId === null ? (
            <>
              Every change is written to a hash-chained trail. Verify integrity proves none was
              rewritten.
            </>
          ) : (
            <>
              Every change is written to a hash-chained trail, whose newest event is number{" "}
              {newestEventId}. Verify integrity proves that no event up to it was rewritten.
            </>
          )}
        </p>
      </Step>
    </>
  );
}
