import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { withDatabaseBeforeMigration } from "@/scripts/testing/before-migration";
import { readStatusInput } from "./refresh-status";
import { summariseReview } from "./review-summary";

describe("the review summary migration", () => {
  it("backfills rating counts and contradiction flags as the desk computes them", async () => {
    await withDatabaseBeforeMigration("0006_board_review_summary", async ({ pool, upgrade }) => {
      await pool.query(
        `insert into users (email, display_name)
           select 'reviewer' || n || '@example.test', 'Reviewer ' || n from generate_series(1, 6) n`,
      );
      await pool.query(`insert into reports (title, language) values ('Old', 'ar')`);
      // 60 claims: every mix of grades (F and 6 included), evidence and links
      await pool.query(
        `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
           select (select id from reports), 'Claim ' || n, 'اقتباس', 'ar', ''
           from generate_series(1, 60) n`,
      );
      await pool.query(
        `insert into ratings (claim_id, reviewer_id, reliability, credibility)
           select c.id, u.id,
             (enum_range(null::reliability_grade))[1 + (c.id * 7 + u.n * 3) % 6],
             1 + (c.id * 5 + u.n) % 6
           from claims c
           cross join (select id, row_number() over (order by email) n from users) u
           where u.n <= c.id % 7`,
      );
      await pool.query(
        `insert into evidence (claim_id, url, title, stance, added_by, retracted_at)
           select c.id, 'https://news.example/' || c.id, 'Source',
             (enum_range(null::evidence_stance))[1 + c.id % 3],
             (select min(id::text)::uuid from users),
             case when c.id % 5 = 0 then now() end
           from claims c where c.id % 2 = 0`,
      );
      await pool.query(
        `insert into claim_relations (from_claim_id, to_claim_id, kind)
           select id, id + 1, (enum_range(null::relation_kind))[1 + id % 3]
           from claims where id % 9 = 0 and id < 60`,
      );

      await upgrade();

      const db = drizzle({ client: pool, schema });
      const { rows } = await pool.query<{
        id: number;
        rating_count: number;
        contradicted: boolean;
      }>("select id, rating_count, contradicted from claims order by id");
      expect(rows).toHaveLength(60);
      const flags = new Set<boolean>();
      for (const row of rows) {
        const { summary } = summariseReview(await readStatusInput(db, row.id));
        expect(row, `claim ${row.id}`).toEqual({
          id: row.id,
          rating_count: summary.ratingCount,
          contradicted: summary.contradicted,
        });
        flags.add(row.contradicted);
      }
      // the data covers both sides of the flag and a range of counts
      expect(flags).toEqual(new Set([true, false]));
      expect(new Set(rows.map((row) => row.rating_count)).size).toBeGreaterThan(2);
    });
  });
});
