import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claimRelations, claims, type User } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { RuleViolation } from "@/lib/errors";
import { importReport } from "@/lib/reports/import";
import { newClaimSchema } from "./claim-fields";
import { createClaim } from "./create";
import { inEnglishWords } from "@/lib/reports/refusal";

const sentence = "Pakistan reopened the Torkham crossing to lorries on 4 May 2024, officials said.";

let reviewer: User;
let reportId: number;

beforeAll(async () => {
  reviewer = await makeUser("reviewer");
  const imported = await importReport(
    reviewer,
    {
      title: "Border wire",
      outlet: "Wire",
      author: null,
      url: null,
      publishedOn: null,
      language: null,
    },
    `${sentence}\n\nTraffic was slow.\n`,
  );
  if (imported.outcome !== "imported") throw new Error("the test report was not imported");
  reportId = imported.reportId;
});

const input = (sameAsClaimId: number | "") =>
  newClaimSchema.parse({
    reportId: String(reportId),
    statement: "Pakistan reopened the Torkham crossing on 4 May 2024.",
    quote: sentence,
    quoteStart: "0",
    quoteEnd: String(sentence.length),
    attribution: "",
    eventDate: "",
    eventDatePrecision: "day",
    sameAsClaimId: String(sameAsClaimId),
  });

const eventsOn = (claimIds: number[]) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "claim"),
        inArray(
          auditEvents.entityId,
          claimIds.map((id) => String(id)),
        ),
      ),
    )
    .orderBy(asc(auditEvents.id));

describe("a claim made as the same as one on the desk", () => {
  it("is linked as the same claim in its own transaction, the link on both cards' history", async () => {
    const existing = await makeClaim({ statement: "Pakistan reopened Torkham on 4 May 2024." });
    const { claimId } = await createClaim(reviewer, input(existing.id));

    const links = await getDb()
      .select()
      .from(claimRelations)
      .where(eq(claimRelations.fromClaimId, claimId));
    expect(links).toMatchObject([
      { fromClaimId: claimId, toClaimId: existing.id, kind: "same_as", createdBy: reviewer.id },
    ]);
    const events = await eventsOn([claimId, existing.id]);
    expect(events.map((event) => event.action)).toEqual([
      "claim.create",
      "relation.add",
      "relation.add",
    ]);
    expect(events[0]!.entityId).toBe(String(claimId));
    expect(events.slice(1).map((event) => Number(event.entityId))).toEqual(
      [claimId, existing.id].sort((a, b) => a - b),
    );
    // one transaction: every row, the card's, the link's and the events, written by the same one
    const writers = await getDb().execute<{ writer: string }>(sql`
      select xmin::text as writer from claims where id = ${claimId}
      union select xmin::text from claim_relations where id = ${links[0]!.id}
      union select xmin::text from audit_events where id in (${sql.join(
        events.map((event) => sql`${event.id}`),
        sql`, `,
      )})`);
    expect(writers.rows).toHaveLength(1);
    expect(events[1]!.after).toMatchObject({ kind: "same_as", relationId: links[0]!.id });
  });

  it("is made without a link when none is asked for, its look-alikes worked out at once", async () => {
    const { claimId } = await createClaim(reviewer, input(""));
    const [made] = await getDb()
      .select({ pending: claims.resemblancesPending })
      .from(claims)
      .where(eq(claims.id, claimId));
    expect(made!.pending).toBe(false);
    expect(await getDb().$count(claimRelations, eq(claimRelations.fromClaimId, claimId))).toBe(0);
  });

  it("is not made at all when the claim to link is gone, and the form says why", async () => {
    const before = await getDb().$count(claims);
    const refusal = await createClaim(reviewer, input(2_000_000_000)).catch((error) => error);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(inEnglishWords(refusal.message, refusal.values)).toMatch(
      /Claim 2000000000 is no longer on the desk, so nothing was saved/,
    );
    expect(refusal.field).toBeUndefined();
    expect(await getDb().$count(claims)).toBe(before);
  });
});
