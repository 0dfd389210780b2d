import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { ClaimStatus, User } from "@/db/schema";
import { env } from "@/lib/env";
import { isMostlyArabic } from "@/lib/text/arabic";
import { mayReopenVerdict, maySetVerdict } from "@/lib/verdicts/permissions";
import { listVerdicts } from "@/lib/verdicts/verdict-list";
import { ReopenVerdictForm, SetVerdictForm } from "./verdict-forms";

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
  const [all, t, vocab, format] = await Promise.all([
    listVerdicts(actor, claimId),
    getTranslations("review.verdict"),
    getTranslations("vocab"),
    getFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, "moment");
  const standing = all.find((verdict) => verdict.reopenedAt === null) ?? null;
  const earlier = all.filter((verdict) => verdict !== standing);
  const lockedByVerdict = standing !== null;
  const maySet = maySetVerdict(actor, { lockedByVerdict });
  return (
    <section aria-labelledby="verdict-heading" className="flex flex-col gap-3">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {standing ? (
        <div className="rounded-lg border-2 border-ink/70 bg-white p-4">
          <p className="text-lg font-semibold">{vocab(`verdict.${standing.verdict}`)}</p>
          <p
            dir="auto"
            lang={isMostlyArabic(standing.rationale) ? "ar" : undefined}
            className="mt-1 whitespace-pre-line"
          >
            {standing.rationale}
          </p>
          <p className="mt-2 text-sm text-muted">
            {t.rich("decidedBy", {
              name: standing.decidedBy,
              when: when(standing.decidedAt),
              // the name keeps its own direction inside the sentence
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
        </div>
      ) : (
        <p className="text-muted">{maySet ? t("noneMaySet") : t("noneEditorDecides")}</p>
      )}
      {maySet && <SourcingCaution {...sourcing} />}
      {maySet && <SetVerdictForm claimId={claimId} />}
      {mayReopenVerdict(actor, { lockedByVerdict }) && <ReopenVerdictForm claimId={claimId} />}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("earlier", { count: earlier.length })}</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {earlier.map((verdict) => (
              <li key={verdict.id} className="border-s-2 border-line ps-3">
                {t.rich("earlierEntry", {
                  verdict: vocab(`verdict.${verdict.verdict}`),
                  decidedBy: verdict.decidedBy,
                  decidedAt: when(verdict.decidedAt),
                  reopenedBy: verdict.reopenedBy ?? "",
                  reason: verdict.reopenReason ?? "",
                  b: (chunks) => <span className="font-medium">{chunks}</span>,
                  data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

async function SourcingCaution({
  status,
  ratingCount,
}: {
  status: ClaimStatus;
  ratingCount: number;
}) {
  const [t, vocab] = await Promise.all([
    getTranslations("review.verdict"),
    getTranslations("vocab"),
  ]);
  const quorum = env.CLAIM_QUORUM;
  let caution: string | null = null;
  if (ratingCount < quorum) {
    caution = t("cautionFewRatings", { count: ratingCount, quorum });
  } else if (status === "disputed" || status === "mixed") {
    caution = t("cautionSourcing", { status: vocab(`status.${status}`).toLowerCase() });
  }
  if (!caution) return null;
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      {caution}
    </p>
  );
}
