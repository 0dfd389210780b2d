import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";

/** "Previous page · Page 2 of 5 · Next page" under a paged list; the links keep its filters. */
export function PageLinks({
  page,
  pageCount,
  hrefOf,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  const t = useTranslations("paging");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link rel="prev" className="text-accent underline" href={hrefOf(page - 1)}>
          {t("previous")}
        </Link>
      )}
      <span className="text-muted">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link rel="next" className="text-accent underline" href={hrefOf(page + 1)}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
