CREATE TABLE "evidence_file" (
	"id" serial PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"original_name" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" integer NOT NULL,
	"unit_path" text NOT NULL,
	"task_id" integer,
	"progress_id" integer,
	"report_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday" (
	"date" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_progress" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"kind" text NOT NULL,
	"agency_id" integer,
	"user_id" integer NOT NULL,
	"reported_on" date NOT NULL,
	"status" text NOT NULL,
	"percent" integer,
	"note" text NOT NULL,
	"completed_on" date,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_state" (
	"task_id" integer PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"plan_unit_path" text NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text NOT NULL,
	"lead_agency_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"coop_agency_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"search" text DEFAULT '' NOT NULL,
	"due_on" date,
	"pending_event" text,
	"open" boolean DEFAULT true NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"cancelled_on" date,
	"cancel_reason" text,
	"history_task_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"last_progress_id" integer,
	"last_update_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicator" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"regime_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text NOT NULL,
	"agency_id" integer,
	"level" text NOT NULL,
	"receiver_unit_id" integer NOT NULL,
	"receiver_path" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version_no" integer DEFAULT 1 NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_period" (
	"id" serial PRIMARY KEY NOT NULL,
	"regime_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"year" integer NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"due" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"snapshot" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_regime" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_progress" ADD CONSTRAINT "task_progress_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_state" ADD CONSTRAINT "task_state_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_state" ADD CONSTRAINT "task_state_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator" ADD CONSTRAINT "plan_indicator_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_regime_id_reporting_regime_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."reporting_regime"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_period" ADD CONSTRAINT "report_period_regime_id_reporting_regime_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."reporting_regime"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_regime" ADD CONSTRAINT "reporting_regime_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_storage_key" ON "evidence_file" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "evidence_task" ON "evidence_file" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "evidence_progress" ON "evidence_file" USING btree ("progress_id");--> statement-breakpoint
CREATE INDEX "evidence_report" ON "evidence_file" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "task_progress_task" ON "task_progress" USING btree ("task_id","reported_on");--> statement-breakpoint
CREATE INDEX "task_state_open_path_due" ON "task_state" USING btree ("unit_path" text_pattern_ops,"due_on") WHERE "task_state"."open";--> statement-breakpoint
CREATE INDEX "task_state_path" ON "task_state" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "task_state_plan" ON "task_state" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "task_state_lead" ON "task_state" USING gin ("lead_agency_ids");--> statement-breakpoint
CREATE INDEX "task_state_coop" ON "task_state" USING gin ("coop_agency_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicator_code" ON "plan_indicator" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "report_reporter" ON "report" USING btree ("period_id","unit_id",coalesce("agency_id", 0));--> statement-breakpoint
CREATE INDEX "report_path" ON "report" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "report_receiver" ON "report" USING btree ("receiver_unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "report_period_key" ON "report_period" USING btree ("regime_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "report_version_no" ON "report_version" USING btree ("report_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_regime_code" ON "reporting_regime" USING btree ("unit_id","code");