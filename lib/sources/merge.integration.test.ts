import { randomBytes } from "node:crypto";
import { freshName as fresh } from "@/scripts/testing/fresh-name";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  auditEvents,
  claimEntities,
  claimSources,
  entities,
  evidenceSources,
  reportSources,
  sourceHosts,
  type Entity,
  type User,
} from "@/db/schema";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { tagClaim } from "@/lib/entities/tag";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence/add";
import { nameClaimSource } from "./claim-sources";
import { editSource } from "./edit";
import { mergeSources } from "./merge";
import { getSourcePage, type SourcePage } from "./page";
import { setReportSource } from "./report-source";

let reviewer: User;
let editor: User;
let otherEditor: User;

beforeAll(async () => {
  [reviewer, editor, otherEditor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("editor"),
    makeUser("editor"),
  ]);
});

const entityRow = async (id: number) =>
  (await getDb().select().from(entities).where(eq(entities.id, id)))[0]!;

async function sourceOn(claimId: number, name: string, kind: "outlet" | "organisation" = "outlet") {
  return (await nameClaimSource(reviewer, { claimId, name, kind })).source;
}

/** Two sources that are one: "NG" on two claims (one tagged too), a report, evidence and a host. */
async function twoNamesForOne() {
  const [a, b, c] = await Promise.all([makeClaim(), makeClaim(), makeClaim()]);
  const short = await sourceOn(a.id, fresh("NG"));
  await sourceOn(b.id, short.name);
  await tagClaim(reviewer, { claimId: c.id, name: short.name, kind: "outlet" });
  const full = await sourceOn(b.id, fresh("Nezavisimaya Gazeta"));
  const reportId = await makeReport();
  await setReportSource(editor, { reportId, version: 0, name: short.name, kind: "outlet" });
  const host = `${randomBytes(4).toString("hex")}.example`;
  await editSource(editor, {
    sourceId: short.id,
    version: short.version,
    name: short.name,
    kind: "outlet",
    hosts: [host],
  });
  const { evidenceId } = await addEvidence(reviewer, a.id, {
    url: `https://${host}/story`,
    title: "The story",
    outlet: null,
    publishedOn: null,
    archiveUrl: null,
    stance: "supports",
    quote: null,
  });
  return {
    claims: [a.id, b.id, c.id],
    reportId,
    host,
    evidenceId,
    short: await entityRow(short.id),
    full: await entityRow(full.id),
  };
}

const merging = (merged: Entity, kept: Entity) => ({
  sourceId: merged.id,
  version: merged.version,
  intoId: kept.id,
});

