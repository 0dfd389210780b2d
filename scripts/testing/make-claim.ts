import { randomBytes } from "node:crypto";
import { getDb } from "@/db";
import { claims, reports, type Claim, type NewClaim } from "@/db/schema";

/** A report of its own for a test, its title made unique by a random tag. */
export async function makeReport(title = "Test report"): Promise<number> {
  const [report] = await getDb()
    .insert(reports)
    .values({ title: `${title} ${randomBytes(4).toString("hex")}`, language: "ar" })
    .returning({ id: reports.id });
  return report!.id;
}

/**
 * A claim card with a unique statement, for tests that must not share rows.
 * Without a report id it makes a report of its own.
 */
export async function makeClaim(
  options: { reportId?: number; statement?: string; quote?: string } = {},
): Promise<Claim> {
  const tag = randomBytes(4).toString("hex");
  const reportId = options.reportId ?? (await makeReport());
  const quote = options.quote ?? `قال المتحدث إن 22 متدربا سافروا ${tag}`;
  const [claim] = await getDb()
    .insert(claims)
    .values({
      reportId,
      statement: options.statement ?? `Twenty-two trainees went to China (${tag}).`,
      quote,
      quoteLanguage: "ar",
      anchorExact: quote,
    })
    .returning();
  return claim!;
}

/** Fields a test sets on a claim; the report, quote language and anchor are filled in. */
export type ClaimSeed = Omit<NewClaim, "reportId" | "quoteLanguage" | "anchorExact">;

/** Claims in `reportId` in one insert, their ids in the order of `seeds`. */
export async function makeClaims(reportId: number, seeds: ClaimSeed[]): Promise<number[]> {
  const rows = await getDb()
    .insert(claims)
    .values(seeds.map((seed) => ({ ...seed, reportId, quoteLanguage: "ar", anchorExact: "" })))
    .returning({ id: claims.id });
  return rows.map((row) => row.id);
}
