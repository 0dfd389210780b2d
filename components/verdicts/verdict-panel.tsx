import type { ClaimStatus, User } from "@/db/schema";
import { env } from "@/lib/env";
import { verdictLabels } from "@/lib/verdicts/labels";
import { mayReopenVerdict, maySetVerdict } from "@/lib/verdicts/permissions";
import { listVerdicts } from "@/lib/verdicts/verdict-list";
import { ReopenVerdictForm, SetVerdictForm } from "./verdict-forms";

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

/**
 * The editor's decision: the standing verdict, earlier reopened ones, and the
 * editor's controls, with a word of caution when the sourcing is thin or
 * disputed. It does not stop the editor: a verdict may rest on what the
 * rationale says (DESIGN.md), but it should not do so unnoticed.
 */
export async function VerdictPanel({
  claimId,
  actor,
  sourcing,
}: {
  claimId: number;
  actor: User;
  sourcing: { status: ClaimStatus; ratingCount: number };
}) {
  const all = await listVerdicts(actor, claimId);
  const standing = all.find((verdict) => verdict.reopenedAt === null) ?? null;
  const earlier = all.filter((verdict) => verdict !== standing);
  const lockedByVerdict = standing !== null;
  const maySet = maySetVerdict(actor, { lockedByVerdict });
  return (
    <section aria-labelledby="verdict-heading" className="flex flex-col gap-3">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        Verdict
      </h2>
      {standing ? (
        <div className="rounded-lg border-2 border-ink/70 bg-white p-4">
          <p className="text-lg font-semibold">{verdictLabels[standing.verdict]}</p>
          <p dir="auto" className="mt-1 whitespace-pre-line">
            {standing.rationale}
          </p>
          <p className="mt-2 text-sm text-muted">
            Decided by {standing.decidedBy}, {when(standing.decidedAt)}
          </p>
        </div>
      ) : (
        <p className="text-muted">
          No verdict yet.{" "}
          {maySet
            ? "Set one when the sourcing is clear."
            : "An editor decides when sourcing is clear."}
        </p>
      )}
      {maySet && <SourcingCaution {...sourcing} />}
      {maySet && <SetVerdictForm claimId={claimId} />}
      {mayReopenVerdict(actor, { lockedByVerdict }) && <ReopenVerdictForm claimId={claimId} />}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">Earlier verdicts ({earlier.length})</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {earlier.map((verdict) => (
              <li key={verdict.id} className="border-s-2 border-line ps-3">
                <span className="font-medium">{verdictLabels[verdict.verdict]}</span> by{" "}
                {verdict.decidedBy}, {when(verdict.decidedAt)}; reopened by {verdict.reopenedBy}:{" "}
                <span dir="auto">{verdict.reopenReason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SourcingCaution({ status, ratingCount }: { status: ClaimStatus; ratingCount: number }) {
  const quorum = env.CLAIM_QUORUM;
  let caution: string | null = null;
  if (ratingCount < quorum) {
    caution = `Only ${ratingCount} of the ${quorum} ratings the status needs so far: a verdict now rests on your rationale alone.`;
  } else if (status === "disputed" || status === "mixed") {
    caution = `The sourcing is ${status}: say in the rationale what settles it.`;
  }
  if (!caution) return null;
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      {caution}
    </p>
  );
}
