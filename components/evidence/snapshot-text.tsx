import { useTranslations } from "@/lib/i18n/use-translations";
import type { EvidenceSnapshots } from "@/lib/evidence/snapshots";
import { paragraphsOf, quoteFoundOnPage } from "@/lib/evidence/quote-on-page";

/**
 * A capture's text as the desk extracted it, paragraph by paragraph, always
 * as text (React escapes it; the page's HTML was never kept). The paragraphs
 * that hold the source's quote are marked, found through the same Arabic
 * folding as the check.
 */
export function SnapshotText({
  snapshot,
  text,
  quote,
}: {
  snapshot: EvidenceSnapshots["snapshots"][number];
  text: string;
  quote: string | null;
}) {
  const t = useTranslations("evidence.snapshots");
  return (
    <section aria-labelledby="snapshot-text-heading" className="flex flex-col gap-3">
      <h2 id="snapshot-text-heading" className="text-lg font-semibold">
        {t("textHeading", { date: snapshot.takenAt })}
      </h2>
      {snapshot.title && (
        <p dir="auto" className="font-reading font-medium">
          {snapshot.title}
        </p>
      )}
      <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
        {paragraphsOf(text).map((paragraph, index) =>
          quoteFoundOnPage(paragraph, quote) ? (
            <p key={index} dir="auto" className="bg-amber-50 font-reading ring-4 ring-amber-50">
              <span className="sr-only">{t("holdsQuote")}</span>
              {paragraph}
            </p>
          ) : (
            <p key={index} dir="auto" className="font-reading">
              {paragraph}
            </p>
          ),
        )}
      </div>
    </section>
  );
}
