import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, claims, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { VersionConflict } from "@/lib/errors";
import { lockClaim } from "./lock";
import { assertMayEditClaim } from "./permissions";
import { recordResemblances } from "@/lib/pairs/resemblances";
import { recordClaimChange } from "./record-change";
import { statementLanguageOf } from "./statement-language";

export type ClaimEdit = {
  claimId: number;
  version: number;
  statement: string;
  attribution: string;
  eventDate: string | null;
  eventDatePrecision: "day" | "month" | "year";
};

/**
 * Changes a card's wording, attribution or event date. The form sends the
 * version it was opened at; if someone saved in between, nothing is written
 * and the conflict names them and shows what they saved. Only the card's
 * author or an editor may edit it.
 */
export async function editClaim(actor: User, edit: ClaimEdit) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    const claim = await lockClaim(tx, edit.claimId);
    assertMayEditClaim(actor, claim);
    if (claim.version !== edit.version) {
      const [last] = await tx
        .select({ name: users.displayName })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(
          and(
            eq(auditEvents.entityType, "claim"),
            eq(auditEvents.entityId, String(edit.claimId)),
            eq(auditEvents.action, "claim.edit"),
          ),
        )
        .orderBy(desc(auditEvents.id))
        .limit(1);
      throw new VersionConflict("claim.edit.conflict", claim, {
        who: last?.name ? "named" : "someone",
        name: last?.name ?? "",
        statement: claim.statement,
        attribution: claim.attribution || "none",
        eventDate: claim.eventDate ?? "none",
      });
    }
    const before = fieldsOf(claim);
    const after = {
      statement: edit.statement,
      attribution: edit.attribution,
      eventDate: edit.eventDate,
      eventDatePrecision: edit.eventDate ? edit.eventDatePrecision : null,
    };
    await tx
      .update(claims)
      .set({
        ...after,
        // a reworded statement may now be in the other language
        statementLanguage:
          edit.statement === claim.statement
            ? claim.statementLanguage
            : statementLanguageOf(edit.statement),
        version: claim.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(claims.id, edit.claimId));
    // a new wording may look like other claims, or no longer like some
    if (edit.statement !== claim.statement) await recordResemblances(tx, edit.claimId);
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.edit",
      claimId: edit.claimId,
      before,
      after,
    });
  });
}

function fieldsOf(claim: typeof claims.$inferSelect) {
  return {
    statement: claim.statement,
    attribution: claim.attribution,
    eventDate: claim.eventDate,
    eventDatePrecision: claim.eventDatePrecision,
  };
}
