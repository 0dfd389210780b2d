/**
 * The CSV export: one row per claim, written by csv-stringify with RFC 4180
 * quoting and CRLF line ends, UTF-8 with a byte-order mark so spreadsheet
 * programs read Arabic as Arabic. Pure: the stream writes the header, then
 * the rows of each batch as they come.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` (and, in some programs, tab or carriage return, or the
 * full-width forms of those signs) as a formula, so a statement such as
 * `=HYPERLINK("http://evil.example", "click")` would act when opened. Every
 * string cell passes through `neutraliseFormula` (csv-stringify's `cast`
 * hook, so no column can be forgotten), which puts a single quote in front:
 * the spreadsheet then shows the text as typed. Numbers are written by the
 * desk, never negative, and left alone.
 */
import { stringify, type Options } from "csv-stringify/sync";
import type { ExportClaim } from "./claim-record";

const dangerousLeads = new Set(["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]);

/** `'=1+1` for `=1+1`; anything not starting with a formula sign is returned unchanged. */
export function neutraliseFormula(cell: string): string {
  return cell.length > 0 && dangerousLeads.has(cell[0]!) ? `'${cell}` : cell;
}

const options: Options = {
  record_delimiter: "\r\n",
  // csv-stringify stops quoting a lone "\n" once record_delimiter is set; RFC 4180 needs it quoted
  quote_record_delimiter: true,
  cast: { string: neutraliseFormula },
};

type Column = { header: string; value: (claim: ExportClaim) => string | number | null };

/**
 * The columns, in order. Lists (evidence, entities) are joined into one cell
 * each. Headers and codes (verdict, status, stance, kinds, precision) are
 * stable English codes a spreadsheet or script can filter on in any desk;
 * the columns of words, consensus_wording and agreement, are in the
 * exporting editor's language (./export-words.ts).
 */
export const csvColumns: Column[] = [
  { header: "claim_id", value: (c) => c.id },
  { header: "permalink", value: (c) => c.permalink },
  { header: "statement", value: (c) => c.statement },
  { header: "verdict", value: (c) => c.verdict?.verdict ?? null },
  { header: "verdict_rationale", value: (c) => c.verdict?.rationale ?? null },
  { header: "verdict_decided_at", value: (c) => c.verdict?.decidedAt ?? null },
  { header: "verdict_decided_by", value: (c) => c.verdict?.decidedBy ?? null },
  { header: "status", value: (c) => c.status },
  {
    header: "consensus_grade",
    value: (c) => (c.sourcing.grade ? c.sourcing.grade.slice(0, 2) : null),
  },
  { header: "consensus_wording", value: (c) => c.sourcing.grade },
  { header: "reviewers", value: (c) => c.sourcing.reviewers },
  { header: "agreement", value: (c) => c.sourcing.agreement },
  {
    header: "evidence",
    value: (c) => c.evidence.map((e) => `${e.stance}: ${e.title} <${e.url}>`).join("\n"),
  },
  {
    header: "contradicted_by",
    value: (c) => c.contradictedBy.map((o) => `#${o.id} ${o.statement}`).join("\n"),
  },
  { header: "quote", value: (c) => c.quote.text },
  { header: "quote_language", value: (c) => c.quote.language },
  { header: "attribution", value: (c) => c.attribution },
  { header: "sources", value: (c) => c.sources.map((s) => s.name).join("; ") },
  { header: "source_kinds", value: (c) => c.sources.map((s) => s.kind).join("; ") },
  { header: "event_date", value: (c) => c.eventDate?.date ?? null },
  { header: "event_date_precision", value: (c) => c.eventDate?.precision ?? null },
  { header: "entities", value: (c) => c.entities.map((e) => e.name).join("; ") },
  { header: "report_id", value: (c) => c.report.id },
  { header: "report_title", value: (c) => c.report.title },
  { header: "report_outlet", value: (c) => c.report.outlet },
  { header: "report_published_on", value: (c) => c.report.publishedOn },
  { header: "report_url", value: (c) => c.report.url },
];

/** The byte-order mark and the header row: the start of every CSV export, even an empty one. */
export function csvHeader(): string {
  return stringify([csvColumns.map((column) => column.header)], { ...options, bom: true });
}

export function csvRows(claims: readonly ExportClaim[]): string {
  if (claims.length === 0) return "";
  return stringify(
    claims.map((claim) => csvColumns.map((column) => column.value(claim))),
    options,
  );
}
