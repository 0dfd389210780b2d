import "server-only";
import type { User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { hasRole, isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may do what with sources. Naming who a claim rests on is any
 * reviewer's work, as tagging is, verdict or not: it records where a claim
 * came from, not what it is worth. A source's name, kind and hosts change
 * every record and evidence link that reads them, and merging two moves all
 * of them, so those are an editor's. A report's outlet is its importer's or
 * an editor's, as the report's text is. The pages offer each control by
 * these rules and the data layer enforces them.
 */
export function mayNameClaimSource(actor: User): boolean {
  return hasRole(actor.role, "reviewer");
}

export function mayEditSource(actor: User): boolean {
  return hasRole(actor.role, "editor");
}

export function mayMergeSources(actor: User): boolean {
  return hasRole(actor.role, "editor");
}

export function maySetReportSource(actor: User, report: { importedBy: string | null }): boolean {
  return isAuthorOrEditor(actor, report.importedBy);
}

export function assertMayNameClaimSource(actor: User): void {
  if (!mayNameClaimSource(actor)) throw new ForbiddenError("reviewer");
}

export function assertMayEditSource(actor: User): void {
  if (!mayEditSource(actor)) {
    throw new ForbiddenError("editor", "Only an editor can rename a source or change its hosts.");
  }
}

export function assertMayMergeSources(actor: User): void {
  if (!mayMergeSources(actor)) {
    throw new ForbiddenError("editor", "Only an editor can merge two sources.");
  }
}

export function assertMaySetReportSource(actor: User, report: { importedBy: string | null }): void {
  if (!maySetReportSource(actor, report)) {
    throw new ForbiddenError(
      "owner",
      "Only the reviewer who imported the report, or an editor, can change its outlet.",
    );
  }
}
