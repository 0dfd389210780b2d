import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, reports, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { claimCardColumns } from "@/lib/claims/card-columns";

/** Every report with how many claim cards it has, newest import first. */
export async function listReports(actor: User) {
  assertRole(actor, "reviewer");
  return getDb()
    .select({
      id: reports.id,
      title: reports.title,
      outlet: reports.outlet,
      publishedOn: reports.publishedOn,
      language: reports.language,
      hasFullText: sql<boolean>`${reports.fullText} is not null`,
      claimCount: count(claims.id),
    })
    .from(reports)
    .leftJoin(claims, eq(claims.reportId, reports.id))
    .groupBy(reports.id)
    .orderBy(desc(reports.importedAt), desc(reports.id));
}

/** A report's title, for a page that lists things of that report; null when there is no such report. */
export async function getReportTitle(actor: User, reportId: number): Promise<string | null> {
  assertRole(actor, "reviewer");
  const [report] = await getDb()
    .select({ title: reports.title })
    .from(reports)
    .where(eq(reports.id, reportId));
  return report?.title ?? null;
}

/** One report and its claims in reading order (anchored ones by position). */
export async function getReportWithClaims(actor: User, reportId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
  if (!report) return null;
  const reportClaims = await db
    .select({
      ...claimCardColumns,
      attribution: claims.attribution,
      anchorStart: claims.anchorStart,
      anchorEnd: claims.anchorEnd,
      anchorState: claims.anchorState,
    })
    .from(claims)
    .where(eq(claims.reportId, reportId))
    .orderBy(sql`${claims.anchorStart} asc nulls last`, asc(claims.id));
  return { report, claims: reportClaims };
}

export type ReportWithClaims = NonNullable<Awaited<ReturnType<typeof getReportWithClaims>>>;
