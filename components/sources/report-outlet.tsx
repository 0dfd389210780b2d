import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
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
  const t = await getTranslations("sourcesPage.outlet");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        {outlet.source ? (
          t.rich("publishedBy", {
            source: () => (
              <Link
                href={`/sources/${outlet.source!.id}`}
                className="text-accent underline"
                dir="auto"
              >
                {outlet.source!.name}
              </Link>
            ),
          })
        ) : (
          <span className="text-muted">{t("none")}</span>
        )}
      </p>
      {outlet.mayChange && (
        <details>
          <summary className="cursor-pointer text-accent underline">
            {outlet.source ? t("change") : t("name")}
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
