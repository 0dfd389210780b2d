/**
 * Loads the demo desk into an empty database: one account per role and the
 * claim cards from the five Arabic reports (scripts/demo). Reports are stored
 * without full text; their claims keep the exact quotes, to be re-anchored
 * when a reviewer imports the text.
 */
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { hashPassword } from "@/lib/auth/password";
import { catchUpResemblances } from "@/lib/pairs/resemblances";
import { linkClaims } from "@/lib/relations/link";
import { demoClaims } from "./claims";
import { demoEntities } from "./entities";
import { demoRelations } from "./relations";
import { demoReports } from "./reports";
import * as schema from "@/db/schema";

export const demoAccounts = [
  { email: "admin@demo.test", displayName: "Samira Haddad", role: "admin" },
  { email: "editor@demo.test", displayName: "Karim Nassar", role: "editor" },
  { email: "reviewer1@demo.test", displayName: "Lina Farouk", role: "reviewer" },
  { email: "reviewer2@demo.test", displayName: "Omar Khalil", role: "reviewer" },
  { email: "reviewer3@demo.test", displayName: "Hana Youssef", role: "reviewer" },
] as const;

type Db = NodePgDatabase<typeof schema>;

/** True when the database has no accounts yet, the only time demo data is loaded. */
export async function isEmptyDesk(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.users);
  return (row?.n ?? 0) === 0;
}

export async function seedDemoDesk(db: Db, password: string) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const accounts = await tx
      .insert(schema.users)
      .values(demoAccounts.map((a) => ({ ...a, passwordHash })))
      .returning();
    const admin = accounts.find((a) => a.role === "admin")!;

    const entityRows = await tx
      .insert(schema.entities)
      .values(demoEntities.map(({ name, kind }) => ({ name, kind })))
      .returning();
    const entityIdByKey = new Map(demoEntities.map((e, i) => [e.key, entityRows[i]!.id]));

    const reportRows = await tx
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
    const reportIdByKey = new Map(demoReports.map((r, i) => [r.key, reportRows[i]!.id]));

    const claimRows = await tx
      .insert(schema.claims)
      .values(
        demoClaims.map((c) => ({
          reportId: reportIdByKey.get(c.reportKey)!,
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
    const claimIdByKey = new Map(demoClaims.map((c, i) => [c.key, claimRows[i]!.id]));
    // the author watches their cards, as on the desk (lib/notifications/fan-out.ts)
    await tx.insert(schema.claimWatches).values(
      claimRows.map((c) => ({
        claimId: c.id,
        userId: admin.id,
        watching: true,
        reason: "author" as const,
      })),
    );

    const claimEntityRows = demoClaims.flatMap((c) =>
      c.entities.map((key) => ({
        claimId: claimIdByKey.get(c.key)!,
        entityId: entityIdByKey.get(key)!,
      })),
    );
    if (claimEntityRows.length) await tx.insert(schema.claimEntities).values(claimEntityRows);

    const requestId = `demo-seed-${Date.now()}`;
    await tx.insert(schema.auditEvents).values([
      ...accounts.map((a) => ({
        action: "user.create",
        entityType: "user",
        entityId: a.id,
        after: { email: a.email, role: a.role, source: "demo seed" },
        requestId,
      })),
      ...reportRows.map((r) => ({
        action: "report.import",
        entityType: "report",
        entityId: String(r.id),
        after: { title: r.title, outlet: r.outlet, source: "demo seed" },
        requestId,
      })),
      ...claimRows.map((c) => ({
        action: "claim.create",
        entityType: "claim",
        entityId: String(c.id),
        after: { statement: c.statement, reportId: c.reportId, source: "demo seed" },
        requestId,
      })),
    ]);

    // which claims look like which, as the app works it out for a claim it makes
    await catchUpResemblances(tx, demoClaims.length);

    // Links go through the app's own writer, after the cards' creation is
    // logged: each link refreshes both claims' status and board summary and
    // is audited on both cards exactly as a link a person makes.
    for (const relation of demoRelations) {
      await linkClaims(
        tx,
        {
          claimId: claimIdByKey.get(relation.fromClaim)!,
          otherClaimId: claimIdByKey.get(relation.toClaim)!,
          kind: relation.kind,
          note: relation.note,
          createdBy: admin.id,
        },
        { actorId: null, requestId },
      );
    }
  });
}
