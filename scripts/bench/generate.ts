/**
 * Fills an empty, migrated database with a realistic desk from a fixed seed:
 * at --scale 10000, 100 reports, 10,000 claims (a third quoting Arabic
 * sources), 50 reviewers, 200,000 ratings, 50,000 evidence links, 100,000
 * comments, 300,000 audit events, relations (a third of them contradictions)
 * and editors' verdicts. Other scales keep the proportions per claim; the 50
 * reviewers stay 50, since they are people and each claim can hold at most
 * one rating from each.
 *
 * Rows go in with multi-row INSERTs over unnest() of column arrays, thousands
 * per statement, with explicit ids (OVERRIDING SYSTEM VALUE) so that replies,
 * relations and audit events can point at rows without reading them back.
 * Audit events go through the hash-chain trigger like every other event.
 * Statuses are computed by the desk's own rule (lib/review/status.ts).
 */
import pg from "pg";
import type { ReliabilityGrade } from "@/db/schema";
import { verdictKinds } from "@/db/schema/verdict-kinds";
import { hashPassword } from "@/lib/auth/password";
import { distribute, seededRandom } from "@/scripts/bench/random";
import { env } from "@/lib/env";
import { reliabilityGrades } from "@/lib/review/grades";
import { summariseReview } from "@/lib/review/review-summary";
import {
  arabicSources,
  commentBody,
  englishClaim,
  entityNames,
  evidenceTitles,
  outletNames,
} from "./corpus";

export const BENCH_PASSWORD = "bench-desk-password";
export const REVIEWER_COUNT = 50;

/** Per claim, at every scale (issue 7's counts at 10,000 claims). */
const perClaim = {
  reports: 100 / 10_000,
  ratings: 20,
  evidence: 5,
  comments: 10,
  auditEvents: 30,
  relations: 0.3,
};

/** Assignments each reviewer has had: 200 each at 10,000 claims, about one per claim in all. */
export function assignmentsPerReviewer(claimCount: number): number {
  return Math.min(200, Math.max(5, Math.round(claimCount * 0.02)));
}

/** 300 each at 10,000 claims (the "a few hundred"), fewer on the smaller desks. */
export function notificationsPerReviewer(claimCount: number): number {
  return Math.min(300, Math.max(20, Math.round(claimCount * 0.03)));
}

export type BenchAccount = { id: string; email: string };

export type GeneratedDesk = {
  counts: Record<string, number>;
  seconds: number;
  reviewers: BenchAccount[];
  editor: BenchAccount;
  /** claims without a standing verdict: ratings are accepted on them */
  rateableClaimIds: number[];
  claimCount: number;
};

type Column = { name: string; type: string };

