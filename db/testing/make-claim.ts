import { randomBytes } from "node:crypto";
import { getDb } from "@/db";
import { claims, reports, type Claim } from "@/db/schema";

/**
 * A claim card with a unique statement, for tests that must not share rows.
 * Without a report id it makes a report of its own.
 */
export async function makeClaim(
  options: { reportId?: number; statement?: string; quote?: string } = {},
): Promise<Claim> {
  const tag = randomBytes(4).toString("hex");
  const reportId =
    options.reportId ??
    (
      await getDb()
        .insert(reports)
        .values({ title: `Test report ${tag}`, language: "ar" })
        .returning({ id: reports.id })
    )[0]!.id;
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
