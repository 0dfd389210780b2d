import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { claimRelations, claims, evidence, reports, type User } from "@/db/schema";
import { rateToQuorum } from "./evidence-fixtures";
import { makeClaim } from "./make-claim";
import { makeUser } from "./make-user";

export type RelationDesk = {
  reviewer: User;
  otherReviewer: User;
  editor: User;
  /** a report of the desk's own, its claims made by claimOf */
  reportId: number;
};

/** Two reviewers, an editor and a report for the relation tests' claims. */
export async function makeRelationDesk(): Promise<RelationDesk> {
  const [reviewer, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const [report] = await getDb()
    .insert(reports)
    .values({ title: "Relation tests", language: "ar" })
    .returning({ id: reports.id });
  return {
    reviewer: reviewer!,
    otherReviewer: otherReviewer!,
    editor: editor!,
    reportId: report!.id,
  };
}

/** A claim of the desk's report; its id. */
export async function claimOf(desk: RelationDesk, statement?: string, quote?: string) {
  return (await makeClaim({ reportId: desk.reportId, statement, quote })).id;
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
