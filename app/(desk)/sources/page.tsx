import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/get-translations";
import { SourcesTable } from "@/components/sources/sources-table";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { PageLinks } from "@/components/ui/page-links";
import { requireUser } from "@/lib/auth/current-user";
import { RECORD_MIN_DECIDED, sourceKinds } from "@/lib/sources/kinds";
import { listSources, parseSourceListFilter, type SourceListFilter } from "@/lib/sources/list";
import { sourceSorts } from "@/lib/sources/list-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sourcesPage"))("title") };
}

function hrefOf(filter: SourceListFilter, page: number) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.sort !== "claims") params.set("sort", filter.sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/sources?${query}` : "/sources";
}

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filter = parseSourceListFilter(await searchParams);
  const { sources, total, pageCount } = await listSources(user, filter);
  const t = await getTranslations("sourcesPage");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-prose text-sm text-muted">
          {t("intro", { minimum: RECORD_MIN_DECIDED })}
        </p>
      </div>

      {/* a plain GET form: it filters and sorts without JavaScript */}
      <form
        role="search"
        aria-label={t("filter.label")}
        method="get"
        action="/sources"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.5fr)_auto] sm:items-end"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="sources-q" className="text-sm font-medium">
            {t("filter.name")}
          </label>
          <input
            id="sources-q"
            type="search"
            name="q"
            dir="auto"
            defaultValue={filter.q}
            className={controlClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sources-kind" className="text-sm font-medium">
            {t("filter.kind")}
          </label>
          <select
            id="sources-kind"
            name="kind"
            defaultValue={filter.kind ?? ""}
            className={controlClass}
          >
            <option value="">{t("filter.anyKind")}</option>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sources-sort" className="text-sm font-medium">
            {t("filter.sort")}
          </label>
          <select id="sources-sort" name="sort" defaultValue={filter.sort} className={controlClass}>
            {sourceSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("filter.submit")}</Button>
      </form>

      <p role="status" className="text-sm text-muted">
        {t("total", { count: total })}
      </p>
      {sources.length > 0 ? (
        <SourcesTable sources={sources} />
      ) : (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          {t("none")}
        </p>
      )}
      {pageCount > 1 && (
        <PageLinks
          page={filter.page}
          pageCount={pageCount}
          hrefOf={(page) => hrefOf(filter, page)}
        />
      )}
    </div>
  );
}
