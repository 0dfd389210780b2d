DROP INDEX "claims_created_at_idx";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search_text" text GENERATED ALWAYS AS (desk_normalise("statement" || ' ' || "quote")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_created_at_id_idx" ON "claims" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "claims_search_text_trgm_idx" ON "claims" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);