ALTER TABLE "survey_response" ADD COLUMN "device_id" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "source_hash" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "review" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "reviewed_by" integer;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_run" ADD COLUMN "public_token" text;--> statement-breakpoint
ALTER TABLE "survey_run" ADD COLUMN "public_open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_stratum" ADD COLUMN "public_token" text;--> statement-breakpoint
ALTER TABLE "survey_stratum" ADD COLUMN "public_open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_response_device" ON "survey_response" USING btree ("run_id","device_id") WHERE "survey_response"."device_id" is not null;--> statement-breakpoint
ALTER TABLE "survey_run" ADD CONSTRAINT "survey_run_public_token_unique" UNIQUE("public_token");--> statement-breakpoint
ALTER TABLE "survey_stratum" ADD CONSTRAINT "survey_stratum_public_token_unique" UNIQUE("public_token");