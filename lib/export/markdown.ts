/**
 * The Markdown summary: a line saying when, by whom and for what selection
 * it was made, then a heading per report and a section per claim. Pure.
 *
 * Text from the desk (statements, rationales, titles) is escaped, so a
 * statement containing `*`, `[` or `<script>` reads as typed wherever the
 * summary is rendered; links are written in angle brackets, with the
 * characters that would end them percent-encoded.
 */
import type { ExportClaim } from "./claim-record";
import { formatEventDate } from "@/lib/text/event-date";
import { exportByline, type ExportMeta } from "./export-meta";
import { readerWords } from "./reader";

/**
 * Backslash-escapes what Markdown would read as markup inside a line
 * (emphasis, code, links, HTML, tables, entities) and folds line breaks into
 * spaces. Parentheses need nothing once brackets are escaped.
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`);
}

/** Also escapes what would start a heading, list or quote at the start of a line. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\s*)([#+\-=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** A link destination that cannot break out of `<…>`. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, (character) => encodeURIComponent(character))}>`;
}

function link(text: string, url: string): string {
  return `[${escapeMarkdownInline(text)}](${markdownUrl(url)})`;
}

/** The catalogue, formatter and locale a summary is written with. */
type Writing = ReturnType<typeof readerWords>;

export function reportHeading(report: ExportClaim["report"], { t }: Writing): string {
  const details = [
    report.outlet ? escapeMarkdownInline(report.outlet) : null,
    report.publishedOn ? t("summary.published", { date: report.publishedOn }) : null,
    report.url ? markdownUrl(report.url) : null,
  ].filter(Boolean);
  return `## ${escapeMarkdownInline(report.title)}\n\n${details.length ? `${details.join(" · ")}\n\n` : ""}`;
}

/**
 * One claim. Dates stay as the desk stores them (2025-09-20): a summary is
 * edited and forwarded, and that form reads the same in either language.
 */
export function claimSection(claim: ExportClaim, number: number, writing: Writing): string {
  const { t } = writing;
  const line = (label: string, value?: string) =>
    `- **${t(`summary.${label}`)}:**${value === undefined ? "" : ` ${value}`}`;
  const lines = [`### ${number}. ${escapeMarkdownInline(claim.statement)}`, ""];
  lines.push(
    line(
      "verdict",
      claim.verdict
        ? t("export.file.verdictValue", {
            verdict: claim.verdict.label,
            rationale: escapeMarkdownInline(claim.verdict.rationale),
            who: escapeMarkdownInline(claim.verdict.decidedBy),
            date: claim.verdict.decidedAt.slice(0, 10),
          })
        : t("export.file.noVerdict", {
            status: t(`vocab.status.${claim.status}`).toLowerCase(),
          }),
    ),
  );
  // the record's grade and agreement are already in the reader's language (./export-words.ts)
  const { grade, agreement } = claim.sourcing;
  lines.push(
    line(
      "sourcing",
      t("summary.sourcingValue", {
        grade: grade ? escapeMarkdownInline(grade) : t("export.file.notGraded"),
        agreement,
      }),
    ),
  );
  if (claim.eventDate) {
    const { date, precision } = claim.eventDate;
    lines.push(line("eventDate", formatEventDate(date, precision, writing.locale)));
  }
  if (claim.attribution) lines.push(line("attributedTo", escapeMarkdownInline(claim.attribution)));
  if (claim.sources.length > 0) {
    const names = claim.sources.map((source) => escapeMarkdownInline(source.name));
    lines.push(line("restsOn", names.join(t("export.selection.separator"))));
  }
  if (claim.evidence.length === 0) lines.push(line("evidence", t("export.file.noEvidence")));
  else {
    lines.push(line("evidence"));
    for (const item of claim.evidence) {
      const outlet = item.outlet ? ` (${escapeMarkdownInline(item.outlet)})` : "";
      const stance = t(`summary.stance.${item.stance}`);
      lines.push(`  - ${stance}: ${link(item.title, item.url)}${outlet}`);
    }
  }
  if (claim.contradictedBy.length > 0) {
    lines.push(line("contradictedBy"));
    for (const other of claim.contradictedBy) {
      lines.push(`  - ${link(`#${other.id} ${other.statement}`, other.permalink)}`);
    }
  }
  lines.push(
    `- **${t("summary.originalQuote")}** (${escapeMarkdownInline(claim.quote.language)}):`,
    "",
  );
  for (const line of claim.quote.text.split(/\r?\n/)) {
    lines.push(`  > ${escapeMarkdownLine(line)}`);
  }
  lines.push("", `- **${t("export.file.permalink")}:** ${markdownUrl(claim.permalink)}`, "", "");
  return lines.join("\n");
}

/**
 * Writes the summary batch by batch, remembering the report it is in, in
 * the language of the editor who exports (meta.reader): a summary is for people.
 */
export function markdownWriter(meta: ExportMeta) {
  const writing = readerWords(meta.reader);
  const { t } = writing;
  let currentReportId: number | null = null;
  let numberInReport = 0;
  return {
    open(): string {
      const title = t(
        meta.selection.statuses === "all" ? "export.file.titleAll" : "export.file.titleSummary",
      );
      return `# ${title}\n\n${escapeMarkdownInline(exportByline(meta))}\n\n${
        meta.count === 0 ? `${t("summary.nothing")}\n\n` : ""
      }`;
    },
    write(claims: readonly ExportClaim[]): string {
      let text = "";
      for (const claim of claims) {
        if (claim.report.id !== currentReportId) {
          currentReportId = claim.report.id;
          numberInReport = 0;
          text += reportHeading(claim.report, writing);
        }
        numberInReport += 1;
        text += claimSection(claim, numberInReport, writing);
      }
      return text;
    },
    close(): string {
      return "";
    },
  };
}
