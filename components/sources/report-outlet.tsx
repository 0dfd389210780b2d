import Link from "next/link";
import type { User } from "@/db/schema";
import { getReportOutlet } from "@/lib/sources/report-source";
import { ReportOutletForm } from "./report-outlet-form";

/**
 * Which of the desk's sources published a report, linked to its record; the
 * importer or an editor may name or change it.
 */
export async function ReportOutlet({ reportId, actor }: { reportId: number; actor: User }) {
  const outlet = await getReportOutlet(actor, reportId);
  if (!outlet) return null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        {outlet.source ? (
          <>
            Published by{" "}
            <Link
              href={`/sources/${outlet.source.id}`}
              className="text-accent underline"
              dir="auto"
            >
              {outlet.source.name}
            </Link>
            , a source on this desk.
          </>
        ) : (
          <span className="text-muted">No outlet named among the desk&apos;s sources.</span>
        )}
      </p>
      {outlet.mayChange && (
        <details>
          <summary className="cursor-pointer text-accent underline">
            {outlet.source ? "Change the outlet" : "Name the outlet"}
          </summary>
          <div className="mt-2 max-w-xl">
            <ReportOutletForm
              reportId={reportId}
              version={outlet.version}
              current={outlet.source?.name ?? outlet.outletTyped}
            />
          </div>
        </details>
      )}
    </div>
  );
}
