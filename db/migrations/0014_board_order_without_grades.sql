DROP INDEX "claims_most_disputed_idx";--> statement-breakpoint
CREATE INDEX "claims_most_disputed_idx" ON "claims" USING btree (("status" = 'disputed') desc,"contradicted" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "claims" DROP COLUMN "grade_spread";