import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/get-translations";
import { AgreementSection } from "@/components/dashboard/agreement-section";
import { ChangedEvidence } from "@/components/dashboard/changed-evidence";
import { CalibrationSection } from "@/components/dashboard/calibration-section";
import { NeedsYourRating } from "@/components/dashboard/needs-your-rating";
import { StatusCounts } from "@/components/dashboard/status-counts";
import { ReturnedToPool, WorkloadSection } from "@/components/dashboard/workload-section";
import { mayUnassign } from "@/lib/assignments/permissions";
import { listReturnedToPool, listWorkloads } from "@/lib/assignments/queue";
import { FirstStepsPanel } from "@/components/first-steps/first-steps-panel";
import { FirstStepsToggle } from "@/components/first-steps/first-steps-toggle";
import { requireUser } from "@/lib/auth/current-user";
import { getFirstSteps } from "@/lib/first-steps/first-steps";
import { hasRole } from "@/lib/auth/roles";
import { listVerdictsOnChangedEvidence } from "@/lib/evidence/changed-verdicts";
import { getDeskDashboard } from "@/lib/review/dashboard";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser();
  const [dashboard, workloads, returned, firstSteps, changed] = await Promise.all([
    getDeskDashboard(user),
    listWorkloads(user),
    mayUnassign(user) ? listReturnedToPool(user) : [],
    getFirstSteps(user),
    hasRole(user.role, "editor") ? listVerdictsOnChangedEvidence(user) : null,
  ]);
  const t = await getTranslations("dashboard");
  return (
    <ClientMessages namespaces={["firstSteps"]}>
      <div className="flex flex-col gap-8">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <FirstStepsToggle shown={firstSteps !== null} controls="first-steps" />
        </div>
        {firstSteps && <FirstStepsPanel id="first-steps" steps={firstSteps} />}
        <ReturnedToPool claims={returned} />
        <StatusCounts counts={dashboard.statusCounts} total={dashboard.totalClaims} />
        <NeedsYourRating
          count={dashboard.needsMyRating.count}
          claims={dashboard.needsMyRating.claims}
        />
        {changed && <ChangedEvidence items={changed} />}
        <WorkloadSection workloads={workloads} actorId={user.id} />
        <AgreementSection agreement={dashboard.agreement} actorId={user.id} />
        <CalibrationSection calibration={dashboard.calibration} actorId={user.id} />
      </div>
    </ClientMessages>
  );
}
