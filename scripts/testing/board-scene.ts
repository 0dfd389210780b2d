/**
 * The claim board's test scene: four accounts, two reports and six claims
 * with entities, relations, evidence, ratings and verdicts chosen for what
 * the board's search, filters, cards and sorting tests check. Each board
 * test file makes it in its own database; claims are named by what the tests
 * use them for.
 */
import { randomBytes } from "node:crypto";
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
import { listClaimCards } from "@/lib/claims/board";
import { defaultBoardFilter, type BoardFilter } from "@/lib/claims/board-query";
import { makeClaims, makeReport } from "./make-claim";
import { makeUser } from "./make-user";
import { refreshReviewSummaries } from "./review-summary";

export async function makeBoardScene() {
  const tag = randomBytes(3).toString("hex");
  const [viewer, otherReviewer, thirdReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const db = getDb();
  const [reportA, reportB] = await Promise.all([makeReport("Board A"), makeReport("Board B")]);
  const [recognition, delisting2024, delisting2025, capital, trainees] = (await makeClaims(
    reportA,
    [
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
    ],
  )) as [number, number, number, number, number];
  const [pakistanChannel] = (await makeClaims(reportB, [
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
  const [russia, pakistan] = entityRows.map((row) => row.id) as [number, number];
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
  const claims = {
    /** الإعتراف, ٢٠٢٥, July 2025 (month), rated by the viewer */
    recognition,
    /** April 2024 (month), contradicted by delisting2025 */
    delisting2024,
    /** April 2025 (month), disputed */
    delisting2025,
    /** diacritics and tatweel, 3 July 2025, locked by a verdict */
    capital,
    /** "100%", a long quote, retracted contradicting evidence */
    trainees,
    /** report B, live contradicting evidence */
    pakistanChannel,
  };
  await refreshReviewSummaries(Object.values(claims));

  const boardFor = (actor: User, filter: Partial<BoardFilter>) =>
    listClaimCards(actor, { ...defaultBoardFilter, ...filter });
  const idsFor = async (filter: Partial<BoardFilter>, actor = viewer) =>
    (await boardFor(actor, filter)).cards.map((card) => card.id);
  const people = { viewer, otherReviewer, thirdReviewer, editor };
  return { tag, ...people, reportA, reportB, russia, pakistan, ...claims, boardFor, idsFor };
}
