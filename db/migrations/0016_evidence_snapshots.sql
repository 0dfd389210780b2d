CREATE TYPE "public"."evidence_flag" AS ENUM('page_gone', 'quote_lost');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'watched_evidence_changed' BEFORE 'assigned';--> statement-breakpoint
CREATE TABLE "evidence_snapshots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"evidence_id" integer NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checks" integer DEFAULT 1 NOT NULL,
	"http_status" smallint,
	"final_url" text,
	"title" text,
	"text" text,
	"text_hash" text,
	"quote_found" boolean,
	"bytes" integer,
	"encoding" text,
	"failure" text,
	"failure_message" text,
	CONSTRAINT "evidence_snapshots_text_or_failure_check" CHECK (("evidence_snapshots"."failure" is null) = ("evidence_snapshots"."text_hash" is not null and "evidence_snapshots"."text" is not null))
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "failed_checks" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "flag" "evidence_flag";--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "flagged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence_snapshots" ADD CONSTRAINT "evidence_snapshots_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_snapshots_evidence_idx" ON "evidence_snapshots" USING btree ("evidence_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "evidence_flagged_claim_idx" ON "evidence" USING btree ("claim_id") WHERE "evidence"."flag" is not null and "evidence"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "evidence_checked_at_idx" ON "evidence" USING btree ("checked_at" NULLS FIRST,"id") WHERE "evidence"."retracted_at" is null;