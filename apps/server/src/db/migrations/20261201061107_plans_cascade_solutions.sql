CREATE TABLE "plan_obligation" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_plan_id" integer NOT NULL,
	"obligation_id" text NOT NULL,
	"unit_id" integer NOT NULL,
	"due" date,
	"child_plan_id" integer,
	"last_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_solution" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_code" text NOT NULL,
	"dimension_code" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"expected_result" text,
	"suggested_lead" text,
	"source" text,
	"seed_key" text,
	"unit_id" integer,
	"created_by" integer,
	"search" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_task" ADD COLUMN "solution_id" integer;--> statement-breakpoint
ALTER TABLE "plan_obligation" ADD CONSTRAINT "plan_obligation_parent_plan_id_plan_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_obligation" ADD CONSTRAINT "plan_obligation_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_obligation" ADD CONSTRAINT "plan_obligation_child_plan_id_plan_id_fk" FOREIGN KEY ("child_plan_id") REFERENCES "public"."plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_solution" ADD CONSTRAINT "plan_solution_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_obligation_unit" ON "plan_obligation" USING btree ("parent_plan_id","obligation_id","unit_id");--> statement-breakpoint
CREATE INDEX "plan_obligation_unit_id" ON "plan_obligation" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plan_obligation_child" ON "plan_obligation" USING btree ("child_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_solution_seed" ON "plan_solution" USING btree ("seed_key");--> statement-breakpoint
CREATE INDEX "plan_solution_dimension" ON "plan_solution" USING btree ("framework_code","dimension_code");--> statement-breakpoint
CREATE INDEX "plan_solution_unit" ON "plan_solution" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plan_task_parent" ON "plan_task" USING btree ("parent_task_id");--> statement-breakpoint
CREATE INDEX "plan_task_solution" ON "plan_task" USING btree ("solution_id");