import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ReportImportForm } from "@/components/reports/report-import-form";
import { requireUser } from "@/lib/auth/current-user";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.new"))("title") };
}

export default async function ImportReportPage() {
  await requireUser();
  const t = await getTranslations("reports.new");
  return (
    <ClientMessages namespaces={["reports"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-muted">{t("about")}</p>
        </div>
        <ReportImportForm />
      </div>
    </ClientMessages>
  );
}
