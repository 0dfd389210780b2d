CREATE TABLE "report_text_versions" (
	"report_id" integer NOT NULL,
	"number" integer NOT NULL,
	"full_text" text NOT NULL,
	"content_hash" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_from" integer,
	CONSTRAINT "report_text_versions_report_id_number_pk" PRIMARY KEY("report_id","number")
);
--> statement-breakpoint
ALTER TABLE "report_text_versions" ADD CONSTRAINT "report_text_versions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_text_versions" ADD CONSTRAINT "report_text_versions_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;