-- The board's search reads the attribution too ("Nezavisimaya", "المتحدث باسم"). Dropping the
-- generated column drops its trigram index, so the index is made again after it.
ALTER TABLE "claims" drop column "search_text";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search_text" text GENERATED ALWAYS AS (desk_normalise("statement" || ' ' || "quote" || ' ' || "attribution")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_search_text_trgm_idx" ON "claims" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);
