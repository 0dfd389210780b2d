import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/claims/status-badge";
import type { FirstSteps } from "@/lib/first-steps/first-steps";

/**
 * The dashboard's greeting: two things to try first for the person's role,
 * each a link to something real on this desk. Every sentence is whole in
 * the catalogue, so a translation can reorder it.
 */
export function FirstStepsPanel({ id, steps }: { id: string; steps: FirstSteps }) {
  const t = useTranslations("firstSteps");
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-accent/30 bg-white p-4"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("heading", { role: steps.role })}
      </h2>
      <ol className="flex list-decimal flex-col gap-4 ps-5">
        {steps.role === "reviewer" && <ReviewerSteps steps={steps} />}
        {steps.role === "editor" && <EditorSteps steps={steps} />}
        {steps.role === "admin" && <AdminSteps steps={steps} />}
      </ol>
    </section>
  );
}

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
  const t = useTranslations("firstSteps.reviewer");
  const { claimToGrade, reportToRead, quorum } = steps;
  return (
    <>
      <Step title={t("grade")}>
        {claimToGrade ? (
          <>
            <Link href={`/claims/${claimToGrade.id}`} className={linkClass} dir="auto">
              {claimToGrade.statement}
            </Link>
            <p className="text-muted">
              {claimToGrade.ratingCount === 0
                ? t("firstGrade", { quorum })
                : t("someGrades", { count: claimToGrade.ratingCount, quorum })}
            </p>
          </>
        ) : (
          <p className="text-muted">{t("allGraded")}</p>
        )}
      </Step>
      <Step title={t("read")}>
        {reportToRead ? (
          <>
            <Link href={`/reports/${reportToRead.id}`} className={linkClass} dir="auto">
              {reportToRead.title}
            </Link>
            <p className="text-muted">{t("readAbout")}</p>
          </>
        ) : (
          <p className="text-muted">
            {t.rich("noFullText", {
              link: (chunks) => (
                <Link href="/reports/new" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </Step>
    </>
  );
}

function EditorSteps({ steps }: { steps: Extract<FirstSteps, { role: "editor" }> }) {
  const t = useTranslations("firstSteps.editor");
  const { claimToDecide, decided } = steps;
  return (
    <>
      <Step title={t("decide")}>
        {claimToDecide ? (
          <>
            <span className="flex flex-wrap items-center gap-2">
              <Link href={`/claims/${claimToDecide.id}`} className={linkClass} dir="auto">
                {claimToDecide.statement}
              </Link>
              <StatusBadge status={claimToDecide.status} />
            </span>
            <p className="text-muted">{t("decideAbout")}</p>
          </>
        ) : (
          <p className="text-muted">{t("noneReady")}</p>
        )}
      </Step>
      <Step title={t("export")}>
        <Link href="/export" className={linkClass}>
          {t("openExport")}
        </Link>
        <p className="text-muted">{t("decided", { decided })}</p>
      </Step>
    </>
  );
}

function AdminSteps({ steps }: { steps: Extract<FirstSteps, { role: "admin" }> }) {
  const t = useTranslations("firstSteps.admin");
  const { accounts, activeAccounts, newestEventId } = steps;
  return (
    <>
      <Step title={t("accounts")}>
        <Link href="/admin/users" className={linkClass}>
          {t("openAccounts")}
        </Link>
        <p className="text-muted">{t("accountsAbout", { accounts, active: activeAccounts })}</p>
      </Step>
      <Step title={t("audit")}>
        <Link href="/admin/audit" className={linkClass}>
          {t("openAudit")}
        </Link>
        <p className="text-muted">
          {newestEventId === null
            ? t("auditAbout")
            : t("auditAboutNewest", { id: String(newestEventId) })}
        </p>
      </Step>
    </>
  );
}
