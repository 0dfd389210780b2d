import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { reports, reportTextVersions, users, type Report, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/**
 * Every text a report has had (db/schema/reports.ts). A version is written in
 * the transaction that makes its text the report's; versions are never
 * changed or removed.
 */

/** Keeps `text` as the report's newest version and returns its number. Call under the report's row lock. */
export async function keepTextVersion(
  tx: Transaction,
  version: {
    reportId: number;
    fullText: string;
    contentHash: string;
    setBy: string | null;
    restoredFrom?: number;
  },
): Promise<number> {
  const [kept] = await tx
    .insert(reportTextVersions)
    .values({
      ...version,
      number: sql`(select coalesce(max(${reportTextVersions.number}), 0) + 1 from ${reportTextVersions}
                    where ${reportTextVersions.reportId} = ${version.reportId})`,
    })
    .returning({ number: reportTextVersions.number });
  return kept!.number;
}

/**
 * The report's current text, kept as a version if it is not yet (a report
 * written straight to the database), before a new text replaces it: the
 * text being replaced is never the one lost. Returns its version number.
 */
export async function keepCurrentText(tx: Transaction, report: Report): Promise<number | null> {
  if (report.fullText == null) return null;
  const [newest] = await tx
    .select({ number: reportTextVersions.number, contentHash: reportTextVersions.contentHash })
    .from(reportTextVersions)
    .where(eq(reportTextVersions.reportId, report.id))
    .orderBy(desc(reportTextVersions.number))
    .limit(1);
  if (newest && newest.contentHash === report.contentHash) return newest.number;
  return keepTextVersion(tx, {
    reportId: report.id,
    fullText: report.fullText,
    contentHash: report.contentHash ?? "",
    setBy: report.importedBy,
  });
}

/** What a version's listing and its page show (with users joined on `set_by`). */
const versionColumns = {
  number: reportTextVersions.number,
  contentHash: reportTextVersions.contentHash,
  setByName: users.displayName,
  setAt: reportTextVersions.setAt,
  restoredFrom: reportTextVersions.restoredFrom,
};

/** The report's versions, newest first, with who set each and when; the texts stay behind. */
export async function listTextVersions(actor: User, reportId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [current] = await db
    .select({ contentHash: reports.contentHash })
    .from(reports)
    .where(eq(reports.id, reportId));
  const versions = await db
    .select({
      ...versionColumns,
      characters: sql<number>`char_length(${reportTextVersions.fullText})`,
    })
    .from(reportTextVersions)
    .leftJoin(users, eq(users.id, reportTextVersions.setBy))
    .where(eq(reportTextVersions.reportId, reportId))
    .orderBy(desc(reportTextVersions.number));
  return versions.map(({ contentHash, ...version }, index) => ({
    ...version,
    // the newest version is the report's text, unless something wrote the report row alone
    current: index === 0 && contentHash === current?.contentHash,
  }));
}

export type TextVersionSummary = Awaited<ReturnType<typeof listTextVersions>>[number];

/** One kept version with its text, for reading it and deciding whether to restore it. */
export async function getTextVersion(actor: User, reportId: number, number: number) {
  assertRole(actor, "reviewer");
  const [found] = await getDb()
    .select({ ...versionColumns, fullText: reportTextVersions.fullText })
    .from(reportTextVersions)
    .leftJoin(users, eq(users.id, reportTextVersions.setBy))
    .where(and(eq(reportTextVersions.reportId, reportId), eq(reportTextVersions.number, number)));
  return found ?? null;
}
