import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { DeskDashboard } from "@/lib/review/dashboard";
import { AgreementTable } from "./agreement-table";
import { alphaDigits, RELIABLE_ALPHA, TENTATIVE_ALPHA } from "./alpha-format";

/** How far reviewers agree, for each grade, with what the numbers mean in words. */
export function AgreementSection({
  agreement,
  actorId,
}: {
  agreement: DeskDashboard["agreement"];
  actorId: string;
}) {
  const t = useTranslations("dashboard.agreement");
  const format = useFormatter();
  return (
    <section aria-labelledby="agreement-heading" className="flex flex-col gap-4">
      <h2 id="agreement-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="flex max-w-prose flex-col gap-2 text-sm text-muted">
        <p>
          {t.rich("explainAlpha", {
            b: (words) => <strong>{words}</strong>,
            reliable: format.number(RELIABLE_ALPHA, alphaDigits),
            tentative: format.number(TENTATIVE_ALPHA, alphaDigits),
          })}
        </p>
        <p>{t("explainTable")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <AgreementTable
          id="agreement-reliability"
          grade={t("reliability")}
          scale={t("reliabilityScale")}
          agreement={agreement.reliability}
          actorId={actorId}
        />
        <AgreementTable
          id="agreement-credibility"
          grade={t("credibility")}
          scale={t("credibilityScale")}
          agreement={agreement.credibility}
          actorId={actorId}
        />
      </div>
    </section>
  );
}
