-- Holidays gain a unit: null = the installation's calendar, a province = its own days.
-- The date alone was the primary key (PostgreSQL's default name holiday_pkey).
ALTER TABLE "holiday" DROP CONSTRAINT "holiday_pkey";--> statement-breakpoint
ALTER TABLE "holiday" ADD COLUMN "id" serial PRIMARY KEY NOT NULL;--> statement-breakpoint
ALTER TABLE "holiday" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "holiday" ADD CONSTRAINT "holiday_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holiday" ADD CONSTRAINT "holiday_date_unit" UNIQUE NULLS NOT DISTINCT("date","unit_id");