import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/get-translations";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { HeadExport } from "@/components/audit/head-export";
import { VerifyIntegrity } from "@/components/audit/verify-integrity";
import { auditFilterOptions } from "@/lib/audit/filter-options";
import { parseAuditSearch } from "@/lib/audit/filters";
import { readAuditHead } from "@/lib/audit/head";
import { listAuditEvents } from "@/lib/audit/log";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Lookup = (key: string) => string;

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "admin", "page:/admin/audit");
  const search = parseAuditSearch(await searchParams);
  const t = await getTranslations("audit");
  // the filters' refusals are catalogue keys ("audit.errors.noSuchDate")
  const root = (await getTranslations()) as unknown as Lookup;
  const errors =
    search.errors &&
    Object.fromEntries(
      Object.entries(search.errors).map(([field, keys]) => [field, keys?.map((key) => root(key))]),
    );
  const [options, page, head] = await Promise.all([
    auditFilterOptions(user),
    search.errors ? null : listAuditEvents(user, search.filters, search.cursor),
    readAuditHead(user),
  ]);

  return (
    <ClientMessages namespaces={["audit"]}>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">{t("intro")}</p>
        </div>

        <section
          aria-labelledby="audit-integrity-heading"
          className="grid gap-6 rounded-lg border border-line bg-white p-4 lg:grid-cols-[3fr_2fr]"
        >
          <div className="flex flex-col gap-3">
            <h2 id="audit-integrity-heading" className="text-lg font-semibold">
              {t("integrity")}
            </h2>
            <VerifyIntegrity />
          </div>
          <HeadExport head={head} exportedAt={new Date()} />
        </section>

        <AuditFilters input={search.input} options={options} errors={errors} />
        {page ? (
          <AuditEventList page={page} input={search.input} />
        ) : (
          <p role="alert" className="text-sm text-danger">
            {t("correctFilters")}
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
