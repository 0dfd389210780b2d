import { useTranslations } from "@/lib/i18n/use-translations";

/** What a comment box accepts, said once for every comment form. */
export function MarkdownHint({ maxLength }: { maxLength: number }) {
  const t = useTranslations("discussion.form");
  return <>{t("hint", { maximum: maxLength })}</>;
}