describe("merging two sources that are one", () => {
  it("moves every claim, tag, report, evidence link and host to the kept one, audited", async () => {
    const desk = await twoNamesForOne();
    const { claims: moved } = await mergeSources(editor, merging(desk.short, desk.full));
    expect(moved).toBe(3);
    const db = getDb();
    const resting = await db
      .select()
      .from(claimSources)
      .where(inArray(claimSources.claimId, desk.claims));
    // claim b named both: one link remains
    expect(resting.map((row) => [row.claimId, row.sourceId]).sort()).toEqual(
      [
        [desk.claims[0], desk.full.id],
        [desk.claims[1], desk.full.id],
      ].sort(),
    );
    const tags = await db
      .select()
      .from(claimEntities)
      .where(eq(claimEntities.claimId, desk.claims[2]!));
    expect(tags.map((tag) => tag.entityId)).toEqual([desk.full.id]);
    const [report] = await db
      .select()
      .from(reportSources)
      .where(eq(reportSources.reportId, desk.reportId));
    expect(report).toMatchObject({ sourceId: desk.full.id, version: 2 });
    const [evidence] = await db
      .select()
      .from(evidenceSources)
      .where(eq(evidenceSources.evidenceId, desk.evidenceId));
    expect(evidence!.sourceId).toBe(desk.full.id);
    const [host] = await db.select().from(sourceHosts).where(eq(sourceHosts.host, desk.host));
    expect(host!.sourceId).toBe(desk.full.id);

    const merged = await entityRow(desk.short.id);
    expect(merged.mergedIntoId).toBe(desk.full.id);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "source.merge"),
          eq(auditEvents.entityId, String(desk.short.id)),
        ),
      );
    expect(event).toMatchObject({
      actorId: editor.id,
      after: {
        mergedInto: { id: desk.full.id, name: desk.full.name },
        claims: 3,
        reports: 1,
        evidence: 1,
        hosts: [desk.host],
      },
    });
    const cardEvents = await db
      .select({ claimId: auditEvents.entityId })
      .from(auditEvents)
      .where(eq(auditEvents.action, "claim.merge_source"));
    expect(cardEvents.map((row) => Number(row.claimId))).toEqual(
      expect.arrayContaining(desk.claims),
    );

    // the merged name and page lead to the kept source
    const again = await nameClaimSource(reviewer, {
      claimId: (await makeClaim()).id,
      name: desk.short.name,
      kind: "outlet",
    });
    expect(again.source.id).toBe(desk.full.id);
    expect(await getSourcePage(reviewer, desk.short.id)).toEqual({ mergedInto: desk.full.id });
    const page = await getSourcePage(reviewer, desk.full.id);
    // a and b rest on it, and the claim just named; c was only tagged
    expect((page as SourcePage).record.claims).toBe(3);
  });

  it("keeps merges flat: a source merged into one later merged leads to the last", async () => {
    const claim = await makeClaim();
    const [first, second, third] = [
      await sourceOn(claim.id, fresh("Washington Post")),
      await sourceOn(claim.id, fresh("The Washington Post")),
      await sourceOn(claim.id, fresh("WaPo")),
    ];
    await mergeSources(editor, merging(first, second));
    await mergeSources(editor, merging(await entityRow(second.id), third));
    expect((await entityRow(first.id)).mergedIntoId).toBe(third.id);
  });

  it("refuses a stale version, a merge into itself or into a merged source, and a reviewer", async () => {
    const claim = await makeClaim();
    const [a, b, c] = [
      await sourceOn(claim.id, fresh("Euronews")),
      await sourceOn(claim.id, fresh("Euronews Arabic")),
      await sourceOn(claim.id, fresh("Euronews Persian")),
    ];
    await expect(mergeSources(reviewer, merging(a, b))).rejects.toBeInstanceOf(ForbiddenError);
    const self = await mergeSources(editor, merging(a, a)).catch((error) => error);
    expect(self).toBeInstanceOf(RuleViolation);
    expect(self.field).toBe("intoId");
    await editSource(editor, {
      sourceId: a.id,
      version: a.version,
      name: a.name,
      kind: "outlet",
      hosts: [],
    });
    expect(await mergeSources(editor, merging(a, b)).catch((e) => e)).toBeInstanceOf(
      VersionConflict,
    );
    await mergeSources(editor, merging(c, b));
    const intoMerged = await mergeSources(editor, merging(await entityRow(a.id), c)).catch(
      (e) => e,
    );
    expect(intoMerged).toBeInstanceOf(RuleViolation);
    expect(intoMerged.field).toBe("intoId");
  });
});

describe("concurrent merges", () => {
  it("two editors merging a pair in opposite directions: one merge happens, the other is refused", async () => {
    const desk = await twoNamesForOne();
    const outcomes = await Promise.allSettled([
      mergeSources(editor, merging(desk.short, desk.full)),
      mergeSources(otherEditor, merging(desk.full, desk.short)),
    ]);
    const done = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const refusal = (refused[0] as PromiseRejectedResult).reason;
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect(refusal.message).toBe("sourcesPage.errors.justMerged");

    const [short, full] = [await entityRow(desk.short.id), await entityRow(desk.full.id)];
    const kept = short.mergedIntoId ? full : short;
    const gone = short.mergedIntoId ? short : full;
    expect(gone.mergedIntoId).toBe(kept.id);
    expect(kept.mergedIntoId).toBeNull();
    const resting = await getDb()
      .select({ sourceId: claimSources.sourceId })
      .from(claimSources)
      .where(inArray(claimSources.claimId, desk.claims));
    expect(new Set(resting.map((row) => row.sourceId))).toEqual(new Set([kept.id]));
    expect(
      await getDb()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(gone.id))),
    ).toContainEqual(expect.objectContaining({ action: "source.merge" }));
  });

  it("a source named on a claim while it is merged ends on the kept source", async () => {
    const desk = await twoNamesForOne();
    const claims = await Promise.all([makeClaim(), makeClaim(), makeClaim()]);
    await Promise.all([
      mergeSources(editor, merging(desk.short, desk.full)),
      ...claims.map((claim) =>
        nameClaimSource(reviewer, { claimId: claim.id, name: desk.short.name, kind: "outlet" }),
      ),
    ]);
    const resting = await getDb()
      .select({ sourceId: claimSources.sourceId })
      .from(claimSources)
      .where(
        inArray(
          claimSources.claimId,
          claims.map((claim) => claim.id),
        ),
      );
    expect(resting).toHaveLength(3);
    expect(new Set(resting.map((row) => row.sourceId))).toEqual(new Set([desk.full.id]));
  });
});
