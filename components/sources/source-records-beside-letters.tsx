import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReliabilityGrade } from "@/db/schema";
import { cautionFor, type SourceRecord } from "@/lib/sources/record-summary";
import {
  claimsSentence,
  lettersSentence,
  thinRecordSentence,
  withheldSentence,
} from "@/lib/sources/record-wording";
import { useRecordWords } from "./record-words";

/**
 * Beside the reliability letters: what the desk knows of the claim's
 * sources from their other claims (never this one's ratings), and a caution
 * when the letter being chosen disagrees with a source's record. Rendered
 * inside the rating form, so the caution follows the letter as it changes;
 * announced politely, since it appears while a person is choosing.
 */
export function SourceRecordsBesideLetters({
  records,
  chosen,
}: {
  records: SourceRecord[];
  chosen: ReliabilityGrade | null;
}) {
  const caution = cautionFor(chosen, records);
  const words = useRecordWords();
  const t = useTranslations("claimSources.record");
  return (
    <div className="flex flex-col gap-2 rounded-md border border-line bg-paper p-3 text-sm">
      <p className="font-medium">{t("besideLetters")}</p>
      {records.length === 0 ? (
        <p className="text-muted">
          {t.rich("noneNamed", {
            link: (chunks) => (
              <a href="#sources-heading" className="text-accent underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : (
        <dl className="flex flex-col gap-2">
          {records.map((record) => {
            const thin = thinRecordSentence(words, record);
            const withheld = withheldSentence(words, record.lettersWithheld);
            return (
              <div key={record.sourceId}>
                <dt className="font-medium">
                  <Link
                    href={`/sources/${record.sourceId}`}
                    className="text-accent underline"
                    dir="auto"
                  >
                    {record.name}
                  </Link>
                </dt>
                <dd>
                  {claimsSentence(words, record, "other")} {lettersSentence(words, record.letters)}
                  {thin && <span className="block text-muted">{thin}</span>}
                  {withheld && <span className="block text-muted">{withheld}</span>}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      <div aria-live="polite">
        {caution && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5">
            {t.rich(
              caution.direction === "reliable-but-mostly-wrong"
                ? "cautionFalse"
                : "cautionVerified",
              {
                letter: caution.letter,
                count: caution.count,
                decided: caution.decided,
                source: () => <bdi>{caution.source}</bdi>,
              },
            )}
          </p>
        )}
      </div>
    </div>
  );
}
