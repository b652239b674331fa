DROP INDEX "plan_number";--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "returned_by" integer;--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "rule_waivers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_number_signed" ON "plan" USING btree ("unit_id",(extract(year from "issued_on")),"number","symbol") WHERE "plan"."number" is not null;