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
import { exportByline, type ExportMeta } from "./export-meta";

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

const stanceWords = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

export function reportHeading(report: ExportClaim["report"]): string {
  const details = [
    report.outlet ? escapeMarkdownInline(report.outlet) : null,
    report.publishedOn ? `published ${report.publishedOn}` : null,
    report.url ? markdownUrl(report.url) : null,
  ].filter(Boolean);
  return `## ${escapeMarkdownInline(report.title)}\n\n${details.length ? `${details.join(" · ")}\n\n` : ""}`;
}

export function claimSection(claim: ExportClaim, number: number): string {
  const lines = [`### ${number}. ${escapeMarkdownInline(claim.statement)}`, ""];
  lines.push(
    claim.verdict
      ? `- **Verdict:** ${claim.verdict.label}. ${escapeMarkdownInline(claim.verdict.rationale)} (${escapeMarkdownInline(claim.verdict.decidedBy)}, ${claim.verdict.decidedAt.slice(0, 10)})`
      : `- **Verdict:** none yet (desk status: ${claim.status.replace("_", " ")})`,
  );
  lines.push(
    `- **Sourcing:** ${claim.sourcing.grade ? escapeMarkdownInline(claim.sourcing.grade) : "not graded"}; ${claim.sourcing.agreement}`,
  );
  if (claim.eventDate) lines.push(`- **Event date:** ${claim.eventDate.label}`);
  if (claim.attribution) {
    lines.push(`- **Attributed to:** ${escapeMarkdownInline(claim.attribution)}`);
  }
  if (claim.sources.length > 0) {
    const names = claim.sources.map((source) => escapeMarkdownInline(source.name));
    lines.push(`- **Rests on:** ${names.join("; ")}`);
  }
  if (claim.evidence.length === 0) lines.push("- **Evidence:** none linked");
  else {
    lines.push("- **Evidence:**");
    for (const item of claim.evidence) {
      const outlet = item.outlet ? ` (${escapeMarkdownInline(item.outlet)})` : "";
      lines.push(`  - ${stanceWords[item.stance]}: ${link(item.title, item.url)}${outlet}`);
    }
  }
  if (claim.contradictedBy.length > 0) {
    lines.push("- **Contradicted by:**");
    for (const other of claim.contradictedBy) {
      lines.push(`  - ${link(`#${other.id} ${other.statement}`, other.permalink)}`);
    }
  }
  lines.push(`- **Original quote** (${escapeMarkdownInline(claim.quote.language)}):`, "");
  for (const line of claim.quote.text.split(/\r?\n/)) {
    lines.push(`  > ${escapeMarkdownLine(line)}`);
  }
  lines.push("", `- **Permalink:** ${markdownUrl(claim.permalink)}`, "", "");
  return lines.join("\n");
}

/** Writes the summary batch by batch, remembering the report it is in. */
export function markdownWriter(meta: ExportMeta) {
  let currentReportId: number | null = null;
  let numberInReport = 0;
  return {
    open(): string {
      const title = meta.selection.statuses === "all" ? "Claims" : "Claim summary";
      return `# ${title}\n\n${escapeMarkdownInline(exportByline(meta))}\n\n${
        meta.count === 0 ? "Nothing matches this selection.\n\n" : ""
      }`;
    },
    write(claims: readonly ExportClaim[]): string {
      let text = "";
      for (const claim of claims) {
        if (claim.report.id !== currentReportId) {
          currentReportId = claim.report.id;
          numberInReport = 0;
          text += reportHeading(claim.report);
        }
        numberInReport += 1;
        text += claimSection(claim, numberInReport);
      }
      return text;
    },
    close(): string {
      return "";
    },
  };
}
