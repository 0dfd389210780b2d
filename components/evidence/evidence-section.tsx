import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { User } from "@/db/schema";
import { listClaimEvidence, type ClaimEvidence } from "@/lib/evidence/list";
import { AddEvidenceForm } from "./add-evidence-form";
import { EvidenceBody } from "./evidence-body";
import { EvidenceCapture } from "./evidence-capture";
import { RetractEvidenceForm } from "./retract-evidence-form";

/**
 * The claim's sources (each drawn by EvidenceBody), the form to add one,
 * and each source's retract button for who may use it. Retracted sources
 * stay, struck through, with the reason.
 */
export async function EvidenceSection({ claimId, actor }: { claimId: number; actor: User }) {
  const [items, t] = await Promise.all([
    listClaimEvidence(actor, claimId),
    getTranslations("evidence.section"),
  ]);
  const live = items.filter((item) => item.retractedAt === null);
  const retracted = items.length - live.length;
  return (
    <section aria-labelledby="evidence-section-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="evidence-section-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("summary", { live: live.length, retracted })}</p>
      </div>
      {items.length > 0 && (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <EvidenceItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <AddEvidenceForm claimId={claimId} />
    </section>
  );
}

function EvidenceItem({ item }: { item: ClaimEvidence }) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const body = <EvidenceBody item={item} />;
  return (
    <li
      id={`evidence-${item.id}`}
      className={`flex flex-col gap-2 rounded-lg border border-line p-3 ${
        item.retractedAt ? "bg-paper text-muted" : "bg-white"
      }`}
    >
      {item.retractedAt ? (
        <>
          <del className="flex flex-col gap-1 decoration-muted">{body}</del>
          <p className="text-sm">
            {t.rich("section.retractedBy", {
              b: (chunks) => <span className="font-medium text-ink">{chunks}</span>,
              name: () => <bdi>{item.retractedByName ?? t("body.formerAccount")}</bdi>,
              date: format.dateTime(item.retractedAt, "moment"),
              reason: () => <q dir="auto">{item.retractionReason}</q>,
            })}
          </p>
        </>
      ) : (
        <>
          <div className="flex flex-col gap-1">{body}</div>
          <EvidenceCapture item={item} />
        </>
      )}
      {item.canRetract && (
        <RetractEvidenceForm evidenceId={item.id} version={item.version} title={item.title} />
      )}
    </li>
  );
}
