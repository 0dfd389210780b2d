import "server-only";
import type { Evidence, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { hasRole, isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may retract an evidence link: the reviewer who added it, or an editor.
 * Evidence ids are guessable, so the data layer checks this on every
 * retraction; the card offers "Retract" by the same rule.
 */
export function mayRetractEvidence(actor: User, link: Pick<Evidence, "addedBy">): boolean {
  return isAuthorOrEditor(actor, link.addedBy);
}

export function assertMayRetractEvidence(actor: User, link: Pick<Evidence, "addedBy">): void {
  if (!mayRetractEvidence(actor, link)) {
    throw new ForbiddenError(
      "owner",
      "Only the reviewer who added this evidence, or an editor, may retract it.",
    );
  }
}

/**
 * Who may ask the desk to check a source's page now: any reviewer, on a
 * source that is not retracted (a retracted source's page is not watched).
 * Paced per person in lib/evidence/check-request.ts.
 */
export function mayCheckEvidence(actor: User, link: Pick<Evidence, "retractedAt">): boolean {
  return hasRole(actor.role, "reviewer") && link.retractedAt === null;
}
