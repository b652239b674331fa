CREATE TABLE "survey_retention" (
	"run_id" integer PRIMARY KEY NOT NULL,
	"keep_until" date,
	"deleted_at" timestamp with time zone,
	"deleted_by" integer,
	"scores" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_retention" ADD CONSTRAINT "survey_retention_run_id_survey_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."survey_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_retention" ADD CONSTRAINT "survey_retention_deleted_by_app_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;