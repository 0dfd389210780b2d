import { useTranslations } from "@/lib/i18n/use-translations";
import type { EvidenceFlag } from "@/db/schema/enums";

/**
 * A source's flag, named and explained: "Quote no longer on the page. The
 * quote was on this page when…". `marked` puts a warning sign before it (the
 * card, where it stands among other sources).
 */
export function FlagNote({ flag, marked = false }: { flag: EvidenceFlag; marked?: boolean }) {
  const t = useTranslations("evidence.flag");
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span className="font-medium">
        {marked && <span aria-hidden="true">⚠ </span>}
        {t(`title.${flag}`)}
      </span>{" "}
      {t(`explanation.${flag}`)}
    </p>
  );
}
