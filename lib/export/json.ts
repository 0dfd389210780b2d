/**
 * The JSON export, written piece by piece as batches arrive. Pure.
 *
 * The document is one object, `ExportDocument` below; `version` changes
 * only when a field changes meaning or goes away (new fields may appear in
 * the same version, so readers should ignore what they do not know).
 * `claims` comes before `count` because the file is streamed: a reader that
 * parses as it goes has the claims before the total.
 *
 * Field names and codes (verdicts, statuses, stances) are for programs and
 * never change with the exporting editor's language; `selection.description`
 * is a sentence for people and is in that language, like the Markdown summary.
 *
 * ```json
 * {
 *   "version": 1,
 *   "generatedAt": "2026-11-22T14:03:00.000Z",
 *   "generatedBy": "Karim Nassar",
 *   "organisation": "Verification Desk",
 *   "selection": { "report": null, "entity": 4, "from": "2025-01-01", "to": null,
 *                  "status": ["verified"], "description": "verdict verified; entity “Russia”; …",
 *                  "reportTitle": null, "entityName": "Russia" },
 *   "claims": [ { "id": 12, "permalink": "https://desk.example.org/claims/12", … } ],
 *   "count": 1
 * }
 * ```
 */
import type { ExportClaim } from "./claim-record";
import type { ExportMeta } from "./export-meta";
import type { ExportSelection } from "./selection";

export const EXPORT_JSON_VERSION = 1;

export type ExportDocument = {
  version: typeof EXPORT_JSON_VERSION;
  /** ISO 8601, UTC */
  generatedAt: string;
  generatedBy: string;
  organisation: string;
  selection: {
    report: number | null;
    reportTitle: string | null;
    entity: number | null;
    entityName: string | null;
    /** YYYY-MM-DD, inclusive; the claim's event overlaps the range */
    from: string | null;
    to: string | null;
    /** verdicts and computed statuses (a standing verdict overrides the status), or "all" */
    status: ExportSelection["statuses"];
    description: string;
  };
  /**
   * Ordered by report, then claim id. Each claim: statement, original quote,
   * standing verdict (null when undecided), sourcing (consensus grade with
   * its Admiralty wording, reviewers, agreement), live evidence with stance,
   * contradicting claims, entities and its report. See ExportClaim.
   */
  claims: ExportClaim[];
  /** claims in this file */
  count: number;
};

/** Everything before the first claim: `{"version":1,…,"claims":[` */
export function jsonOpening(meta: ExportMeta): string {
  const head: Omit<ExportDocument, "claims" | "count"> = {
    version: EXPORT_JSON_VERSION,
    generatedAt: meta.generatedAt.toISOString(),
    generatedBy: meta.generatedBy,
    organisation: meta.organisation,
    selection: {
      report: meta.selection.reportId,
      reportTitle: meta.reportTitle,
      entity: meta.selection.entityId,
      entityName: meta.entityName,
      from: meta.selection.from,
      to: meta.selection.to,
      status: meta.selection.statuses,
      description: meta.description,
    },
  };
  return `${JSON.stringify(head).slice(0, -1)},"claims":[`;
}

/** A batch of claims; `written` is how many came before, to place the commas. */
export function jsonClaims(claims: readonly ExportClaim[], written: number): string {
  return claims
    .map((claim, i) => `${written + i === 0 ? "\n" : ",\n"}${JSON.stringify(claim)}`)
    .join("");
}

export function jsonClosing(written: number): string {
  return `\n],"count":${written}}\n`;
}
