CREATE TYPE "public"."assignment_done_by" AS ENUM('rating', 'verdict', 'marked');--> statement-breakpoint
CREATE TYPE "public"."assignment_end_reason" AS ENUM('released', 'unassigned', 'reassigned', 'deactivated');--> statement-breakpoint
CREATE TABLE "claim_assignments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"assignee_id" uuid NOT NULL,
	"assigned_by" uuid,
	"due_on" date,
	"note" text,
	"deciding" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" "assignment_done_by",
	"done_note" text,
	"ended_at" timestamp with time zone,
	"end_reason" "assignment_end_reason",
	"due_tomorrow_sent_at" timestamp with time zone,
	"overdue_sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "claim_assignments" ADD CONSTRAINT "claim_assignments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_assignments" ADD CONSTRAINT "claim_assignments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_assignments" ADD CONSTRAINT "claim_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_assignments_live_key" ON "claim_assignments" USING btree ("claim_id","assignee_id") WHERE "claim_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "claim_assignments_open_assignee_idx" ON "claim_assignments" USING btree ("assignee_id","claim_id") WHERE "claim_assignments"."ended_at" is null and "claim_assignments"."done_at" is null;--> statement-breakpoint
CREATE INDEX "claim_assignments_open_claim_idx" ON "claim_assignments" USING btree ("claim_id","due_on") WHERE "claim_assignments"."ended_at" is null and "claim_assignments"."done_at" is null;--> statement-breakpoint
CREATE INDEX "claim_assignments_claim_idx" ON "claim_assignments" USING btree ("claim_id");