import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";

/**
 * The flag a claim carries while one of its live sources has a page that is
 * gone or no longer holds its quote (the desk's checks, lib/evidence/
 * check-outcome.ts): on the board's card, and on the claim's page, where
 * `children` is the whole sentence, saying where to look.
 */
export function EvidenceChangedNote({ children }: { children?: ReactNode }) {
  const t = useTranslations("claim.flags");
  return (
    <p className="inline-flex w-fit flex-wrap items-center gap-1.5 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300 ring-inset">
      <span aria-hidden="true">⚠</span>
      <span>{children ?? t("evidenceChanged")}</span>
    </p>
  );
}
