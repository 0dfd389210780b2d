import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { EvidenceSnapshots } from "@/lib/evidence/snapshots";
import { failureSelector, snapshotOutcome } from "@/lib/evidence/snapshot-words";

/**
 * A source's captures, newest first: when each result was first and last
 * seen, what it was, where the page was found and the SHA-256 the audit
 * chain holds for its text. A capture with text links to it.
 */
export function SnapshotList({
  evidenceId,
  snapshots,
  shownId,
}: {
  evidenceId: number;
  snapshots: EvidenceSnapshots["snapshots"];
  shownId: number | null;
}) {
  const t = useTranslations("evidence.snapshots");
  const capture = useTranslations("evidence.capture");
  return (
    <section aria-labelledby="captures-heading" className="flex flex-col gap-2">
      <h2 id="captures-heading" className="text-lg font-semibold">
        {t("captures")}
      </h2>
      {snapshots.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {snapshots.map((snapshot) => {
            const outcome = snapshotOutcome(snapshot);
            return (
              <li
                key={snapshot.id}
                aria-current={snapshot.id === shownId ? "true" : undefined}
                className={`flex flex-col gap-1 rounded-lg border p-3 text-sm ${
                  snapshot.id === shownId ? "border-accent bg-white" : "border-line bg-white"
                }`}
              >
                <p>
                  <span className="font-medium">{t("moment", { date: snapshot.takenAt })}</span>
                  {" · "}
                  {capture(outcome.key, "values" in outcome ? outcome.values : {})}
                  {snapshot.checks > 1 &&
                    ` · ${t("sameAt", { checks: snapshot.checks, date: snapshot.lastCheckedAt })}`}
                </p>
                {snapshot.failure !== null && (
                  <p className="text-muted">
                    {snapshot.httpStatus !== null
                      ? t("failureStatus", { status: snapshot.httpStatus })
                      : t("failure", { failure: failureSelector(snapshot.failure) })}
                  </p>
                )}
                {snapshot.finalUrl && (
                  <p className="text-muted">
                    {t.rich(snapshot.httpStatus !== null ? "foundAtStatus" : "foundAt", {
                      status: snapshot.httpStatus ?? 0,
                      url: () => (
                        <span dir="ltr" className="break-all">
                          {snapshot.finalUrl}
                        </span>
                      ),
                    })}
                  </p>
                )}
                {snapshot.textHash && (
                  <p className="text-xs text-muted">
                    {t.rich("hash", {
                      algorithm: "SHA-256",
                      hash: () => (
                        <code dir="ltr" className="break-all">
                          {snapshot.textHash}
                        </code>
                      ),
                    })}
                  </p>
                )}
                {snapshot.textHash && snapshot.id !== shownId && (
                  <p>
                    <Link
                      href={`/evidence/${evidenceId}?snapshot=${snapshot.id}`}
                      className="text-accent underline"
                    >
                      {t("readText", { date: snapshot.takenAt })}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
