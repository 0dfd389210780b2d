DROP INDEX "ratings_reviewer_idx";--> statement-breakpoint
CREATE INDEX "evidence_contradicting_claim_idx" ON "evidence" USING btree ("claim_id") WHERE "evidence"."stance" = 'contradicts' and "evidence"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "ratings_reviewer_claim_idx" ON "ratings" USING btree ("reviewer_id","claim_id");