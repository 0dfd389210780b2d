import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claims, entities, evidenceSources, reportSources, reports, type User } from "@/db/schema";
import { makeClaim, makeReport } from "@/scripts/testing/make-claim";
import { auditEventsOf } from "@/scripts/testing/audit-events";
import { englishOf } from "@/scripts/testing/in-english";
import { makeUser } from "@/scripts/testing/make-user";
import { listClaimCards } from "@/lib/claims/board";
import { parseBoardFilter } from "@/lib/claims/board-query";
import { getClaimHistory } from "@/lib/claims/history";
import { tagClaim } from "@/lib/entities/tag";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation, VersionConflict } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence/add";
import { wordsOf } from "@/lib/i18n/translator";
import { importReport } from "@/lib/reports/import";
import { listClaimSources, nameClaimSource, removeClaimSource } from "./claim-sources";
import { editSource } from "./edit";
import { setReportSource } from "./report-source";
import { suggestClaimSources } from "./suggest";

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

/** A name no other test uses. */
const fresh = (name: string) => `${name} ${randomBytes(3).toString("hex")}`;

async function claimAttributed(attribution: string, reportId?: number) {
  const claim = await makeClaim({ reportId });
  await getDb().update(claims).set({ attribution }).where(eq(claims.id, claim.id));
  return claim;
}

const link = (url: string, outlet: string | null = null) => ({
  url,
  title: "A page",
  outlet,
  publishedOn: null,
  archiveUrl: null,
  stance: "context" as const,
  quote: null,
});

const sourceOfEvidence = async (evidenceId: number) =>
  (
    await getDb()
      .select({ sourceId: evidenceSources.sourceId })
      .from(evidenceSources)
      .where(eq(evidenceSources.evidenceId, evidenceId))
  )[0]?.sourceId ?? null;

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

describe("a report's outlet", () => {
  it("is named at import from the outlet typed", async () => {
    const outlet = fresh("Ultra Sawt");
    const imported = await importReport(
      reviewer,
      {
        title: fresh("Dispatch"),
        outlet,
        author: null,
        url: null,
        publishedOn: null,
        language: null,
      },
      `A dispatch ${randomBytes(8).toString("hex")}.\n\nUS forces gave air support.`,
    );
    const [row] = await getDb()
      .select({ name: entities.name, kind: entities.kind })
      .from(reportSources)
      .innerJoin(entities, eq(entities.id, reportSources.sourceId))
      .where(eq(reportSources.reportId, imported.reportId));
    expect(row).toEqual({ name: outlet, kind: "outlet" });
  });

  it("is changed by the importer or an editor from the version they saw", async () => {
    const reportId = await makeReport();
    const first = await setReportSource(editor, {
      reportId,
      version: 0,
      name: fresh("Euronews"),
      kind: "outlet",
    });
    expect(first.changed).toBe(true);
    const stale = await setReportSource(editor, {
      reportId,
      version: 0,
      name: fresh("Euronews Arabic"),
      kind: "outlet",
    }).catch((error) => error);
    expect(stale).toBeInstanceOf(VersionConflict);
    await expect(
      setReportSource(reviewer, { reportId, version: 1, name: fresh("Other"), kind: "outlet" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditEventsOf("report", reportId, "report.set_source")).toHaveLength(1);
  });
});

describe("evidence from a source", () => {
  it("maps a link's host (or its parent domain's) to the outlet listing it", async () => {
    const claim = await makeClaim();
    const host = `${randomBytes(4).toString("hex")}.example`;
    const { source } = await nameClaimSource(reviewer, {
      claimId: claim.id,
      name: fresh("Nezavisimaya Gazeta"),
      kind: "outlet",
    });
    // a link added before the host is listed names no source, until the host is given
    const early = await addEvidence(reviewer, claim.id, link(`https://www.${host}/early`));
    expect(await sourceOfEvidence(early.evidenceId)).toBeNull();
    const { evidenceGiven } = await editSource(editor, {
      sourceId: source.id,
      version: source.version,
      name: source.name,
      kind: "outlet",
      hosts: [host],
    });
    expect(evidenceGiven).toBe(1);
    expect(await sourceOfEvidence(early.evidenceId)).toBe(source.id);

    const onSection = await addEvidence(reviewer, claim.id, link(`https://nvo.${host}/x`));
    expect(await sourceOfEvidence(onSection.evidenceId)).toBe(source.id);
    const [added] = await auditEventsOf("claim", claim.id, "evidence.add").then((events) =>
      events.filter(
        (event) => (event.after as { evidenceId: number }).evidenceId === onSection.evidenceId,
      ),
    );
    expect(added!.after).toMatchObject({ source: source.name });
  });

  it("falls back to a source named as the outlet typed with the link", async () => {
    const claim = await makeClaim();
    const name = fresh("Afghanistan International");
    const { source } = await nameClaimSource(reviewer, { claimId: claim.id, name, kind: "outlet" });
    const added = await addEvidence(
      reviewer,
      claim.id,
      link(`https://${randomBytes(4).toString("hex")}.example/a`, name.toLowerCase()),
    );
    expect(await sourceOfEvidence(added.evidenceId)).toBe(source.id);
  });
});

describe("editing a source", () => {
  it("refuses a stale version, a host another source lists, and a reviewer", async () => {
    const claim = await makeClaim();
    const host = `${randomBytes(4).toString("hex")}.example`;
    const [{ source: first }, { source: second }] = await Promise.all([
      nameClaimSource(reviewer, { claimId: claim.id, name: fresh("First"), kind: "outlet" }),
      nameClaimSource(reviewer, { claimId: claim.id, name: fresh("Second"), kind: "outlet" }),
    ]);
    await editSource(editor, { ...edit(first), hosts: [host] });
    const stale = await editSource(editor, { ...edit(first), name: "Renamed" }).catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflict);
    // what the editor is told, naming what the colleague saved, in each language
    expect(englishOf(stale)).toBe(
      `Another editor changed this source since you opened it: it is now “${first.name}” (outlet), host ${host}. Your changes are still in the form: reload to see theirs, then apply yours again.`,
    );
    expect(wordsOf("ar", undefined)(stale.message, stale.values)).toBe(
      `غيّر محرِّر آخر هذا المصدر منذ فتحته: صار «${first.name}» (وسيلة إعلام)، ونطاقه ${host}. تعديلاتك باقية في النموذج: أعد تحميل الصفحة لترى تعديلاته، ثم طبّق تعديلاتك مجددًا.`,
    );
    const taken = await editSource(editor, { ...edit(second), hosts: [host] }).catch((e) => e);
    expect(taken).toBeInstanceOf(RuleViolation);
    expect(taken.field).toBe("hosts");
    await expect(editSource(reviewer, edit(second))).rejects.toBeInstanceOf(ForbiddenError);
    const [edited] = await auditEventsOf("entity", first.id, "source.edit");
    expect(edited!.after).toMatchObject({ hosts: [host] });
  });
});

function edit(source: { id: number; version: number; name: string }) {
  return {
    sourceId: source.id,
    version: source.version,
    name: source.name,
    kind: "outlet" as const,
    hosts: [] as string[],
  };
}
