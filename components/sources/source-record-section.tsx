import { useTranslations } from "@/lib/i18n/use-translations";
import { GradeDistribution } from "@/components/ratings/grade-distribution";
import { RowHeader, Table } from "@/components/ui/table";
import { reliabilityGrades } from "@/lib/review/grades";
import { verdictOrder, type SourceRecord } from "@/lib/sources/record-summary";
import {
  claimsSentence,
  lettersSentence,
  thinRecordSentence,
  withheldSentence,
} from "@/lib/sources/record-wording";
import { useRecordWords } from "./record-words";

/**
 * A source's record on its page: its claims' verdicts, "too few to judge"
 * when fewer than five are decided, and the reliability letters reviewers
 * gave its claims as a distribution (those blind-first lets this reader see).
 */
export function SourceRecordSection({ record }: { record: SourceRecord }) {
  const words = useRecordWords();
  const t = useTranslations("claimSources.record");
  const vocab = useTranslations("vocab");
  const review = useTranslations("review");
  const thin = thinRecordSentence(words, record);
  const withheld = withheldSentence(words, record.lettersWithheld);
  return (
    <section aria-labelledby="record-heading" className="flex flex-col gap-3">
      <h2 id="record-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p>{claimsSentence(words, record, "all")}</p>
      {thin && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
          {thin}
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Table
          caption={t("byVerdict")}
          captionVisible
          captionClassName="mb-1 font-medium"
          bodyClassName="divide-y divide-line"
          className="text-sm"
        >
          {verdictOrder.map((verdict) => (
            <tr key={verdict}>
              <RowHeader className="py-1 font-medium">{vocab(`verdict.${verdict}`)}</RowHeader>
              <td className="py-1 text-end tabular-nums">{record.verdicts[verdict]}</td>
            </tr>
          ))}
          <tr>
            <RowHeader className="py-1 font-medium">{t("undecided")}</RowHeader>
            <td className="py-1 text-end tabular-nums">{record.undecided}</td>
          </tr>
        </Table>
        <div className="flex flex-col gap-1">
          <GradeDistribution
            caption={t("lettersCaption")}
            rows={reliabilityGrades.map((grade) => ({
              grade,
              label: review(`form.reliability.${grade}.label`),
              count: record.letters[grade],
            }))}
          />
          <p className="text-sm">{lettersSentence(words, record.letters)}</p>
          {withheld && <p className="text-sm text-muted">{withheld}</p>}
        </div>
      </div>
    </section>
  );
}
