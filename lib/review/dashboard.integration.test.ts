import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  claims,
  ratings,
  reports,
  verdicts,
  type ClaimStatus,
  type NewClaim,
  type ReliabilityGrade,
  type User,
} from "@/db/schema";
import { makeUser } from "@/scripts/testing/make-user";
import { krippendorffAlpha } from "./agreement";
import { agreementFromRatings, getDeskDashboard, ratingsByReviewer } from "./dashboard";
import { credibilityRank, reliabilityRank } from "./grades";

const claimValues = (reportId: number, statement: string, status: ClaimStatus): NewClaim => ({
  reportId,
  statement,
  quote: statement,
  quoteLanguage: "en",
  anchorExact: statement,
  status,
});

async function insertReport(title: string) {
  const [report] = await getDb()
    .insert(reports)
    .values({ title, language: "en" })
    .returning({ id: reports.id });
  return report!.id;
}

const allRatings = () =>
  getDb()
    .select({
      claimId: ratings.claimId,
      reviewerId: ratings.reviewerId,
      reliability: ratings.reliability,
      credibility: ratings.credibility,
    })
    .from(ratings);

type StoredRating = Awaited<ReturnType<typeof allRatings>>[number];

/** Alpha recomputed from scratch, one unit per claim, for the reviewers kept. */
function expectedAlpha(
  rows: readonly StoredRating[],
  rank: (row: StoredRating) => number | null,
  keep: (reviewerId: string) => boolean = () => true,
) {
  const units = new Map<number, Array<number | null>>();
  for (const row of rows) {
    if (!keep(row.reviewerId)) continue;
    units.set(row.claimId, [...(units.get(row.claimId) ?? []), rank(row)]);
  }
  return krippendorffAlpha([...units.values()], "ordinal");
}

const reliabilityOf = (row: StoredRating) => reliabilityRank(row.reliability);
const credibilityOf = (row: StoredRating) => credibilityRank(row.credibility);