/** INSERT … SELECT FROM unnest(arrays): one statement per `chunk` rows. */
async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: Column[],
  rows: unknown[][],
  options: { explicitIds?: boolean; chunk?: number } = {},
) {
  const chunk = options.chunk ?? 5_000;
  const names = columns.map((c) => c.name).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const overriding = options.explicitIds ? " overriding system value" : "";
  const text = `insert into ${table} (${names})${overriding} select * from unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    await client.query(
      text,
      columns.map((_, i) => slice.map((row) => row[i])),
    );
  }
}

const DAY = 86_400_000;
/** "now" for the generated desk, fixed so that the same seed gives the same dates */
const GENERATED_AT = Date.UTC(2025, 5, 1);
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const timestamp = (time: number) => new Date(time).toISOString();

export async function generateDesk(
  ownerUrl: string,
  options: { scale: number; seed: number; log?: (line: string) => void },
): Promise<GeneratedDesk> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const claimCount = options.scale;
  const reportCount = Math.max(1, Math.round(claimCount * perClaim.reports));

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  const step = async (name: string, run: () => Promise<number>) => {
    const stepStarted = Date.now();
    counts[name] = await run();
    log(
      `  ${name}: ${counts[name]!.toLocaleString("en")} rows in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`,
    );
  };

  try {
    // ---- people: one argon2 hash shared by every account (hashing 52 would take seconds)
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const reviewers: BenchAccount[] = Array.from({ length: REVIEWER_COUNT }, (_, i) => ({
      id: random.uuid(),
      email: `reviewer${String(i + 1).padStart(2, "0")}@bench.test`,
    }));
    const editor: BenchAccount = { id: random.uuid(), email: "editor@bench.test" };
    const admin: BenchAccount = { id: random.uuid(), email: "admin@bench.test" };
    await step("users", async () => {
      const people = [
        ...reviewers.map((r, i) => [r.id, r.email, `Reviewer ${i + 1}`, "reviewer"]),
        [editor.id, editor.email, "Bench Editor", "editor"],
        [admin.id, admin.email, "Bench Admin", "admin"],
      ].map((row) => [...row, passwordHash]);
      await insertRows(
        client,
        "users",
        [
          { name: "id", type: "uuid" },
          { name: "email", type: "text" },
          { name: "display_name", type: "text" },
          { name: "role", type: "user_role" },
          { name: "password_hash", type: "text" },
        ],
        people,
      );
      return people.length;
    });
    const staff = [...reviewers.map((r) => r.id), editor.id];

    // ---- reports and entities
    await step("reports", async () => {
      const rows = Array.from({ length: reportCount }, (_, i) => {
        const outlet = random.pick(outletNames);
        const arabic = random.chance(0.7);
        return [
          i + 1,
          `${arabic ? "Arabic" : "English"} report ${i + 1}: ${outlet} on the region, ${2023 + (i % 3)}`,
          outlet,
          random.chance(0.6) ? `Staff writer ${random.int(1, 40)}` : null,
          `https://example.org/reports/${i + 1}`,
          isoDate(GENERATED_AT - random.int(30, 900) * DAY),
          arabic ? "ar" : "en",
          admin.id,
        ];
      });
      await insertRows(
        client,
        "reports",
        [
          { name: "id", type: "int" },
          { name: "title", type: "text" },
          { name: "outlet", type: "text" },
          { name: "author", type: "text" },
          { name: "url", type: "text" },
          { name: "published_on", type: "date" },
          { name: "language", type: "text" },
          { name: "imported_by", type: "uuid" },
        ],
        rows,
        { explicitIds: true },
      );
      return rows.length;
    });
    await step("entities", async () => {
      await insertRows(
        client,
        "entities",
        [
          { name: "id", type: "int" },
          { name: "name", type: "text" },
          { name: "kind", type: "entity_kind" },
        ],
        entityNames.map((e, i) => [i + 1, e.name, e.kind]),
        { explicitIds: true },
      );
      return entityNames.length;
    });
    const entityIdByName = new Map(entityNames.map((e, i) => [e.name, i + 1]));

    // ---- claims, with what their status depends on decided first
    type ClaimPlan = {
      id: number;
      createdAt: number;
      ratings: Array<{ reviewerId: string; reliability: ReliabilityGrade; credibility: number }>;
      evidence: Array<{ stance: "supports" | "contradicts" | "context"; retracted: boolean }>;
      contradictingClaims: number;
    };
    const plans: ClaimPlan[] = Array.from({ length: claimCount }, (_, i) => ({
      id: i + 1,
      createdAt: GENERATED_AT - random.int(1, (365 * DAY) / 1000) * 1000,
      ratings: [],
      evidence: [],
      contradictingClaims: 0,
    }));

    const ratingCounts = distribute(
      random,
      claimCount * perClaim.ratings,
      claimCount,
      REVIEWER_COUNT,
    );
    plans.forEach((plan, i) => {
      // a claim has a "true" grade that its reviewers mostly agree on, some widely
      const center = random.int(0, 4);
      const width = random.chance(0.2) ? 3 : 1;
      const who = random.sample(REVIEWER_COUNT, ratingCounts[i]!);
      plan.ratings = who.map((r) => ({
        reviewerId: reviewers[r]!.id,
        reliability: random.chance(0.05)
          ? "F"
          : reliabilityGrades[Math.min(4, Math.max(0, center + random.int(-width, width)))]!,
        credibility: random.chance(0.05)
          ? 6
          : Math.min(5, Math.max(1, center + 1 + random.int(-width, width))),
      }));
    });
    const evidenceCounts = distribute(random, claimCount * perClaim.evidence, claimCount, 40);
    plans.forEach((plan, i) => {
      plan.evidence = Array.from({ length: evidenceCounts[i]! }, () => {
        const roll = random.next();
        return {
          stance: roll < 0.6 ? "supports" : roll < 0.75 ? "contradicts" : "context",
          retracted: random.chance(0.03),
        };
      });
    });

    // relations: unordered pairs, unique per kind; a third contradict
    const relationCount = Math.round(claimCount * perClaim.relations);
    const relations: Array<[number, number, "same_as" | "corroborates" | "contradicts"]> = [];
    const seenPairs = new Set<string>();
    while (relations.length < relationCount && claimCount > 1) {
      const from = random.int(1, claimCount);
      const to = random.int(1, claimCount);
      const roll = random.next();
      const kind = roll < 1 / 3 ? "contradicts" : roll < 0.75 ? "corroborates" : "same_as";
      const key = `${Math.min(from, to)}:${Math.max(from, to)}:${kind}`;
      if (from === to || seenPairs.has(key)) continue;
      seenPairs.add(key);
      relations.push([from, to, kind]);
      if (kind === "contradicts") {
        plans[from - 1]!.contradictingClaims++;
        plans[to - 1]!.contradictingClaims++;
      }
    }

    const claimEntities: Array<[number, number]> = [];
    await step("claims", async () => {
      const rows = plans.map((plan) => {
        const eventYear = 2021 + random.int(0, 4);
        const arabic = random.chance(1 / 3);
        let statement: string;
        let quote: string;
        let attribution: string;
        let entities: string[];
        if (arabic) {
          const source = random.pick(arabicSources);
          const second = random.chance(0.5) ? ` ${random.pick(arabicSources).quote}` : "";
          statement = source.statement;
          quote = source.quote + second;
          attribution = source.attribution;
          entities = [random.pick(entityNames).name];
        } else {
          ({ statement, quote, attribution, entities } = englishClaim(random, eventYear));
        }
        for (const name of new Set(entities)) {
          const entityId = entityIdByName.get(name);
          if (entityId) claimEntities.push([plan.id, entityId]);
        }
        const precision = random.pick(["day", "month", "year", null] as const);
        const eventDate =
          precision === null
            ? null
            : precision === "year"
              ? `${eventYear}-01-01`
              : precision === "month"
                ? `${eventYear}-${String(random.int(1, 12)).padStart(2, "0")}-01`
                : `${eventYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
        const { summary } = summariseReview({
          ratings: plan.ratings,
          evidence: plan.evidence.filter((e) => !e.retracted),
          contradictingClaims: plan.contradictingClaims,
          quorum: env.CLAIM_QUORUM,
        });
        return [
          plan.id,
          random.int(1, reportCount),
          statement,
          quote,
          arabic ? "ar" : "en",
          quote,
          "unanchored",
          attribution,
          eventDate,
          precision,
          summary.status,
          summary.ratingCount,
          summary.contradicted,
          random.pick(staff),
          timestamp(plan.createdAt),
          timestamp(plan.createdAt),
        ];
      });
      await insertRows(
        client,
        "claims",
        [
          { name: "id", type: "int" },
          { name: "report_id", type: "int" },
          { name: "statement", type: "text" },
          { name: "quote", type: "text" },
          { name: "quote_language", type: "text" },
          { name: "anchor_exact", type: "text" },
          { name: "anchor_state", type: "anchor_state" },
          { name: "attribution", type: "text" },
          { name: "event_date", type: "date" },
          { name: "event_date_precision", type: "date_precision" },
          { name: "status", type: "claim_status" },
          { name: "rating_count", type: "int" },
          { name: "contradicted", type: "boolean" },
          { name: "created_by", type: "uuid" },
          { name: "created_at", type: "timestamptz" },
          { name: "updated_at", type: "timestamptz" },
        ],
        rows,
        { explicitIds: true, chunk: 2_000 },
      );
      return rows.length;
    });
    await step("claim_entities", async () => {
      await insertRows(
        client,
        "claim_entities",
        [
          { name: "claim_id", type: "int" },
          { name: "entity_id", type: "int" },
        ],
        claimEntities,
      );
      return claimEntities.length;
    });
    // as the app works it out for each claim it makes (lib/pairs/resemblances.ts),
    // so the claim pages and the pairs list read a desk's worth of pairs
    await step("claim_resemblances", async () => {
      for (;;) {
        const { rows } = await client.query<{ done: number }>(
          "select desk_catch_up_resemblances(1000) as done",
        );
        if (Number(rows[0]!.done) === 0) break;
      }
      const { rows } = await client.query<{ n: string }>(
        "select count(*) as n from claim_resemblances",
      );
      return Number(rows[0]!.n);
    });

    await step("claim_relations", async () => {
      await insertRows(
        client,
        "claim_relations",
        [
          { name: "id", type: "int" },
          { name: "from_claim_id", type: "int" },
          { name: "to_claim_id", type: "int" },
          { name: "kind", type: "relation_kind" },
          { name: "note", type: "text" },
          { name: "created_by", type: "uuid" },
        ],
        relations.map(([from, to, kind], i) => [
          i + 1,
          from,
          to,
          kind,
          kind === "contradicts" ? "The dates do not agree." : "Same sources, same numbers.",
          random.pick(staff),
        ]),
        { explicitIds: true },
      );
      return relations.length;
    });

    const after = (plan: ClaimPlan) =>
      Math.min(GENERATED_AT - 1000, plan.createdAt + random.int(60, 30 * 86_400) * 1000);
    await step("ratings", async () => {
      const rows: unknown[][] = [];
      for (const plan of plans) {
        for (const rating of plan.ratings) {
          const at = timestamp(after(plan));
          rows.push([
            rows.length + 1,
            plan.id,
            rating.reviewerId,
            rating.reliability,
            rating.credibility,
            random.chance(0.1) ? "Single anonymous source; no corroboration yet." : null,
            at,
            at,
          ]);
        }
      }
      await insertRows(
        client,
        "ratings",
        [
          { name: "id", type: "int" },
          { name: "claim_id", type: "int" },
          { name: "reviewer_id", type: "uuid" },
          { name: "reliability", type: "reliability_grade" },
          { name: "credibility", type: "smallint" },
          { name: "note", type: "text" },
          { name: "created_at", type: "timestamptz" },
          { name: "updated_at", type: "timestamptz" },
        ],
        rows,
        { explicitIds: true, chunk: 20_000 },
      );
      return rows.length;
    });
    await step("evidence", async () => {
      const rows: unknown[][] = [];
      for (const plan of plans) {
        for (const item of plan.evidence) {
          const id = rows.length + 1;
          const addedBy = random.pick(staff);
          rows.push([
            id,
            plan.id,
            `https://example.org/evidence/${id}`,
            `${random.pick(evidenceTitles)} ${id}`,
            random.pick(outletNames),
            item.stance,
            random.chance(0.3) ? "The ministry confirmed the figures on the record." : null,
            addedBy,
            timestamp(after(plan)),
            item.retracted ? timestamp(GENERATED_AT - DAY) : null,
            item.retracted ? addedBy : null,
            item.retracted ? "The page was taken down and the archive is incomplete." : null,
          ]);
        }
      }
      await insertRows(
        client,
        "evidence",
        [
          { name: "id", type: "int" },
          { name: "claim_id", type: "int" },
          { name: "url", type: "text" },
          { name: "title", type: "text" },
          { name: "outlet", type: "text" },
          { name: "stance", type: "evidence_stance" },
          { name: "quote", type: "text" },
          { name: "added_by", type: "uuid" },
          { name: "created_at", type: "timestamptz" },
          { name: "retracted_at", type: "timestamptz" },
          { name: "retracted_by", type: "uuid" },
          { name: "retraction_reason", type: "text" },
        ],
        rows,
        { explicitIds: true, chunk: 10_000 },
      );
      return rows.length;
    });
    await step("comments", async () => {
      const commentCounts = distribute(random, claimCount * perClaim.comments, claimCount, 200);
      const rows: unknown[][] = [];
      plans.forEach((plan, i) => {
        const first = rows.length + 1;
        for (let n = 0; n < commentCounts[i]!; n++) {
          const id = rows.length + 1;
          // a quarter are replies to an earlier comment on the same claim
          const parentId = id > first && random.chance(0.25) ? random.int(first, id - 1) : null;
          const at = timestamp(after(plan));
          rows.push([id, plan.id, parentId, random.pick(staff), commentBody(random), at, at]);
        }
      });
      await insertRows(
        client,
        "comments",
        [
          { name: "id", type: "int" },
          { name: "claim_id", type: "int" },
          { name: "parent_id", type: "int" },
          { name: "author_id", type: "uuid" },
          { name: "body", type: "text" },
          { name: "created_at", type: "timestamptz" },
          { name: "updated_at", type: "timestamptz" },
        ],
        rows,
        { explicitIds: true, chunk: 20_000 },
      );
      return rows.length;
    });

    // ---- who watches what, as the desk's writers would have left it: the card's
    // author, its raters and its commenters (lib/notifications/fan-out.ts), so the
    // write scenarios tell as many watchers as a real desk's writes would
    await step("claim_watches", async () => {
      let total = 0;
      for (const [source, reason] of [
        ["select id, created_by from claims where created_by is not null", "author"],
        ["select claim_id, reviewer_id from ratings", "rated"],
        ["select distinct claim_id, author_id from comments", "commented"],
      ] as const) {
        const result = await client.query(
          `insert into claim_watches (claim_id, user_id, watching, reason)
           select w.*, true, '${reason}' from (${source}) w on conflict do nothing`,
        );
        total += result.rowCount ?? 0;
      }
      return total;
    });
    // ---- a few hundred notifications per reviewer at 10,000 claims, a third read
    await step("notifications", async () => {
      const perReviewer = notificationsPerReviewer(claimCount);
      const kinds = [
        "watched_comment",
        "watched_rating",
        "watched_evidence",
        "mentioned",
        "comment_reply",
        "watched_contradiction",
        "watched_verdict_set",
      ];
      const rows: unknown[][] = [];
      for (const reviewer of reviewers) {
        for (let n = 0; n < perReviewer; n++) {
          const at = GENERATED_AT - random.int(0, 60) * DAY - random.int(0, DAY);
          const kind = random.pick(kinds);
          const detail =
            kind === "watched_rating"
              ? { ratingCount: random.int(1, 20) }
              : kind === "watched_verdict_set"
                ? { verdict: "false" }
                : {};
          rows.push([
            reviewer.id,
            kind,
            random.int(1, claimCount),
            random.pick(staff),
            JSON.stringify(detail),
            timestamp(at),
            random.chance(1 / 3) ? timestamp(at + DAY) : null,
          ]);
        }
      }
      await insertRows(
        client,
        "notifications",
        [
          { name: "recipient_id", type: "uuid" },
          { name: "kind", type: "notification_kind" },
          { name: "claim_id", type: "int" },
          { name: "actor_id", type: "uuid" },
          { name: "detail", type: "jsonb" },
          { name: "created_at", type: "timestamptz" },
          { name: "read_at", type: "timestamptz" },
        ],
        rows,
        { chunk: 10_000 },
      );
      return rows.length;
    });

    // ---- assignments: each reviewer holds some claims, has done some and released a few.
    // Due dates are around the day the bench runs (not GENERATED_AT), so some are overdue
    // and some due soon whenever it runs, as on a working desk.
    await step("claim_assignments", async () => {
      const today = Date.UTC(
        new Date().getUTCFullYear(),
        new Date().getUTCMonth(),
        new Date().getUTCDate(),
      );
      const rows: unknown[][] = [];
      for (const reviewer of reviewers) {
        for (const index of random.sample(claimCount, assignmentsPerReviewer(claimCount))) {
          const at = GENERATED_AT - random.int(0, 60) * DAY;
          const state = random.chance(0.7) ? "open" : random.chance(2 / 3) ? "done" : "released";
          rows.push([
            index + 1,
            reviewer.id,
            editor.id,
            random.chance(0.6) ? isoDate(today + random.int(-10, 20) * DAY) : null,
            random.chance(0.3) ? "Check the date against the original." : null,
            timestamp(at),
            state === "done" ? timestamp(at + DAY) : null,
            state === "done" ? "rating" : null,
            state === "released" ? timestamp(at + DAY) : null,
            state === "released" ? "released" : null,
          ]);
        }
      }
      await insertRows(
        client,
        "claim_assignments",
        [
          { name: "claim_id", type: "int" },
          { name: "assignee_id", type: "uuid" },
          { name: "assigned_by", type: "uuid" },
          { name: "due_on", type: "date" },
          { name: "note", type: "text" },
          { name: "created_at", type: "timestamptz" },
          { name: "done_at", type: "timestamptz" },
          { name: "done_by", type: "assignment_done_by" },
          { name: "ended_at", type: "timestamptz" },
          { name: "end_reason", type: "assignment_end_reason" },
        ],
        rows,
        { chunk: 10_000 },
      );
      // the assignees watch their claims, as an assignment makes them do
      await client.query(
        `insert into claim_watches (claim_id, user_id, watching, reason)
         select claim_id, assignee_id, true, 'assigned' from claim_assignments
         where ended_at is null on conflict do nothing`,
      );
      return rows.length;
    });

    // ---- verdicts on 4% of the claims; a fifth of those reopened
    const lockedClaims = new Set<number>();
    await step("verdicts", async () => {
      const decided = random.sample(claimCount, Math.round(claimCount * 0.04));
      const rows = decided.map((index, i) => {
        const claimId = index + 1;
        const reopened = random.chance(0.2);
        if (!reopened) lockedClaims.add(claimId);
        return [
          i + 1,
          claimId,
          random.pick(verdictKinds),
          "Two independent sources and the original document agree.",
          editor.id,
          reopened ? editor.id : null,
          reopened ? timestamp(GENERATED_AT - DAY) : null,
          reopened ? "A new source contradicts the document." : null,
        ];
      });
      await insertRows(
        client,
        "verdicts",
        [
          { name: "id", type: "int" },
          { name: "claim_id", type: "int" },
          { name: "verdict", type: "verdict_kind" },
          { name: "rationale", type: "text" },
          { name: "decided_by", type: "uuid" },
          { name: "reopened_by", type: "uuid" },
          { name: "reopened_at", type: "timestamptz" },
          { name: "reopen_reason", type: "text" },
        ],
        rows,
        { explicitIds: true },
      );
      return rows.length;
    });

    // ---- the audit trail: creations, ratings, then evidence and comments to fill it up
    await step("audit_events", async () => {
      const total = claimCount * perClaim.auditEvents;
      const events: unknown[][] = [];
      const event = (actor: string | null, action: string, claimId: number, payload: object) =>
        events.push([actor, action, "claim", String(claimId), null, JSON.stringify(payload), null]);
      for (const plan of plans) {
        event(random.pick(staff), "claim.create", plan.id, { reportId: 1, statement: "…" });
        for (const rating of plan.ratings) {
          event(rating.reviewerId, "rating.create", plan.id, {
            grade: `${rating.reliability}${rating.credibility}`,
            reliability: rating.reliability,
            credibility: rating.credibility,
            note: null,
          });
        }
      }
      while (events.length < total) {
        const claimId = random.int(1, claimCount);
        if (random.chance(0.5)) {
          event(random.pick(staff), "evidence.add", claimId, {
            stance: "supports",
            url: "https://example.org/e",
          });
        } else {
          event(random.pick(staff), "comment.create", claimId, { body: commentBody(random) });
        }
      }
      // interleaved in time, as a desk's trail is
      for (let i = events.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [events[i], events[j]] = [events[j]!, events[i]!];
      }
      await insertRows(
        client,
        "audit_events",
        [
          { name: "actor_id", type: "uuid" },
          { name: "action", type: "text" },
          { name: "entity_type", type: "text" },
          { name: "entity_id", type: "text" },
          { name: "before", type: "jsonb" },
          { name: "after", type: "jsonb" },
          { name: "request_id", type: "text" },
        ],
        events.slice(0, total),
        { chunk: 10_000 },
      );
      return Math.min(total, events.length);
    });

    // identities continue after the explicit ids
    for (const table of [
      "reports",
      "entities",
      "claims",
      "claim_relations",
      "ratings",
      "evidence",
      "comments",
      "verdicts",
    ]) {
      await client.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (select coalesce(max(id), 0) from ${table})))`,
      );
    }
    const vacuumStarted = Date.now();
    await client.query("vacuum (analyze)");
    log(`  vacuum analyze in ${((Date.now() - vacuumStarted) / 1000).toFixed(1)} s`);

    return {
      counts,
      seconds: (Date.now() - started) / 1000,
      reviewers,
      editor,
      rateableClaimIds: plans.map((p) => p.id).filter((id) => !lockedClaims.has(id)),
      claimCount,
    };
  } finally {
    await client.end();
  }
}
