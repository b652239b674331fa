CREATE TABLE "index_framework" (
	"code" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_release" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_code" text NOT NULL,
	"year" integer NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"published_on" date,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" integer,
	CONSTRAINT "index_release_year" UNIQUE("framework_code","year")
);
--> statement-breakpoint
CREATE TABLE "index_result" (
	"release_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"assessed" boolean NOT NULL,
	"scores" jsonb NOT NULL,
	"total" double precision,
	CONSTRAINT "index_result_release_id_unit_id_pk" PRIMARY KEY("release_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "index_release" ADD CONSTRAINT "index_release_framework_code_index_framework_code_fk" FOREIGN KEY ("framework_code") REFERENCES "public"."index_framework"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_result" ADD CONSTRAINT "index_result_release_id_index_release_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."index_release"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_result" ADD CONSTRAINT "index_result_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "index_result_unit" ON "index_result" USING btree ("unit_id");