CREATE TYPE "public"."digit_style" AS ENUM('western', 'arabic_indic');--> statement-breakpoint
CREATE TYPE "public"."interface_language" AS ENUM('en', 'ar');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "interface_language" "interface_language";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "digit_style" "digit_style" DEFAULT 'western' NOT NULL;