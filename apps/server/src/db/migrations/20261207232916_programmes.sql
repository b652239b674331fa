CREATE TABLE "programme" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"framework_code" text DEFAULT 'PAPI' NOT NULL,
	"title" text NOT NULL,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"decision_number" text DEFAULT '' NOT NULL,
	"decision_date" date,
	"plan_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"search" text NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_assignment" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"element_code" text NOT NULL,
	"lead_agency_id" integer NOT NULL,
	"cooperating_agency_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_review" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"opened_by" integer,
	"compiled" jsonb,
	"next_plan_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_review_programme_id_unique" UNIQUE("programme_id")
);
--> statement-breakpoint
CREATE TABLE "programme_review_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"agency_id" integer,
	"element_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version_no" integer DEFAULT 1 NOT NULL,
	"sections" jsonb NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_review_report_reporter" UNIQUE NULLS NOT DISTINCT("review_id","unit_id","agency_id")
);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_lead_agency_id_agency_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review" ADD CONSTRAINT "programme_review_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review_report" ADD CONSTRAINT "programme_review_report_review_id_programme_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."programme_review"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review_report" ADD CONSTRAINT "programme_review_report_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review_report" ADD CONSTRAINT "programme_review_report_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_unit_years" ON "programme" USING btree ("unit_id","year_from","year_to");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_assignment_element" ON "programme_assignment" USING btree ("programme_id","element_code");--> statement-breakpoint
CREATE INDEX "programme_assignment_lead" ON "programme_assignment" USING btree ("lead_agency_id");--> statement-breakpoint
CREATE INDEX "programme_review_report_unit" ON "programme_review_report" USING btree ("unit_id");