describe("the desk dashboard", () => {
  let me: User;
  let ana: User;
  let ben: User;
  let cy: User;
  let ids: Record<"rated" | "locked" | "reopened" | "unjudged" | "unrated" | "mine", number>;

  beforeAll(async () => {
    me = await makeUser("reviewer");
    ana = await makeUser("reviewer");
    ben = await makeUser("editor");
    cy = await makeUser("reviewer", { active: false });
    const editor = await makeUser("editor");
    const reportId = await insertReport("Dashboard fixtures");
    const db = getDb();

    // inserted one at a time so creation order (the list's order) is certain
    const insert = async (statement: string, status: ClaimStatus) => {
      const [claim] = await db
        .insert(claims)
        .values(claimValues(reportId, statement, status))
        .returning({ id: claims.id });
      return claim!.id;
    };
    ids = {
      rated: await insert("Rated by me", "well_sourced"),
      locked: await insert("Locked by an open verdict", "disputed"),
      reopened: await insert("Verdict reopened", "in_review"),
      unjudged: await insert("Partly not judged", "in_review"),
      unrated: await insert("Nobody rated this", "unreviewed"),
      mine: await insert("Only I rated this", "mixed"),
    };

    const rate = (claimId: number, reviewer: User, grade: `${ReliabilityGrade}${number}`) => ({
      claimId,
      reviewerId: reviewer.id,
      reliability: grade[0] as ReliabilityGrade,
      credibility: Number(grade.slice(1)),
    });
    await db
      .insert(ratings)
      .values([
        rate(ids.rated, me, "B2"),
        rate(ids.rated, ana, "B2"),
        rate(ids.rated, ben, "C3"),
        rate(ids.locked, ana, "A1"),
        rate(ids.locked, ben, "A2"),
        rate(ids.locked, cy, "E5"),
        rate(ids.reopened, ana, "C3"),
        rate(ids.reopened, ben, "C4"),
        rate(ids.unjudged, ana, "F6"),
        rate(ids.unjudged, ben, "B6"),
        rate(ids.mine, me, "D4"),
      ]);
    await db.insert(verdicts).values([
      { claimId: ids.locked, verdict: "false", rationale: "Contradicted.", decidedBy: editor.id },
      {
        claimId: ids.reopened,
        verdict: "verified",
        rationale: "Too early.",
        decidedBy: editor.id,
        reopenedBy: editor.id,
        reopenedAt: new Date(),
        reopenReason: "New evidence.",
      },
    ]);
  });

  it("counts claims by status, every status listed", async () => {
    const dashboard = await getDeskDashboard(me);
    expect(dashboard.statusCounts).toEqual([
      { status: "unreviewed", count: 1 },
      { status: "in_review", count: 2 },
      { status: "well_sourced", count: 1 },
      { status: "weakly_sourced", count: 0 },
      { status: "disputed", count: 1 },
      { status: "mixed", count: 1 },
    ]);
    expect(dashboard.totalClaims).toBe(6);
  });

  it("lists the claims waiting for my rating: not rated by me, not locked by an open verdict", async () => {
    const mine = (await getDeskDashboard(me)).needsMyRating;
    expect(mine.count).toBe(3);
    expect(mine.claims).toEqual([
      { id: ids.reopened, statement: "Verdict reopened", status: "in_review", ratingCount: 2 },
      { id: ids.unjudged, statement: "Partly not judged", status: "in_review", ratingCount: 2 },
      { id: ids.unrated, statement: "Nobody rated this", status: "unreviewed", ratingCount: 0 },
    ]);

    const anas = (await getDeskDashboard(ana)).needsMyRating;
    expect(anas.claims.map((claim) => claim.id)).toEqual([ids.unrated, ids.mine]);
  });

  it("measures agreement per grade as the pure function does, by hand and from the stored ratings", async () => {
    const { reliability, credibility } = (await getDeskDashboard(me)).agreement;

    // claims as units, A = 1 … E = 5, F and 6 not judged; units of one judged
    // rating ("unjudged" on reliability, "mine") have nothing to pair with and drop out
    const reliabilityUnits = [[2, 2, 3], [1, 1, 5], [3, 3], [null, 2], [4]];
    const credibilityUnits = [[2, 2, 3], [1, 2, 5], [3, 4], [null, null], [4]];
    expect(reliability.alpha).toBeCloseTo(krippendorffAlpha(reliabilityUnits, "ordinal")!, 12);
    expect(credibility.alpha).toBeCloseTo(krippendorffAlpha(credibilityUnits, "ordinal")!, 12);
    expect(reliability).toMatchObject({ claims: 3, judgedRatings: 8 });
    expect(credibility).toMatchObject({ claims: 3, judgedRatings: 8 });

    const stored = await allRatings();
    for (const [grade, rank] of [
      [reliability, reliabilityOf],
      [credibility, credibilityOf],
    ] as const) {
      expect(grade.reviewers.map((row) => row.reviewerId).toSorted()).toEqual(
        [me.id, ana.id, ben.id, cy.id].toSorted(),
      );
      for (const row of grade.reviewers) {
        const without = expectedAlpha(stored, rank, (reviewerId) => reviewerId !== row.reviewerId);
        expect(row.alphaWithout).toBeCloseTo(without!, 12);
        expect(row.change).toBeCloseTo(without! - grade.alpha!, 12);
      }
    }

    const byName = reliability.reviewers.map((row) => row.displayName);
    expect(byName).toEqual(byName.toSorted((a, b) => a.localeCompare(b, "en")));
    const row = (reviewer: User) =>
      reliability.reviewers.find((r) => r.reviewerId === reviewer.id)!;
    expect(row(me)).toMatchObject({ displayName: me.displayName, ratings: 2, judged: 2 });
    expect(row(ana)).toMatchObject({ ratings: 4, judged: 3, active: true });
    expect(row(cy)).toMatchObject({ ratings: 1, judged: 1, active: false });
    expect(credibility.reviewers.find((r) => r.reviewerId === ben.id)).toMatchObject({
      ratings: 4,
      judged: 3,
    });
  });

  // Measured the same way at 200,000 ratings (40,000 claims, 60 reviewers) on a
  // busy 2-core machine: 0.3–0.4 s for the whole dashboard, of which ≈ 0.1 s
  // is the ratings query and ≈ 0.15 s the agreement for both grades.
  it("stays fast with 20,000 ratings (the benchmark is 200,000)", async () => {
    const reviewers = await Promise.all(Array.from({ length: 40 }, () => makeUser("reviewer")));
    const reportId = await insertReport("Benchmark");
    const db = getDb();
    const claimIds: number[] = [];
    for (let chunk = 0; chunk < 4; chunk++) {
      const inserted = await db
        .insert(claims)
        .values(
          Array.from({ length: 1000 }, (_unused, i) =>
            claimValues(reportId, `Benchmark claim ${chunk * 1000 + i}`, "in_review"),
          ),
        )
        .returning({ id: claims.id });
      claimIds.push(...inserted.map((claim) => claim.id));
    }

    // each claim rated by 5 of the 40 reviewers, around a "true" grade with some noise
    const random = mulberry32(20_000);
    const grade = (truth: number, spread: number) =>
      Math.min(6, Math.max(1, truth + Math.round((random() - 0.5) * spread)));
    const generated = claimIds.flatMap((claimId, c) => {
      const truth = 1 + Math.floor(random() * 5);
      return Array.from({ length: 5 }, (_unused, k) => {
        const reviewer = reviewers[(c * 7 + k * 3) % reviewers.length]!;
        const sloppy = reviewers.indexOf(reviewer) < 4;
        return {
          claimId,
          reviewerId: reviewer.id,
          reliability: "ABCDEF"[grade(truth, sloppy ? 6 : 2) - 1] as ReliabilityGrade,
          credibility: grade(truth, sloppy ? 6 : 2),
        };
      });
    });
    for (let at = 0; at < generated.length; at += 5000) {
      await db.insert(ratings).values(generated.slice(at, at + 5000));
    }

    const started = performance.now();
    const dashboard = await getDeskDashboard(me);
    const total = performance.now() - started;

    const queryStarted = performance.now();
    const byReviewer = await ratingsByReviewer(getDb());
    const computeStarted = performance.now();
    agreementFromRatings(byReviewer);
    const compute = performance.now() - computeStarted;
    const query = computeStarted - queryStarted;
    const stored = await allRatings();
    expect(stored.length).toBe(20_000 + 11);
    console.log(
      `dashboard with ${stored.length} ratings by ${byReviewer.length} reviewers: ` +
        `${total.toFixed(0)} ms in all; the ratings query ${query.toFixed(0)} ms, ` +
        `agreement (both grades, everyone left out in turn) ${compute.toFixed(0)} ms`,
    );

    expect(dashboard.totalClaims).toBe(4006);
    expect(dashboard.agreement.reliability.alpha).toBeCloseTo(
      expectedAlpha(stored, reliabilityOf)!,
      12,
    );
    expect(dashboard.agreement.reliability.reviewers).toHaveLength(44);
    // the four sloppy reviewers pull agreement down: the desk agrees more without each of them
    for (const sloppy of reviewers.slice(0, 4)) {
      const row = dashboard.agreement.credibility.reviewers.find(
        (r) => r.reviewerId === sloppy.id,
      )!;
      expect(row.change).toBeGreaterThan(0);
    }
    // an order of magnitude of slack over what a laptop takes, for busy CI machines
    expect(total).toBeLessThan(1000);
    expect(compute).toBeLessThan(500);
  });
});

/** A small seeded generator, so the benchmark's ratings are the same on every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
