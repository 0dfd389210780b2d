import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";

/**
 * The flag a claim carries while a contradicting claim or live contradicting
 * evidence exists (claims.contradicted): on the board's card, and on the
 * claim's page, where `children` is the whole sentence, saying where to look.
 */
export function ContradictedNote({ children }: { children?: ReactNode }) {
  const t = useTranslations("claim.flags");
  return (
    <p className="inline-flex w-fit flex-wrap items-center gap-1.5 rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800 ring-1 ring-rose-300 ring-inset">
      <span aria-hidden="true">⚠</span>
      <span>{children ?? t("contradicted")}</span>
    </p>
  );
}
