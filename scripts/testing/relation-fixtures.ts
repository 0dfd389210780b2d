import { and, eq, inArray } from "drizzle-orm";
import { beforeAll } from "vitest";
import { getDb } from "@/db";
import { claimRelations, claims, evidence, reports, type User } from "@/db/schema";
import { rateToQuorum } from "./evidence-fixtures";
import { makeClaim } from "./make-claim";
import { makeUser } from "./make-user";

export type RelationDesk = {
  reviewer: User;
  otherReviewer: User;
  editor: User;
  /** a report of the desk's own, which `claim` makes its claims in */
  reportId: number;
  /** a new claim of the desk's report; its id */
  claim: (statement?: string, quote?: string) => Promise<number>;
};

/**
 * Two reviewers, an editor and a report for a relation test file, made
 * before its tests run (the beforeAll is registered here): read the fields
 * inside the tests.
 */
export function relationDeskForTests(): RelationDesk {
  const desk = {
    claim: async (statement?: string, quote?: string) =>
      (await makeClaim({ reportId: desk.reportId, statement, quote })).id,
  } as RelationDesk;
  beforeAll(async () => {
    const [reviewer, otherReviewer, editor] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("editor"),
    ]);
    const [report] = await getDb()
      .insert(reports)
      .values({ title: "Relation tests", language: "ar" })
      .returning({ id: reports.id });
    Object.assign(desk, { reviewer, otherReviewer, editor, reportId: report!.id });
  });
  return desk;
}

/** Quorum of agreeing A1 ratings, written directly; with a supporting link the claim is well sourced. */
export async function rateWellSourced(claimId: number) {
  const raters = await rateToQuorum(claimId);
  await getDb().insert(evidence).values({
    claimId,
    url: "https://news.example/recognition",
    title: "Recognition",
    stance: "supports",
    addedBy: raters[0]!.id,
  });
  await getDb().update(claims).set({ status: "well_sourced" }).where(eq(claims.id, claimId));
}

/** The links between two claims, whichever way they point. */
export const relationsBetween = (a: number, b: number) =>
  getDb()
    .select()
    .from(claimRelations)
    .where(
      and(inArray(claimRelations.fromClaimId, [a, b]), inArray(claimRelations.toClaimId, [a, b])),
    );
