CREATE TABLE "index_target" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"element_code" text,
	"value" double precision,
	"group_code" text,
	"note" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "index_target_item" UNIQUE NULLS NOT DISTINCT("framework_code","unit_id","year","kind","element_code"),
	CONSTRAINT "index_target_kind" CHECK ("index_target"."kind" in ('total_rank', 'group', 'total_score', 'dimension_score', 'rank_improvement')),
	CONSTRAINT "index_target_shape" CHECK (("index_target"."kind" = 'group') = ("index_target"."group_code" is not null and "index_target"."value" is null)
          and ("index_target"."kind" = 'dimension_score') = ("index_target"."element_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "index_target" ADD CONSTRAINT "index_target_framework_code_index_framework_code_fk" FOREIGN KEY ("framework_code") REFERENCES "public"."index_framework"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_target" ADD CONSTRAINT "index_target_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "index_target_unit_year" ON "index_target" USING btree ("unit_id","year");