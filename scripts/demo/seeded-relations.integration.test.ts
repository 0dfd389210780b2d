import { asc, eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claimRelations, claims, users, type User } from "@/db/schema";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { getClaimHistory } from "@/lib/claims/history";
import { addRelation } from "@/lib/relations/add";
import { demoRelations } from "./relations";

/**
 * The demo seed's links must read in the audit trail as links people make,
 * or the audit log's filters show two names for one act and a card's history
 * misses the links it was born with.
 */

let reviewer: User;

beforeAll(async () => {
  await seedDemoDesk(getDb(), "seeded-relations-test-password");
  reviewer = await makeUser("reviewer");
});

const relationEvents = () =>
  getDb()
    .select()
    .from(auditEvents)
    .where(like(auditEvents.action, "relation.%"))
    .orderBy(asc(auditEvents.id));

const keysOf = (recorded: unknown) => Object.keys(recorded as object).sort();

describe("the demo seed's claim links", () => {
  it("are audited with the app's action, entity type and shapes, one event on each card", async () => {
    // the reports' links are the desk's (no actor); the sample report's are its reviewers'
    const seeded = (await relationEvents()).filter((event) => event.actorId === null);
    const links = await getDb()
      .select({ relation: claimRelations })
      .from(claimRelations)
      .innerJoin(users, eq(users.id, claimRelations.createdBy))
      .where(eq(users.role, "admin"))
      .orderBy(asc(claimRelations.id))
      .then((rows) => rows.map((row) => row.relation));
    expect(links).toHaveLength(demoRelations.length);
    expect(seeded).toHaveLength(2 * links.length);

    // a link a person makes, for comparison
    const [a, b] = [await makeClaim(), await makeClaim()];
    await addRelation(reviewer, { claimId: a.id, otherClaimId: b.id, kind: "same_as", note: "" });
    const made = (await relationEvents()).filter((event) => event.actorId === reviewer.id);
    expect(made).toHaveLength(2);

    for (const event of seeded) {
      expect(event).toMatchObject({
        action: made[0]!.action,
        entityType: made[0]!.entityType,
        actorId: null,
      });
      expect(keysOf(event.before)).toEqual(keysOf(made[0]!.before));
      expect(keysOf(event.after)).toEqual(keysOf(made[0]!.after));
    }
    for (const link of links) {
      const onCards = seeded
        .filter((event) => (event.after as { relationId: number }).relationId === link.id)
        .map((event) => Number(event.entityId))
        .sort((x, y) => x - y);
      expect(onCards).toEqual([link.fromClaimId, link.toClaimId].sort((x, y) => x - y));
    }
    const seedRequest = await getDb()
      .selectDistinct({ requestId: auditEvents.requestId })
      .from(auditEvents)
      .where(eq(auditEvents.action, "claim.create"));
    expect(new Set(seeded.map((event) => event.requestId))).toEqual(
      new Set(seedRequest.map((row) => row.requestId)),
    );
  });

  it("leave each card's history and status as the app's writes would", async () => {
    // the seed's, not the one the test above made
    const seeded = (await relationEvents()).filter((event) => event.actorId === null);
    const linkedIds = [...new Set(seeded.map((event) => Number(event.entityId)))];
    const statuses = await getDb()
      .select({ id: claims.id, status: claims.status, contradicted: claims.contradicted })
      .from(claims)
      .where(inArray(claims.id, linkedIds));

    for (const { id, status } of statuses) {
      const history = await getClaimHistory(reviewer, id);
      // the card is created first, then linked, then (for some) rated and sourced
      expect(history.at(-1)!.action).toBe("claim.create");
      expect(history.some((event) => event.action === "relation.add")).toBe(true);
      // the last change that recomputed the status left the status the card has
      const lastStatus = history.find((event) => (event.after as { status?: string })?.status);
      expect(lastStatus!.after).toMatchObject({ status });
    }
    const contradicted = new Set(
      demoRelations
        .filter((relation) => relation.kind === "contradicts")
        .flatMap((relation) => [relation.fromClaim, relation.toClaim]),
    ).size;
    expect(statuses.filter((claim) => claim.contradicted)).toHaveLength(contradicted);
  });
});
