CREATE TABLE "plan" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"plan_type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version_no" integer DEFAULT 1 NOT NULL,
	"amends_plan_id" integer,
	"parent_plan_id" integer,
	"number" integer,
	"symbol" text DEFAULT 'KH-UBND' NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"issued_on" date,
	"body" jsonb NOT NULL,
	"search" text NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"task_key" text NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"title" text,
	"content" text NOT NULL,
	"dimension_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead" jsonb,
	"cooperating" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deadline" jsonb,
	"expected_result" text,
	"budget" numeric,
	"budget_source" text,
	"parent_task_id" integer
);
--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_number" ON "plan" USING btree ("unit_id","year","number","symbol") WHERE "plan"."number" is not null;--> statement-breakpoint
CREATE INDEX "plan_unit_year" ON "plan" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plan_amends" ON "plan" USING btree ("amends_plan_id");--> statement-breakpoint
CREATE INDEX "plan_task_plan" ON "plan_task" USING btree ("plan_id","position");