CREATE TABLE "emulation_criteria_set" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"document" jsonb NOT NULL,
	"council_user_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_manual_entry" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" integer NOT NULL,
	"code" text NOT NULL,
	"points" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"entered_by" integer NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_run" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"as_of" date NOT NULL,
	"inputs_hash" text NOT NULL,
	"results" jsonb NOT NULL,
	"lists" jsonb NOT NULL,
	"lists_edited_by" integer,
	"computed_by" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "emulation_criteria_set" ADD CONSTRAINT "emulation_criteria_set_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_criteria_set" ADD CONSTRAINT "emulation_criteria_set_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_manual_entry" ADD CONSTRAINT "emulation_manual_entry_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_manual_entry" ADD CONSTRAINT "emulation_manual_entry_entered_by_app_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_run" ADD CONSTRAINT "emulation_run_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_run" ADD CONSTRAINT "emulation_run_lists_edited_by_app_user_id_fk" FOREIGN KEY ("lists_edited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_run" ADD CONSTRAINT "emulation_run_computed_by_app_user_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_run" ADD CONSTRAINT "emulation_run_approved_by_app_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_criteria_set_year" ON "emulation_criteria_set" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_manual_entry_key" ON "emulation_manual_entry" USING btree ("unit_id","year","subject_kind","subject_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_run_version" ON "emulation_run" USING btree ("unit_id","year","version_no");