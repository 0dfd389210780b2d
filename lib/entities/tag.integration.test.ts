import { freshName } from "@/scripts/testing/fresh-name";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimEntities, entities, type User } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { auditEventsOf } from "@/scripts/testing/audit-events";
import { makeUser } from "@/scripts/testing/make-user";
import { getClaimCard } from "@/lib/claims/card";
import { listClaimCards } from "@/lib/claims/board";
import { parseBoardFilter } from "@/lib/claims/board-query";
import { getClaimHistory } from "@/lib/claims/history";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { tagClaim, untagClaim } from "./tag";

let reviewer: User;
let otherReviewer: User;

beforeAll(async () => {
  [reviewer, otherReviewer] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
});

const entitiesNamed = (name: string) =>
  getDb().select().from(entities).where(eq(entities.name, name));

describe("tagging a claim", () => {
  it("names a new entity, with an event for the entity and one on the card", async () => {
    const claim = await makeClaim();
    const name = freshName("Taliban Strategic Intelligence");
    const { entity, added } = await tagClaim(reviewer, {
      claimId: claim.id,
      name,
      kind: "organisation",
    });
    expect(added).toBe(true);
    expect(entity).toMatchObject({ name, kind: "organisation" });

    const card = await getClaimCard(reviewer, claim.id);
    expect(card!.entities).toEqual([{ id: entity.id, name, kind: "organisation" }]);
    const [created] = await auditEventsOf("entity", entity.id, "entity.create");
    expect(created).toMatchObject({ actorId: reviewer.id, after: { name, kind: "organisation" } });
    const [tagged] = await auditEventsOf("claim", claim.id, "claim.tag");
    expect(tagged!.after).toEqual({ entityId: entity.id, entity: name, kind: "organisation" });
    const history = await getClaimHistory(otherReviewer, claim.id);
    expect(history.map((event) => event.action)).toContain("claim.tag");

    // the board's entity filter finds the card by it
    const board = await listClaimCards(reviewer, parseBoardFilter({ entity: String(entity.id) }));
    expect(board.cards.map((card) => card.id)).toEqual([claim.id]);
  });

  it("reuses the entity the desk knows, whatever the case and spacing", async () => {
    const [first, second] = await Promise.all([makeClaim(), makeClaim()]);
    const name = freshName("Nezavisimaya Gazeta");
    const known = await tagClaim(reviewer, { claimId: first.id, name, kind: "organisation" });
    const again = await tagClaim(otherReviewer, {
      claimId: second.id,
      name: `  ${name.toUpperCase().replace(" ", "   ")} `,
      kind: "organisation",
    });
    expect(again.entity.id).toBe(known.entity.id);
    expect(await auditEventsOf("entity", known.entity.id, "entity.create")).toHaveLength(1);
  });

  it("keeps two kinds of the same name apart", async () => {
    const claim = await makeClaim();
    const name = freshName("Georgia");
    const country = await tagClaim(reviewer, { claimId: claim.id, name, kind: "country" });
    const place = await tagClaim(reviewer, { claimId: claim.id, name, kind: "place" });
    expect(place.entity.id).not.toBe(country.entity.id);
    expect((await getClaimCard(reviewer, claim.id))!.entities).toHaveLength(2);
  });

  it("treats a second tag as done, without a second event", async () => {
    const claim = await makeClaim();
    const tag = { claimId: claim.id, name: freshName("Kabul"), kind: "place" as const };
    await tagClaim(reviewer, tag);
    const second = await tagClaim(otherReviewer, tag);
    expect(second.added).toBe(false);
    expect(await auditEventsOf("claim", claim.id, "claim.tag")).toHaveLength(1);
  });

  it("refuses a blank or over-long name and an unknown kind on their fields, saving nothing", async () => {
    const claim = await makeClaim();
    const refusal = (input: { name: string; kind: string }) =>
      tagClaim(reviewer, { claimId: claim.id, ...input } as never).catch((error) => error);
    const blank = await refusal({ name: "   ", kind: "person" });
    expect(blank).toBeInstanceOf(RuleViolation);
    expect(blank.field).toBe("name");
    const long = await refusal({ name: "x".repeat(121), kind: "person" });
    expect(long.field).toBe("name");
    const kind = await refusal({ name: "Somebody", kind: "planet" });
    expect(kind.field).toBe("kind");
    expect(await auditEventsOf("claim", claim.id, "claim.tag")).toHaveLength(0);
  });

  it("answers an unknown claim with not found, and creates no entity", async () => {
    const name = freshName("Nobody");
    await expect(
      tagClaim(reviewer, { claimId: 2_000_000_000, name, kind: "person" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await entitiesNamed(name)).toHaveLength(0);
  });

  it("makes one entity and one tag when two reviewers name the same new one at once", async () => {
    const claim = await makeClaim();
    const name = freshName("Radar Training Centre");
    const results = await Promise.all(
      [reviewer, otherReviewer, reviewer, otherReviewer].map((actor) =>
        tagClaim(actor, { claimId: claim.id, name, kind: "organisation" }),
      ),
    );
    expect(new Set(results.map((result) => result.entity.id)).size).toBe(1);
    expect(results.filter((result) => result.added)).toHaveLength(1);
    expect(await entitiesNamed(name)).toHaveLength(1);
    const rows = await getDb()
      .select()
      .from(claimEntities)
      .where(eq(claimEntities.claimId, claim.id));
    expect(rows).toHaveLength(1);
    expect(await auditEventsOf("claim", claim.id, "claim.tag")).toHaveLength(1);
    expect(await auditEventsOf("entity", results[0]!.entity.id, "entity.create")).toHaveLength(1);
  });
});

describe("untagging a claim", () => {
  it("removes the tag with its event, keeps the entity, and treats a second removal as done", async () => {
    const claim = await makeClaim();
    const { entity } = await tagClaim(reviewer, {
      claimId: claim.id,
      name: freshName("China"),
      kind: "country",
    });
    await untagClaim(otherReviewer, { claimId: claim.id, entityId: entity.id });
    await untagClaim(reviewer, { claimId: claim.id, entityId: entity.id });
    expect((await getClaimCard(reviewer, claim.id))!.entities).toEqual([]);
    const removed = await auditEventsOf("claim", claim.id, "claim.untag");
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({
      actorId: otherReviewer.id,
      before: { entityId: entity.id, entity: entity.name, kind: "country" },
    });
    const kept = await getDb()
      .select()
      .from(entities)
      .where(inArray(entities.id, [entity.id]));
    expect(kept).toHaveLength(1);
  });

  it("answers an unknown entity with not found", async () => {
    const claim = await makeClaim();
    await expect(
      untagClaim(reviewer, { claimId: claim.id, entityId: 2_000_000_000 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
