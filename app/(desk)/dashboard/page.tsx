import type { Metadata } from "next";
import { AgreementSection } from "@/components/dashboard/agreement-section";
import { NeedsYourRating } from "@/components/dashboard/needs-your-rating";
import { StatusCounts } from "@/components/dashboard/status-counts";
import { requireUser } from "@/lib/auth/current-user";
import { getDeskDashboard } from "@/lib/review/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const dashboard = await getDeskDashboard(user);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <StatusCounts counts={dashboard.statusCounts} total={dashboard.totalClaims} />
      <NeedsYourRating
        count={dashboard.needsMyRating.count}
        claims={dashboard.needsMyRating.claims}
      />
      <AgreementSection agreement={dashboard.agreement} actorId={user.id} />
    </div>
  );
}
