import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ClaimEvidence } from "@/lib/evidence/list";
import { captureLine } from "@/lib/evidence/snapshot-words";
import { CheckEvidenceForm } from "./check-evidence-form";
import { FlagNote } from "./flag-note";

/**
 * What the desk's captures of a live source's page say, under the source:
 * "captured 4 Dec 2026 · quote found", the flag when the page is gone or
 * the quote left it, a link to the captured text, and "Check now".
 */
export function EvidenceCapture({ item }: { item: ClaimEvidence }) {
  const t = useTranslations("evidence.capture");
  const phrases = captureLine(item.snapshot);
  if (item.snapshot && item.checkQueued) phrases.push({ key: "checkUnderWay" });
  return (
    <div className="flex flex-col gap-2">
      {item.flag && <FlagNote flag={item.flag} marked />}
      <p className="text-sm text-muted">
        <span className="sr-only">{t("pageCopy")}</span>
        {phrases
          .map((phrase) => t(phrase.key, "values" in phrase ? phrase.values : {}))
          .join(" · ")}
        {item.snapshot && (
          <>
            {" · "}
            {/* named without the source's title, which the card's own link to the page carries */}
            <Link href={`/evidence/${item.id}`} className="text-accent underline">
              {item.snapshot.failure === null ? t("readText") : t("seeChecks")}
            </Link>
          </>
        )}
      </p>
      {item.canCheck && (
        <CheckEvidenceForm
          // a finished check remounts the form, so "will fetch again in a moment" does not outlive it
          key={`${item.snapshot?.takenAt}-${item.snapshot?.lastCheckedAt}`}
          evidenceId={item.id}
          title={item.title}
          queued={item.checkQueued}
        />
      )}
    </div>
  );
}
