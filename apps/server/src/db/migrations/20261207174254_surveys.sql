CREATE TABLE "survey_answer" (
	"response_id" integer NOT NULL,
	"question" text NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "survey_answer_response_id_question_pk" PRIMARY KEY("response_id","question")
);
--> statement-breakpoint
CREATE TABLE "survey_instrument" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_vi" text NOT NULL,
	"draft" jsonb NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "survey_instrument_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "survey_instrument_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"instrument_id" integer NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_response" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"stratum_id" integer NOT NULL,
	"client_id" text NOT NULL,
	"channel" text NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_response_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "survey_run" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"instrument_version_id" integer NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_stratum" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer,
	"target" integer NOT NULL,
	"population" integer
);
--> statement-breakpoint
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_response_id_survey_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_response"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_instrument" ADD CONSTRAINT "survey_instrument_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_instrument_version" ADD CONSTRAINT "survey_instrument_version_instrument_id_survey_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."survey_instrument"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_instrument_version" ADD CONSTRAINT "survey_instrument_version_published_by_app_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_run_id_survey_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."survey_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_stratum_id_survey_stratum_id_fk" FOREIGN KEY ("stratum_id") REFERENCES "public"."survey_stratum"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_run" ADD CONSTRAINT "survey_run_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_run" ADD CONSTRAINT "survey_run_instrument_version_id_survey_instrument_version_id_fk" FOREIGN KEY ("instrument_version_id") REFERENCES "public"."survey_instrument_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_run" ADD CONSTRAINT "survey_run_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_stratum" ADD CONSTRAINT "survey_stratum_run_id_survey_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."survey_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_stratum" ADD CONSTRAINT "survey_stratum_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_instrument_version_number" ON "survey_instrument_version" USING btree ("instrument_id","version");--> statement-breakpoint
CREATE INDEX "survey_response_run" ON "survey_response" USING btree ("run_id","stratum_id");--> statement-breakpoint
CREATE INDEX "survey_run_unit" ON "survey_run" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_stratum_code" ON "survey_stratum" USING btree ("run_id","code");