import type { ExportSelection } from "./selection";

/** What every export says about itself: when, by whom, and what was selected. */
export type ExportMeta = {
  generatedAt: Date;
  /** the display name of the person (or token's owner) who ran it */
  generatedBy: string;
  /** DESK_ORGANISATION_NAME */
  organisation: string;
  selection: ExportSelection;
  reportTitle: string | null;
  entityName: string | null;
  /** describeSelection's words */
  description: string;
  /** the number of claims counted when the export started */
  count: number;
};

/** "22 Nov 2026, 14:03 UTC" */
export function formatExportTime(at: Date): string {
  return `${new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(at)} UTC`;
}

/** The top line of a summary: when, by whom, what selection, how many. */
export function exportByline(meta: ExportMeta): string {
  const claims = `${meta.count} claim${meta.count === 1 ? "" : "s"}`;
  return `Exported ${formatExportTime(meta.generatedAt)} by ${meta.generatedBy} (${meta.organisation}). Selection: ${meta.description}. ${claims}.`;
}
