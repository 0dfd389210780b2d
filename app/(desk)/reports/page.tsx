import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { listReports } from "@/lib/reports/catalogue";
import { textDirection } from "@/lib/text/arabic";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const user = await requireUser();
  const reports = await listReports(user);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Reports</h1>
          <p className="text-sm text-muted">
            The sources the desk&apos;s claims come from. Open one to read it and make claims from
            its text.
          </p>
        </div>
        <Link href="/reports/new" className={buttonClass()}>
          Import a report
        </Link>
      </div>
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
        {reports.map((report) => (
          <li key={report.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
            <Link
              href={`/reports/${report.id}`}
              dir={textDirection(report.title)}
              className="font-medium text-accent underline"
            >
              {report.title}
            </Link>
            <span className="text-sm text-muted">
              {[report.outlet ?? "Outlet unknown", report.publishedOn ?? "date unknown"].join(
                " · ",
              )}
            </span>
            <span className="ms-auto text-sm text-muted">
              {report.claimCount} claim{report.claimCount === 1 ? "" : "s"}
              {report.hasFullText ? "" : " · excerpts only"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
