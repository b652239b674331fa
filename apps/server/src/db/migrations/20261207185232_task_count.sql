CREATE TABLE "task_count" (
	"unit_path" text NOT NULL,
	"plan_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"dimension" text NOT NULL,
	"bucket" text NOT NULL,
	"due_on" date,
	"n" integer NOT NULL,
	CONSTRAINT "task_count_key" UNIQUE NULLS NOT DISTINCT("unit_path","plan_id","agency_id","dimension","bucket","due_on")
);
--> statement-breakpoint
ALTER TABLE "task_state" ADD COLUMN "dimensions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "task_count_path" ON "task_count" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "task_count_plan" ON "task_count" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "task_count_zero" ON "task_count" USING btree ("plan_id") WHERE "task_count"."n" = 0;