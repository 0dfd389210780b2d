ALTER TABLE "claims" ADD COLUMN "rating_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "grade_spread" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "contradicted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_least_reviewed_idx" ON "claims" USING btree ("rating_count","created_at","id");--> statement-breakpoint
CREATE INDEX "claims_most_disputed_idx" ON "claims" USING btree (("status" = 'disputed') desc,"contradicted" DESC NULLS LAST,"grade_spread" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- Backfill, by the rule of lib/review/review-summary.ts: F and 6 are not
-- judged grades; reliability grades are an enum in A…F order.
UPDATE "claims" SET
  "rating_count" = summary.rating_count,
  "grade_spread" = summary.grade_spread
FROM (
  SELECT "claim_id",
    count(*)::int AS rating_count,
    greatest(
      coalesce(ascii(max("reliability") FILTER (WHERE "reliability" <> 'F')::text)
        - ascii(min("reliability") FILTER (WHERE "reliability" <> 'F')::text), 0),
      coalesce(max("credibility") FILTER (WHERE "credibility" < 6)
        - min("credibility") FILTER (WHERE "credibility" < 6), 0)
    )::smallint AS grade_spread
  FROM "ratings" GROUP BY "claim_id"
) AS summary
WHERE summary."claim_id" = "claims"."id";--> statement-breakpoint
UPDATE "claims" SET "contradicted" = true
WHERE "id" IN (
  SELECT "from_claim_id" FROM "claim_relations" WHERE "kind" = 'contradicts'
  UNION SELECT "to_claim_id" FROM "claim_relations" WHERE "kind" = 'contradicts'
  UNION SELECT "claim_id" FROM "evidence" WHERE "stance" = 'contradicts' AND "retracted_at" IS NULL
);
