DROP INDEX "plan_obligation_unit";--> statement-breakpoint
ALTER TABLE "plan" ADD COLUMN "agency_id" integer;--> statement-breakpoint
ALTER TABLE "plan_obligation" ADD COLUMN "agency_id" integer;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_obligation" ADD CONSTRAINT "plan_obligation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_obligation_unit" ON "plan_obligation" USING btree ("parent_plan_id","obligation_id","unit_id",coalesce("agency_id", 0));