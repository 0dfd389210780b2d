import "server-only";
import type { Report, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { hasRole, isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may change a report's text, for the report page that offers the forms
 * and the data layer that enforces them. A text that claims are anchored in
 * is the ground those cards stand on: it is the work of whoever imported the
 * report, so only they or an editor replace it. A report with no text, or
 * none anchored in it, takes a text from any reviewer. Going back to an
 * earlier version is an editor's call.
 */
export const REPLACE_TEXT_REFUSAL =
  "Claims are anchored in this text, so only the person who imported the report or an editor can replace it.";

export function mayReplaceReportText(
  actor: User,
  report: Pick<Report, "importedBy"> & { hasAnchoredClaims: boolean },
): boolean {
  return !report.hasAnchoredClaims || isAuthorOrEditor(actor, report.importedBy);
}

export function assertMayReplaceReportText(
  actor: User,
  report: Pick<Report, "importedBy"> & { hasAnchoredClaims: boolean },
): void {
  if (!mayReplaceReportText(actor, report))
    throw new ForbiddenError("editor", REPLACE_TEXT_REFUSAL);
}

export function mayRestoreReportText(actor: User): boolean {
  return hasRole(actor.role, "editor");
}

export function assertMayRestoreReportText(actor: User): void {
  if (!mayRestoreReportText(actor)) {
    throw new ForbiddenError("editor", "Only an editor can restore an earlier text.");
  }
}
