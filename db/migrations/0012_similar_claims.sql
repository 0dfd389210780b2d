CREATE TYPE "public"."pair_proposal_kind" AS ENUM('duplicate', 'contradiction');--> statement-breakpoint
CREATE TABLE "claim_pair_dismissals" (
	"claim_id" integer NOT NULL,
	"other_claim_id" integer NOT NULL,
	"kind" "pair_proposal_kind" NOT NULL,
	"dismissed_by" uuid NOT NULL,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shown" text DEFAULT '' NOT NULL,
	CONSTRAINT "claim_pair_dismissals_claim_id_other_claim_id_kind_pk" PRIMARY KEY("claim_id","other_claim_id","kind"),
	CONSTRAINT "claim_pair_dismissals_order_check" CHECK ("claim_pair_dismissals"."claim_id" < "claim_pair_dismissals"."other_claim_id")
);
--> statement-breakpoint
CREATE TABLE "claim_resemblances" (
	"claim_id" integer NOT NULL,
	"other_claim_id" integer NOT NULL,
	"statement_similarity" real NOT NULL,
	"quote_similarity" real NOT NULL,
	CONSTRAINT "claim_resemblances_claim_id_other_claim_id_pk" PRIMARY KEY("claim_id","other_claim_id"),
	CONSTRAINT "claim_resemblances_order_check" CHECK ("claim_resemblances"."claim_id" < "claim_resemblances"."other_claim_id")
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "statement_folded" text GENERATED ALWAYS AS (desk_normalise("statement")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "quote_folded" text GENERATED ALWAYS AS (desk_normalise("quote")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "resemblances_pending" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "claim_pair_dismissals" ADD CONSTRAINT "claim_pair_dismissals_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_pair_dismissals" ADD CONSTRAINT "claim_pair_dismissals_other_claim_id_claims_id_fk" FOREIGN KEY ("other_claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_pair_dismissals" ADD CONSTRAINT "claim_pair_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_resemblances" ADD CONSTRAINT "claim_resemblances_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_resemblances" ADD CONSTRAINT "claim_resemblances_other_claim_id_claims_id_fk" FOREIGN KEY ("other_claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_pair_dismissals_other_idx" ON "claim_pair_dismissals" USING btree ("other_claim_id");--> statement-breakpoint
CREATE INDEX "claim_resemblances_other_idx" ON "claim_resemblances" USING btree ("other_claim_id");--> statement-breakpoint
CREATE INDEX "claims_resemblances_pending_idx" ON "claims" USING btree ("id") WHERE "claims"."resemblances_pending";