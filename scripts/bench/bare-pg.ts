/**
 * The ceiling: what the database alone can do for each scenario, with no
 * framework in between. Reads replay the exact SQL the server ran for the
 * same requests (recorded by sql-capture), wave by wave as the server issued
 * it. The rating write is the rating transaction the data layer runs
 * (lib/ratings/rate.ts), statement for statement, on the same claims with
 * the same reviewers, with the status rule computed by the same function
 * (without the watchers a first rating tells: most of the bench's ratings
 * change one already given). The comment write's twin is the SQL its
 * server action ran for one comment, recorded and replayed as the reads are.
 */
import pg from "pg";
import { planReplay, type ReplayPlan } from "@/scripts/bench/replay-plan";
import type { Random } from "@/scripts/bench/random";
import type { ReliabilityGrade } from "@/db/schema";
import { reliabilityGrades } from "@/lib/review/grades";
import { summariseReview } from "@/lib/review/review-summary";
import { replayValue, type CapturedQuery } from "./sql-capture";

export type ReplayableRequest = ReplayPlan<CapturedQuery>;

/**
 * The ceiling's connections, in two pools: `statements` for what runs outside
 * a transaction, `transactions` for the client a BEGIN holds until COMMIT.
 * With one pool, every worker could hold its transaction's client while
 * waiting for another for a statement beside it, and all would wait for ever
 * with no query running: the comment scenario stalled that way now and then
 * (its request reads the user before its transaction). A worker never holds a
 * `statements` client while it waits, so two pools cannot wait on each other.
 */
export type BarePools = { statements: pg.Pool; transactions: pg.Pool };

export function barePools(config: pg.PoolConfig & { max: number }): BarePools {
  return { statements: new pg.Pool(config), transactions: new pg.Pool(config) };
}

export async function endBarePools(pools: BarePools) {
  await Promise.all([pools.statements.end(), pools.transactions.end()]);
}

export function replayable(queries: CapturedQuery[]): ReplayableRequest {
  return planReplay(queries);
}

export async function replayRequest(pools: BarePools, request: ReplayableRequest) {
  const dedicated = new Map<number, pg.PoolClient>();
  try {
    for (const lane of request.transactionLanes) {
      dedicated.set(lane, await pools.transactions.connect());
    }
    for (const wave of request.waves) {
      await Promise.all(
        wave.map((query) =>
          (dedicated.get(query.lane) ?? pools.statements).query(
            query.text,
            query.values.map(replayValue),
          ),
        ),
      );
    }
  } finally {
    for (const client of dedicated.values()) client.release();
  }
}

/**
 * The same request as another person: every value that was `from` (the
 * recording user's id) becomes `to`. Sixteen workers replaying one person's
 * write would queue on that person's rows (their rate-limit window), where
 * the app's sixteen users do not.
 */
export function replayAs(request: ReplayableRequest, from: string, to: string): ReplayableRequest {
  if (from === to) return request;
  return {
    ...request,
    waves: request.waves.map((wave) =>
      wave.map((query) => ({
        ...query,
        values: query.values.map((value) => (value === from ? to : value)),
      })),
    ),
  };
}

/** rateClaim's transaction (lib/ratings/rate.ts) in plain SQL, plus the request's user lookup. */
export async function bareRating(
  pools: BarePools,
  input: { claimId: number; reviewerId: string; random: Random; quorum: number },
) {
  const { claimId, reviewerId, random } = input;
  const reliability: ReliabilityGrade = random.pick(reliabilityGrades);
  const credibility = random.int(1, 6);
  await pools.statements.query("select * from users where id = $1 limit 1", [reviewerId]);
  const client = await pools.transactions.connect();
  try {
    await client.query("begin");
    const claim = await client.query("select id from claims where id = $1 for update", [claimId]);
    if (claim.rowCount === 0) throw new Error("no such claim");
    // its standing verdict and this reviewer's rating, in one statement after the lock
    const locked = await client.query(
      `select v.id as verdict_id, r.id as rating_id, r.reliability, r.credibility, r.note
       from claims c
       left join verdicts v on v.claim_id = c.id and v.reopened_at is null
       left join ratings r on r.claim_id = c.id and r.reviewer_id = $2
       where c.id = $1`,
      [claimId, reviewerId],
    );
    if (locked.rows[0].verdict_id !== null) throw new Error("claim has a standing verdict");
    const previous = {
      rows:
        locked.rows[0].rating_id === null
          ? []
          : [{ ...locked.rows[0], id: locked.rows[0].rating_id }],
    };
    const before = previous.rows[0] as
      { id: number; reliability: string; credibility: number; note: string | null } | undefined;
    const saved = before
      ? await client.query(
          "update ratings set reliability = $1, credibility = $2, note = $3, updated_at = $4 where id = $5 returning *",
          [reliability, credibility, null, new Date(), before.id],
        )
      : await client.query(
          "insert into ratings (claim_id, reviewer_id, reliability, credibility, note) values ($1, $2, $3, $4, $5) returning *",
          [claimId, reviewerId, reliability, credibility, null],
        );
    const statusInput = await client.query(
      `select
         coalesce((select json_agg(json_build_object('reliability', r.reliability, 'credibility', r.credibility))
                   from ratings r where r.claim_id = $1), '[]') as ratings,
         coalesce((select json_agg(json_build_object('stance', e.stance))
                   from evidence e where e.claim_id = $1 and e.retracted_at is null), '[]') as evidence,
         (select count(*)::int from claim_relations cr
           where cr.kind = 'contradicts' and (cr.from_claim_id = $1 or cr.to_claim_id = $1)) as contradicting`,
      [claimId],
    );
    const { verdict: status, summary } = summariseReview({
      ratings: statusInput.rows[0].ratings,
      evidence: statusInput.rows[0].evidence,
      contradictingClaims: statusInput.rows[0].contradicting,
      quorum: input.quorum,
    });
    await client.query(
      `update claims set status = $1, rating_count = $2, contradicted = $3
       where id = $4 and (status is distinct from $1 or rating_count <> $2 or contradicted <> $3)`,
      [summary.status, summary.ratingCount, summary.contradicted, claimId],
    );
    // the rater's open assignment on the claim, if any, is done by this rating
    await client.query(
      `update claim_assignments set done_at = now(), done_by = 'rating'
       where claim_id = $1 and assignee_id = $2 and ended_at is null and done_at is null
       returning id`,
      [claimId, reviewerId],
    );
    const grades = (r: { reliability: string; credibility: number; note: string | null }) => ({
      grade: `${r.reliability}${r.credibility}`,
      reliability: r.reliability,
      credibility: r.credibility,
      note: r.note,
    });
    await client.query(
      `insert into audit_events (actor_id, action, entity_type, entity_id, before, after, request_id)
       select $1, $2, 'claim', $3, $4, $5, $6 from (select pg_notify($7, $8)) as announced`,
      [
        reviewerId,
        before ? "rating.update" : "rating.create",
        String(claimId),
        before ? JSON.stringify(grades(before)) : null,
        JSON.stringify({ ...grades(saved.rows[0]), status: status.status }),
        null,
        "desk_claim_changes",
        JSON.stringify({ claimId, kind: "rating", actorId: reviewerId }),
      ],
    );
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
