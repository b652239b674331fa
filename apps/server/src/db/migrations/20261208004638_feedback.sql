CREATE TABLE "feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_path" text NOT NULL,
	"handler_path" text NOT NULL,
	"topic" text NOT NULL,
	"place_unit_id" integer,
	"place_agency_id" integer,
	"body" text NOT NULL,
	"contact" text,
	"public_allowed" boolean NOT NULL,
	"status" text NOT NULL,
	"last_action" text NOT NULL,
	"assignee_agency_id" integer,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"answer" text,
	"answered_by" integer,
	"answered_on" date,
	"answer_days" integer,
	"published" boolean DEFAULT false NOT NULL,
	"rating" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"source_hash" text NOT NULL,
	"text_hash" text NOT NULL,
	"search" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feedback_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "feedback_file" (
	"id" serial PRIMARY KEY NOT NULL,
	"feedback_id" integer NOT NULL,
	"original_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_file_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "feedback_setting" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"answer_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_step" (
	"id" serial PRIMARY KEY NOT NULL,
	"feedback_id" integer NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"agency_id" integer,
	"note" text,
	"user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_place_unit_id_admin_unit_id_fk" FOREIGN KEY ("place_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_place_agency_id_agency_id_fk" FOREIGN KEY ("place_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assignee_agency_id_agency_id_fk" FOREIGN KEY ("assignee_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_file" ADD CONSTRAINT "feedback_file_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_setting" ADD CONSTRAINT "feedback_setting_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_step" ADD CONSTRAINT "feedback_step_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_step" ADD CONSTRAINT "feedback_step_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_step" ADD CONSTRAINT "feedback_step_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_unit" ON "feedback" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "feedback_handler" ON "feedback" USING btree ("handler_path");--> statement-breakpoint
CREATE INDEX "feedback_assignee" ON "feedback" USING btree ("assignee_agency_id");--> statement-breakpoint
CREATE INDEX "feedback_source" ON "feedback" USING btree ("source_hash","received_at");--> statement-breakpoint
CREATE INDEX "feedback_file_feedback" ON "feedback_file" USING btree ("feedback_id");--> statement-breakpoint
CREATE INDEX "feedback_step_feedback" ON "feedback_step" USING btree ("feedback_id");