CREATE TABLE "analytics_facts" (
	"report_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"country_id" integer,
	"province_id" integer,
	"commune_id" integer,
	"submitted" integer NOT NULL,
	"reported" integer NOT NULL,
	"met" integer NOT NULL,
	"value" double precision NOT NULL,
	"value2" double precision NOT NULL,
	CONSTRAINT "analytics_facts_report_id_indicator_code_pk" PRIMARY KEY("report_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "analytics_population" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"expected" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_population_unit_id_year_category_pk" PRIMARY KEY("unit_id","year","category")
);
--> statement-breakpoint
CREATE TABLE "analytics_rollups" (
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"category" text NOT NULL,
	"submitted" double precision NOT NULL,
	"reported" double precision NOT NULL,
	"met" double precision NOT NULL,
	"value" double precision NOT NULL,
	"value2" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_rollups_unit_id_year_indicator_code_category_pk" PRIMARY KEY("unit_id","year","indicator_code","category")
);
--> statement-breakpoint
CREATE TABLE "map_boundaries" (
	"level" text PRIMARY KEY NOT NULL,
	"geojson" jsonb NOT NULL,
	"features" integer NOT NULL,
	"matched" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "public_scorecards" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "public_scorecards" ADD CONSTRAINT "public_scorecards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_scorecards" ADD CONSTRAINT "public_scorecards_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_facts_commune_idx" ON "analytics_facts" USING btree ("commune_id","year");--> statement-breakpoint
CREATE INDEX "analytics_facts_province_idx" ON "analytics_facts" USING btree ("province_id","year");