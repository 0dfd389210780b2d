import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  claimEntities,
  claimRelations,
  entities,
  evidence,
  ratingReveals,
  ratings,
  verdicts,
  type User,
} from "@/db/schema";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { refreshReviewSummaries } from "@/scripts/testing/review-summary";
import { listBoardFilterOptions, listClaimCards, QUOTE_EXCERPT_LENGTH } from "./board";
import { getClaimCard } from "./card";
import { selectionOptionQueries } from "./selection-options";
import { listSourcesOfClaims } from "@/lib/sources/list";
import { defaultBoardFilter, type BoardFilter } from "./board-query";

const tag = randomBytes(3).toString("hex");

let viewer: User;
let otherReviewer: User;
let thirdReviewer: User;
let editor: User;

const boardFor = (actor: User, filter: Partial<BoardFilter>) =>
  listClaimCards(actor, { ...defaultBoardFilter, ...filter });
const idsFor = async (filter: Partial<BoardFilter>, actor = viewer) =>
  (await boardFor(actor, filter)).cards.map((card) => card.id);

beforeAll(async () => {
  [viewer, otherReviewer, thirdReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
});

describe("the claim board", () => {
  let reportA: number;
  let reportB: number;
  let russia: number;
  let pakistan: number;
  // c1…c6, named by what the tests use them for
  let recognition: number; // الإعتراف, ٢٠٢٥, July 2025 (month), rated by the viewer
  let delisting2024: number; // April 2024 (month), contradicted by delisting2025
  let delisting2025: number; // April 2025 (month), disputed
  let capital: number; // diacritics and tatweel, 3 July 2025, locked by a verdict
  let trainees: number; // "100%", a long quote, retracted contradicting evidence
  let pakistanChannel: number; // report B, live contradicting evidence

  beforeAll(async () => {
    const db = getDb();
    [reportA, reportB] = await Promise.all([makeReport("Board A"), makeReport("Board B")]);
    [recognition, delisting2024, delisting2025, capital, trainees] = (await makeClaims(reportA, [
      {
        statement: "Russia officially recognised the Taliban government in July 2025.",
        quote: "بعد ذلك الإعتراف الرسمي بحكومة طالبان في يوليو ٢٠٢٥",
        eventDate: "2025-07-01",
        eventDatePrecision: "month",
        status: "in_review",
      },
      {
        statement:
          "Russia removed the Taliban from its list of terrorist organisations in April 2024.",
        quote: "شمل رفع روسيا حركة طالبان من قائمة التنظيمات الإرهابية في إبريل لعام ٢٠٢٤",
        eventDate: "2024-04-01",
        eventDatePrecision: "month",
        status: "disputed",
      },
      {
        statement:
          "Russia removed the Taliban from its list of terrorist organisations in April 2025.",
        quote: "رفعت روسيا حركة طالبان من قائمة الإرهاب في أبريل 2025",
        eventDate: "2025-04-01",
        eventDatePrecision: "month",
        status: "disputed",
      },
      {
        statement: "The recognition made Moscow the first capital to take this step.",
        quote: "جاء هذا الاعْتِرافُ ليجعل موسكـــو أول عاصمة في العالم",
        eventDate: "2025-07-03",
        eventDatePrecision: "day",
      },
      {
        statement:
          "Twenty-two trainees went to China for radar training, 100% funded by the ministry.",
        quote: "سافر 22 متدربا إلى الصين للتدريب على الرادارات. ".repeat(12).trim(),
      },
    ])) as [number, number, number, number, number];
    [pakistanChannel] = (await makeClaims(reportB, [
      {
        statement: "Pakistan passes intelligence to the Taliban through informal channels.",
        quote: "قناة غير رسمية مع باكستان لتبادل المعلومات",
        eventDate: "2021-08-15",
        eventDatePrecision: "day",
      },
    ])) as [number];

    const entityRows = await db
      .insert(entities)
      .values([
        { name: `Russia ${tag}`, kind: "country" },
        { name: `Pakistan ${tag}`, kind: "country" },
      ])
      .returning({ id: entities.id });
    [russia, pakistan] = entityRows.map((row) => row.id) as [number, number];
    await db.insert(claimEntities).values([
      { claimId: recognition, entityId: russia },
      { claimId: delisting2024, entityId: russia },
      { claimId: delisting2025, entityId: russia },
      { claimId: pakistanChannel, entityId: pakistan },
    ]);
    // stored from the later claim to the earlier: the flag must not depend on direction
    await db
      .insert(claimRelations)
      .values({ fromClaimId: delisting2025, toClaimId: delisting2024, kind: "contradicts" });
    await db.insert(claimRelations).values({
      fromClaimId: recognition,
      toClaimId: capital,
      kind: "corroborates",
    });
    const link = (claimId: number, stance: "supports" | "contradicts", retracted = false) => ({
      claimId,
      url: `https://news.example/${claimId}/${stance}`,
      title: "A source",
      stance,
      addedBy: otherReviewer.id,
      retractedAt: retracted ? new Date() : null,
    });
    await db
      .insert(evidence)
      .values([
        link(recognition, "supports"),
        link(recognition, "supports", true),
        link(trainees, "contradicts", true),
        link(pakistanChannel, "contradicts"),
      ]);
    await db.insert(ratings).values([
      { claimId: recognition, reviewerId: viewer.id, reliability: "B", credibility: 2 },
      { claimId: recognition, reviewerId: otherReviewer.id, reliability: "C", credibility: 3 },
      { claimId: delisting2024, reviewerId: otherReviewer.id, reliability: "A", credibility: 1 },
      { claimId: delisting2024, reviewerId: thirdReviewer.id, reliability: "E", credibility: 5 },
    ]);
    await db.insert(ratingReveals).values({ claimId: delisting2024, reviewerId: viewer.id });
    await db.insert(verdicts).values([
      { claimId: capital, verdict: "verified", rationale: "Agreed.", decidedBy: editor.id },
      {
        claimId: trainees,
        verdict: "unproven",
        rationale: "Reopened below.",
        decidedBy: editor.id,
        reopenedAt: new Date(),
        reopenedBy: editor.id,
        reopenReason: "New source.",
      },
    ]);
    await refreshReviewSummaries([
      recognition,
      delisting2024,
      delisting2025,
      capital,
      trainees,
      pakistanChannel,
    ]);
  });

  describe("search", () => {
    it("finds a word with or without hamza, diacritics or tatweel", async () => {
      const withHamza = await idsFor({ q: "الإعتراف", reportId: reportA });
      const withoutHamza = await idsFor({ q: "الاعتراف", reportId: reportA });
      expect(withoutHamza).toEqual([capital, recognition]);
      expect(withHamza).toEqual(withoutHamza);
      expect(await idsFor({ q: "الاعْتِرَاف", reportId: reportA })).toEqual(withoutHamza);
      expect(await idsFor({ q: "موسكو", reportId: reportA })).toEqual([capital]);
      expect(await idsFor({ q: "موسكـو", reportId: reportA })).toEqual([capital]);
    });

    it("folds ta marbuta, alef maqsura and Arabic-Indic digits", async () => {
      expect(await idsFor({ q: "عاصمه", reportId: reportA })).toEqual([capital]);
      expect(await idsFor({ q: "حكومه", reportId: reportA })).toEqual([recognition]);
      expect(await idsFor({ q: "الي الصين", reportId: reportA })).toEqual([trainees]);
      const western = await idsFor({ q: "2025", reportId: reportA });
      expect(western).toEqual([delisting2025, recognition]);
      expect(await idsFor({ q: "٢٠٢٥", reportId: reportA })).toEqual(western);
      expect(await idsFor({ q: "۲۰۲۵", reportId: reportA })).toEqual(western);
    });

    it("matches English case-insensitively, every term in any order", async () => {
      expect(await idsFor({ q: "TALIBAN russia", reportId: reportA })).toEqual([
        delisting2025,
        delisting2024,
        recognition,
      ]);
      expect(await idsFor({ q: "april taliban 2024" })).toEqual([delisting2024]);
      expect(await idsFor({ q: "russia pakistan" })).toEqual([]);
    });

    it("leaves out claims with a term written with a leading minus", async () => {
      const taliban = await idsFor({ q: "taliban" });
      const withRussia = await idsFor({ q: "taliban russia" });
      expect(withRussia).toContain(recognition);
      expect(await idsFor({ q: "taliban -russia" })).toEqual(
        taliban.filter((id) => !withRussia.includes(id)),
      );
      const withoutChina = await idsFor({ q: "-الصين", reportId: reportA });
      expect(withoutChina).not.toContain(trainees);
      expect(withoutChina).toContain(capital);
    });

    it("takes % and _ literally", async () => {
      expect(await idsFor({ q: "100%" })).toEqual([trainees]);
      expect(await idsFor({ q: "%", reportId: reportA })).toEqual([trainees]);
      expect(await idsFor({ q: "_", reportId: reportA })).toEqual([]);
    });
  });

  describe("filters", () => {
    it("by report, status and entity", async () => {
      expect(await idsFor({ reportId: reportB })).toEqual([pakistanChannel]);
      expect(await idsFor({ reportId: reportA, status: "disputed" })).toEqual([
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ entityId: pakistan })).toEqual([pakistanChannel]);
      expect(await idsFor({ entityId: russia, q: "2025" })).toEqual([delisting2025, recognition]);
    });

    it("by an editor's standing verdict, or none yet; each card carries it", async () => {
      expect(await idsFor({ reportId: reportA, verdict: "verified" })).toEqual([capital]);
      expect(await idsFor({ reportId: reportA, verdict: "unproven" })).toEqual([]); // reopened
      expect(await idsFor({ reportId: reportA, verdict: "none" })).toEqual([
        trainees,
        delisting2025,
        delisting2024,
        recognition,
      ]);
      const { cards } = await boardFor(viewer, { reportId: reportA });
      expect(cards.find((card) => card.id === capital)!.verdict).toBe("verified");
      expect(cards.find((card) => card.id === trainees)!.verdict).toBeNull();
    });

    it("by the reviewer who rated, offering everyone who has rated", async () => {
      expect(await idsFor({ reportId: reportA, reviewerId: otherReviewer.id })).toEqual([
        delisting2024,
        recognition,
      ]);
      expect(await idsFor({ reportId: reportA, reviewerId: thirdReviewer.id })).toEqual([
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, reviewerId: editor.id })).toEqual([]);
      const { reviewers } = await listBoardFilterOptions(viewer);
      const offered = reviewers.map((reviewer) => reviewer.id);
      expect(offered).toEqual(
        expect.arrayContaining([viewer.id, otherReviewer.id, thirdReviewer.id]),
      );
      expect(offered).not.toContain(editor.id);
    });

    it("offers in one statement the lists its separate queries give, in their order", async () => {
      const options = await listBoardFilterOptions(viewer);
      const db = getDb();
      const selection = selectionOptionQueries(db);
      expect(options.reports).toEqual(await selection.reports);
      expect(options.entities).toEqual(await selection.entities);
      expect(options.sources).toEqual(await listSourcesOfClaims(db));
      expect(options.reports.length).toBeGreaterThan(0);
      expect(options.reviewers.map((reviewer) => reviewer.name)).toEqual(
        [...options.reviewers.map((reviewer) => reviewer.name)].sort((a, b) =>
          a.localeCompare(b, "en"),
        ),
      );
      expect(options.reviewers.every((reviewer) => typeof reviewer.name === "string")).toBe(true);
    });

    it("needs my rating: not rated by me and not locked by a standing verdict", async () => {
      // recognition is rated by the viewer, capital is locked; trainees' verdict was reopened
      expect(await idsFor({ reportId: reportA, needsMyRating: true })).toEqual([
        trainees,
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, needsMyRating: true }, otherReviewer)).toEqual([
        trainees,
        delisting2025,
      ]);
    });

    it("has contradictions: a contradicting claim at either end, or live contradicting evidence", async () => {
      expect(await idsFor({ hasContradictions: true, reportId: reportA })).toEqual([
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ hasContradictions: true, reportId: reportB })).toEqual([
        pakistanChannel,
      ]);
      expect(await idsFor({ hasContradictions: true, q: "2025" })).toEqual([delisting2025]);
    });

    it("by event date: a month- or year-precise event counts for its whole period", async () => {
      expect(await idsFor({ reportId: reportA, from: "2024-04-15", to: "2024-04-20" })).toEqual([
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, from: "2025-07-02", to: "2025-07-02" })).toEqual([
        recognition,
      ]);
      expect(await idsFor({ reportId: reportA, from: "2025-07-03" })).toEqual([
        capital,
        recognition,
      ]);
      expect(await idsFor({ to: "2021-12-31", q: "pakistan" })).toEqual([pakistanChannel]);
      // claims without an event date drop out once a range is set
      expect(await idsFor({ reportId: reportA, from: "1900-01-01" })).not.toContain(trainees);
    });
  });

  describe("cards", () => {
    it("count ratings and live evidence, flag contradictions and cut long quotes", async () => {
      const { cards } = await boardFor(viewer, { reportId: reportA });
      const card = (id: number) => cards.find((c) => c.id === id)!;
      expect(card(recognition)).toMatchObject({
        ratingCount: 2,
        evidenceCount: 1,
        contradicted: false,
        quoteTruncated: false,
        report: { id: reportA },
      });
      expect(card(delisting2024)).toMatchObject({ contradicted: true, ratingCount: 2 });
      expect(card(trainees)).toMatchObject({ contradicted: false, quoteTruncated: true });
      expect(card(trainees).quote).toHaveLength(QUOTE_EXCERPT_LENGTH);
    });

    it("show the consensus grade only to who rated or revealed (blind-first)", async () => {
      const consensusOf = async (actor: User, id: number) =>
        (await boardFor(actor, { reportId: reportA })).cards.find((c) => c.id === id)!.consensus;
      // the viewer rated B2, the other reviewer C3: the median takes the weaker middle grade
      expect(await consensusOf(viewer, recognition)).toEqual({
        state: "shown",
        reliability: "C",
        credibility: 3,
      });
      expect(await consensusOf(viewer, delisting2024)).toEqual({
        state: "shown",
        reliability: "E",
        credibility: 5,
      });
      expect(await consensusOf(editor, recognition)).toEqual({ state: "hidden" });
      expect(await consensusOf(viewer, delisting2025)).toEqual({ state: "none" });
    });
  });

  describe("sorting", () => {
    it("most disputed: disputed status, then contradictions, then ratings, then newest", async () => {
      expect(await idsFor({ reportId: reportA, sort: "disputed" })).toEqual([
        delisting2024,
        delisting2025,
        recognition,
        trainees,
        capital,
      ]);
    });

    it("least reviewed: fewest ratings, the longest waiting first", async () => {
      expect(await idsFor({ reportId: reportA, sort: "least-reviewed" })).toEqual([
        delisting2025,
        capital,
        trainees,
        recognition,
        delisting2024,
      ]);
    });
  });

  describe("blind-first: grades this viewer has not seen leave no trace", () => {
    let split: number; // graded A1 and E5 by two others
    let agreed: number; // graded B2 twice; newer, otherwise the same as `split`

    beforeAll(async () => {
      const report = await makeReport("Blind order");
      [split, agreed] = (await makeClaims(report, [
        { statement: `Graded far apart ${tag}`, quote: "متباعد", status: "in_review" },
        { statement: `Graded alike ${tag}`, quote: "متقارب", status: "in_review" },
      ])) as [number, number];
      await getDb()
        .insert(ratings)
        .values([
          { claimId: split, reviewerId: otherReviewer.id, reliability: "A", credibility: 1 },
          { claimId: split, reviewerId: thirdReviewer.id, reliability: "E", credibility: 5 },
          { claimId: agreed, reviewerId: otherReviewer.id, reliability: "B", credibility: 2 },
          { claimId: agreed, reviewerId: thirdReviewer.id, reliability: "B", credibility: 2 },
        ]);
      await refreshReviewSummaries([split, agreed]);
    });

    it("the most-disputed order does not rank by how far apart hidden grades are", async () => {
      // same status, no contradictions, two ratings each: the newer comes first, whatever the grades
      const ids = (await boardFor(viewer, { sort: "disputed", q: tag })).cards
        .map((card) => card.id)
        .filter((id) => id === split || id === agreed);
      expect(ids).toEqual([agreed, split]);
    });

    it("the claim page and its edit form get no measure of the grades", async () => {
      const card = await getClaimCard(viewer, split);
      expect(card!.claim).not.toHaveProperty("gradeSpread");
      expect(JSON.stringify(card)).not.toMatch(/"(reliability|credibility)"/);
    });
  });
});
