import type { Metadata } from "next";
import { ReportImportForm } from "@/components/reports/report-import-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import a report" };

export default async function ImportReportPage() {
  await requireUser();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Import a report</h1>
        <p className="text-muted">
          Fetch the report from its web address, or paste or upload its text. Once imported, you
          read it with its checkable sentences suggested, and turn passages into claim cards by
          selecting them.
        </p>
      </div>
      <ReportImportForm />
    </div>
  );
}
