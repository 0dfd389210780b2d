import Link from "next/link";
import type { ReliabilityGrade } from "@/db/schema";
import { cautionFor, type SourceRecord } from "@/lib/sources/record-summary";
import {
  claimsSentence,
  lettersSentence,
  thinRecordSentence,
  withheldSentence,
} from "@/lib/sources/record-wording";

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
  return (
    <div className="flex flex-col gap-2 rounded-md border border-line bg-paper p-3 text-sm">
      <p className="font-medium">The claim&apos;s sources on this desk</p>
      {records.length === 0 ? (
        <p className="text-muted">
          No source is named for this claim yet, so there is no record to show.{" "}
          <a href="#sources-heading" className="text-accent underline">
            Name who it rests on
          </a>
          .
        </p>
      ) : (
        <dl className="flex flex-col gap-2">
          {records.map((record) => {
            const thin = thinRecordSentence(record);
            const withheld = withheldSentence(record.lettersWithheld);
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
                  {claimsSentence(record, "other")} {lettersSentence(record.letters)}
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
            {caution.direction === "reliable-but-mostly-wrong" ? (
              <>
                Check the letter: you chose {caution.letter}, but {caution.count} of the{" "}
                {caution.decided} decided claims resting on <bdi>{caution.source}</bdi> ended false
                or misleading.
              </>
            ) : (
              <>
                Check the letter: you chose {caution.letter}, but {caution.count} of the{" "}
                {caution.decided} decided claims resting on <bdi>{caution.source}</bdi> were
                verified.
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
