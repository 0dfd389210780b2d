/**
 * The demo corpus as a newly imported desk holds it: one account per role,
 * the entities, the five source reports (without their full texts) and the
 * claim cards quoted from them, then the links between those claims.
 *
 * Accounts, reports and cards are written in bulk with the audit events the
 * app writes for them, and no actor: the desk itself made them. Reports are
 * stored without full text; their claims keep the exact quotes, to be
 * re-anchored when a reviewer imports the text.
 */
import { getDb } from "@/db";
import * as schema from "@/db/schema";
import type { AuditAction, AuditEntityType } from "@/lib/audit/actions";
import { currentRequestId } from "@/lib/request-id";
import { demoAccounts } from "@/lib/demo/accounts";
import { catchUpResemblances } from "@/lib/pairs/resemblances";
import { linkClaims } from "@/lib/relations/link";
import { demoClaims } from "../claims";
import { demoEntities } from "../entities";
import { demoRelations } from "../relations";
import { demoReports } from "../reports";
import { accountOf, claimIdOf, type DemoDesk } from "./desk";

export async function loadCorpus(desk: DemoDesk) {
  const db = getDb();
  const accounts = await db
    .insert(schema.users)
    .values(
      demoAccounts.map(({ email, displayName, role }) => ({
        email,
        displayName,
        role,
        passwordHash: desk.passwordHash,
      })),
    )
    .returning();
  demoAccounts.forEach((account, i) => {
    const { passwordHash: _hash, ...user } = accounts[i]!;
    desk.accounts.set(account.key, user);
  });
  const admin = accountOf(desk, "admin");

  const entityRows = await db
    .insert(schema.entities)
    .values(demoEntities.map(({ name, kind }) => ({ name, kind })))
    .returning();
  const entityIdByKey = new Map(demoEntities.map((e, i) => [e.key, entityRows[i]!.id]));

  const reportRows = await db
    .insert(schema.reports)
    .values(
      demoReports.map((r) => ({
        title: r.title,
        outlet: r.outlet,
        author: r.author,
        url: r.url,
        publishedOn: r.publishedOn,
        language: r.language,
        importedBy: admin.id,
      })),
    )
    .returning();
  demoReports.forEach((report, i) => desk.reportIds.set(report.key, reportRows[i]!.id));

  const claimRows = await db
    .insert(schema.claims)
    .values(
      demoClaims.map((c) => ({
        reportId: desk.reportIds.get(c.reportKey)!,
        statement: c.statement,
        quote: c.quote,
        quoteLanguage: "ar",
        anchorExact: c.quote,
        anchorState: "unanchored" as const,
        attribution: c.attribution,
        eventDate: c.eventDate,
        eventDatePrecision: c.eventDatePrecision,
        createdBy: admin.id,
      })),
    )
    .returning();
  demoClaims.forEach((claim, i) => desk.claimIds.set(claim.key, claimRows[i]!.id));
  // the author watches their cards, as on the desk (lib/notifications/fan-out.ts)
  await db.insert(schema.claimWatches).values(
    claimRows.map((c) => ({
      claimId: c.id,
      userId: admin.id,
      watching: true,
      reason: "author" as const,
    })),
  );

  const claimEntityRows = demoClaims.flatMap((c) =>
    c.entities.map((key) => ({
      claimId: claimIdOf(desk, c.key),
      entityId: entityIdByKey.get(key)!,
    })),
  );
  if (claimEntityRows.length) await db.insert(schema.claimEntities).values(claimEntityRows);
  // which claims look like which, as the app works it out for a claim it makes
  await catchUpResemblances(db, demoClaims.length);

  // the events the app writes for these, in one statement: a hundred of them at once
  const requestId = await currentRequestId();
  const seedEvent = (
    action: AuditAction,
    entityType: AuditEntityType,
    entityId: string | number,
    after: object,
  ) => ({
    action,
    entityType,
    entityId: String(entityId),
    after: { ...after, source: "demo seed" },
    requestId,
  });
  await db
    .insert(schema.auditEvents)
    .values([
      ...accounts.map((a) =>
        seedEvent("user.create", "user", a.id, { email: a.email, role: a.role }),
      ),
      ...reportRows.map((r) =>
        seedEvent("report.import", "report", r.id, { title: r.title, outlet: r.outlet }),
      ),
      ...claimRows.map((c) =>
        seedEvent("claim.create", "claim", c.id, { statement: c.statement, reportId: c.reportId }),
      ),
    ]);
}

/**
 * Links go through the app's own writer, after the cards' creation is
 * logged: each link refreshes both claims' status and board summary and is
 * audited on both cards exactly as a link a person makes.
 */
export async function linkDemoClaims(desk: DemoDesk) {
  const admin = accountOf(desk, "admin");
  for (const relation of demoRelations) {
    await linkClaims(
      getDb(),
      {
        claimId: claimIdOf(desk, relation.fromClaim),
        otherClaimId: claimIdOf(desk, relation.toClaim),
        kind: relation.kind,
        note: relation.note,
        createdBy: admin.id,
      },
      { actorId: null },
    );
  }
}
