import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claims, entities, reports, type User } from "@/db/schema";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { auditEventsOf } from "@/scripts/testing/audit-events";
import { makeUser } from "@/scripts/testing/make-user";
import { listClaimCards } from "@/lib/claims/board";
import { parseBoardFilter } from "@/lib/claims/board-query";
import { getClaimHistory } from "@/lib/claims/history";
import { tagClaim } from "@/lib/entities/tag";
import { RuleViolation } from "@/lib/errors";
import { importReport } from "@/lib/reports/import";
import { listClaimSources, nameClaimSource, removeClaimSource } from "./claim-sources";
import { setReportSource } from "./report-source";
import { suggestClaimSources } from "./suggest";
import { freshName as fresh } from "@/scripts/testing/fresh-name";

let reviewer: User;
let otherReviewer: User;
let editor: User;

beforeAll(async () => {
  [reviewer, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
});

async function claimAttributed(attribution: string, reportId?: number) {
  const claim = await makeClaim({ reportId });
  await getDb().update(claims).set({ attribution }).where(eq(claims.id, claim.id));
  return claim;
}

describe("naming who a claim rests on", () => {
  it("makes a new source on the spot, with an event on the card and one for the source", async () => {
    const claim = await makeClaim();
    const name = fresh("two unnamed Taliban commanders");
    const { source, added } = await nameClaimSource(reviewer, {
      claimId: claim.id,
      name,
      kind: "person",
    });
    expect(added).toBe(true);
    expect(source).toMatchObject({ name, kind: "person" });
    expect(await listClaimSources(otherReviewer, claim.id)).toEqual([
      { id: source.id, name, kind: "person" },
    ]);
    const [named] = await auditEventsOf("claim", claim.id, "claim.add_source");
    expect(named).toMatchObject({
      actorId: reviewer.id,
      after: { entityId: source.id, source: name, kind: "person" },
    });
    expect(await auditEventsOf("entity", source.id, "entity.create")).toHaveLength(1);
    const history = await getClaimHistory(otherReviewer, claim.id);
    expect(history.map((event) => event.action)).toContain("claim.add_source");
  });

  it("finds the source the desk knows whatever the case, spacing or kind chosen", async () => {
    const [first, second] = await Promise.all([makeClaim(), makeClaim()]);
    const name = fresh("Nezavisimaya Gazeta");
    const known = await nameClaimSource(reviewer, { claimId: first.id, name, kind: "outlet" });
    const again = await nameClaimSource(otherReviewer, {
      claimId: second.id,
      name: `  ${name.toUpperCase().replace(" ", "   ")} `,
      kind: "organisation",
    });
    expect(again.source.id).toBe(known.source.id);
    expect(again.source.kind).toBe("outlet");
  });

  it("makes one source and one link when several people name the same new one at once", async () => {
    const claim = await makeClaim();
    const name = fresh("leaked MoD document");
    const results = await Promise.all(
      [reviewer, otherReviewer, reviewer, editor].map((actor) =>
        nameClaimSource(actor, { claimId: claim.id, name, kind: "document" }),
      ),
    );
    expect(new Set(results.map((result) => result.source.id)).size).toBe(1);
    expect(results.filter((result) => result.added)).toHaveLength(1);
    expect(await getDb().select().from(entities).where(eq(entities.name, name))).toHaveLength(1);
    expect(await auditEventsOf("claim", claim.id, "claim.add_source")).toHaveLength(1);
  });

  it("removes a source with its event, once, keeping the source", async () => {
    const claim = await makeClaim();
    const { source } = await nameClaimSource(reviewer, {
      claimId: claim.id,
      name: fresh("Politico"),
      kind: "outlet",
    });
    await removeClaimSource(otherReviewer, { claimId: claim.id, sourceId: source.id });
    await removeClaimSource(reviewer, { claimId: claim.id, sourceId: source.id });
    expect(await listClaimSources(reviewer, claim.id)).toEqual([]);
    const removed = await auditEventsOf("claim", claim.id, "claim.remove_source");
    expect(removed).toHaveLength(1);
    expect(removed[0]!.before).toMatchObject({ entityId: source.id, source: source.name });
  });

  it("refuses a blank name or an unknown kind on its field, and a country is not a source", async () => {
    const claim = await makeClaim();
    const refusal = (input: { name: string; kind: string }) =>
      nameClaimSource(reviewer, { claimId: claim.id, ...input } as never).catch((error) => error);
    expect((await refusal({ name: "  ", kind: "person" })).field).toBe("name");
    const country = await refusal({ name: "Pakistan", kind: "country" });
    expect(country).toBeInstanceOf(RuleViolation);
    expect(country.field).toBe("kind");
  });

  it("filters the board by the source", async () => {
    const [resting, other] = await Promise.all([makeClaim(), makeClaim()]);
    const { source } = await nameClaimSource(reviewer, {
      claimId: resting.id,
      name: fresh("Ultra Sawt"),
      kind: "outlet",
    });
    await tagClaim(reviewer, { claimId: other.id, name: source.name, kind: "outlet" });
    const board = await listClaimCards(reviewer, parseBoardFilter({ source: String(source.id) }));
    // resting on it, not merely tagged with it
    expect(board.cards.map((card) => card.id)).toEqual([resting.id]);
  });
});

describe("suggestions", () => {
  it("reads the attribution chain and the report's outlet, innermost first", async () => {
    const post = fresh("The Washington Post");
    const outlet = fresh("Arabic Daily");
    const commanders = fresh("unnamed commanders in");
    const reportId = await makeReport();
    await setReportSource(editor, { reportId, version: 0, name: outlet, kind: "outlet" });
    // the desk knows the Post as a source already
    await nameClaimSource(reviewer, {
      claimId: (await makeClaim()).id,
      name: post,
      kind: "outlet",
    });

    const claim = await claimAttributed(
      `Arabic news site, citing ${post}, citing two ${commanders} Helmand`,
      reportId,
    );
    const suggested = await suggestClaimSources(reviewer, claim.id);
    expect(
      suggested.map(({ name, kind, from, id }) => ({ name, kind, from, known: id !== null })),
    ).toEqual([
      { name: post, kind: "outlet", from: "attribution", known: true },
      { name: outlet, kind: "outlet", from: "outlet", known: true },
      { name: `two ${commanders} Helmand`, kind: "person", from: "attribution", known: false },
    ]);

    // once named, a source is no longer suggested
    await nameClaimSource(reviewer, { claimId: claim.id, name: post, kind: "outlet" });
    await nameClaimSource(reviewer, {
      claimId: claim.id,
      name: `two ${commanders} Helmand`,
      kind: "person",
    });
    expect((await suggestClaimSources(reviewer, claim.id)).map((s) => s.name)).toEqual([outlet]);
  });

  it("finds a name inside possessives and Arabic spellings, and suggests a person the desk knows", async () => {
    const gazeta = fresh("Nezavisimaya Gazeta");
    await nameClaimSource(reviewer, {
      claimId: (await makeClaim()).id,
      name: gazeta,
      kind: "outlet",
    });
    const spokesman = fresh("Bilal Karimi");
    await tagClaim(reviewer, { claimId: (await makeClaim()).id, name: spokesman, kind: "person" });
    const claim = await claimAttributed(
      `Arabic news site, citing ${gazeta}'s reading of a document quoting Taliban spokesman ${spokesman}`,
    );
    const names = (await suggestClaimSources(reviewer, claim.id)).map((s) => s.name);
    expect(names).toEqual([spokesman, gazeta]);

    const arabic = fresh("صحيفة الإندبندنت");
    await nameClaimSource(reviewer, {
      claimId: (await makeClaim()).id,
      name: arabic,
      kind: "outlet",
    });
    // hamza and diacritics folded on both sides
    const folded = arabic.replace("الإندبندنت", "الاندبندنت");
    const arabicClaim = await claimAttributed(`موقع إخباري، نقلا عن ${folded}`);
    expect((await suggestClaimSources(reviewer, arabicClaim.id)).map((s) => s.name)).toContain(
      arabic,
    );
  });

  it("offers the report's outlet as a new source when the desk has none of that name", async () => {
    const outlet = fresh("Knowledge Center");
    const imported = await importReport(
      reviewer,
      {
        title: fresh("Paper"),
        outlet: null,
        author: null,
        url: null,
        publishedOn: null,
        language: null,
      },
      `A report ${randomBytes(8).toString("hex")}.\n\nThe training lasts six months.`,
    );
    await getDb().update(reports).set({ outlet }).where(eq(reports.id, imported.reportId));
    const claim = await claimAttributed("", imported.reportId);
    expect(await suggestClaimSources(reviewer, claim.id)).toEqual([
      { id: null, name: outlet, kind: "outlet", from: "outlet" },
    ]);
  });
});
