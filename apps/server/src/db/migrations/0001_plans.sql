CREATE TABLE "data_elements" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"value_type" text NOT NULL,
	"aggregation" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"observance" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_update_id" integer,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_elements" (
	"indicator_code" text NOT NULL,
	"element_code" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_elements_indicator_code_element_code_pk" PRIMARY KEY("indicator_code","element_code")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"threshold" double precision,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"description" text,
	CONSTRAINT "indicators_kind_ck" CHECK ("indicators"."kind" in ('coverage','growth','threshold','sum','ratio'))
);
--> statement-breakpoint
CREATE TABLE "observances" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"recurrence" jsonb NOT NULL,
	"legal_ref" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "plan_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"implements_key" text,
	"implements_plan_id" integer,
	"symbol" text,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "plan_observances" (
	"plan_id" integer NOT NULL,
	"observance_code" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_observances_plan_id_observance_code_pk" PRIMARY KEY("plan_id","observance_code")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"symbol" text,
	"title" text NOT NULL,
	"issuer_unit_id" integer,
	"issuer_ref" jsonb,
	"issuer_name" text NOT NULL,
	"date" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"scope_unit_id" integer,
	"scope_ref" jsonb,
	"status" text DEFAULT 'active' NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" jsonb,
	"origin" text DEFAULT 'user' NOT NULL,
	"content_hash" text,
	"edited_at" timestamp with time zone,
	"province_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_key_unique" UNIQUE("key"),
	CONSTRAINT "plans_kind_ck" CHECK ("plans"."kind" in ('program','plan','decision','external')),
	CONSTRAINT "plans_status_ck" CHECK ("plans"."status" in ('draft','active','completed','superseded'))
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"indicator_code" text NOT NULL,
	"category" text,
	"categories" jsonb,
	"from_year" integer,
	"year" integer NOT NULL,
	"value" double precision,
	"min" double precision,
	"max" double precision,
	"baseline_year" integer,
	"baseline_value" double precision,
	"note" text,
	"source_file" text,
	"source_quote" text,
	"province_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_range_ck" CHECK ("targets"."min" is null or "targets"."max" is null or "targets"."min" <= "targets"."max")
);
--> statement-breakpoint
CREATE TABLE "task_parties" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" text NOT NULL,
	"unit_id" integer,
	"unit_ref" jsonb,
	CONSTRAINT "task_parties_role_ck" CHECK ("task_parties"."role" in ('lead','coordinating'))
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"timeliness" text,
	"narrative" text DEFAULT '' NOT NULL,
	"province_id" integer,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"code" text,
	"area" text NOT NULL,
	"content" text NOT NULL,
	"product" text,
	"from_text" text NOT NULL,
	"to_text" text,
	"from_year" integer NOT NULL,
	"to_year" integer,
	"recurrence" text DEFAULT 'once' NOT NULL,
	"dates" jsonb,
	"observance_codes" jsonb,
	"note" text,
	"status" text DEFAULT 'not_started' NOT NULL,
	"timeliness" text,
	"source_file" text,
	"source_quote" text,
	"province_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_status_ck" CHECK ("tasks"."status" in ('not_started','in_progress','done','continuous')),
	CONSTRAINT "tasks_timeliness_ck" CHECK ("tasks"."timeliness" is null or "tasks"."timeliness" in ('on_time','late'))
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_task_update_id_task_updates_id_fk" FOREIGN KEY ("task_update_id") REFERENCES "public"."task_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_elements" ADD CONSTRAINT "indicator_elements_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_elements" ADD CONSTRAINT "indicator_elements_element_code_data_elements_code_fk" FOREIGN KEY ("element_code") REFERENCES "public"."data_elements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_implements_plan_id_plans_id_fk" FOREIGN KEY ("implements_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_observances" ADD CONSTRAINT "plan_observances_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_observances" ADD CONSTRAINT "plan_observances_observance_code_observances_code_fk" FOREIGN KEY ("observance_code") REFERENCES "public"."observances"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_parties" ADD CONSTRAINT "task_parties_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_parties" ADD CONSTRAINT "task_parties_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_task_update_idx" ON "files" USING btree ("task_update_id");--> statement-breakpoint
CREATE INDEX "plan_links_plan_idx" ON "plan_links" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_links_implements_idx" ON "plan_links" USING btree ("implements_plan_id");--> statement-breakpoint
CREATE INDEX "plans_province_idx" ON "plans" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "targets_plan_idx" ON "targets" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "targets_indicator_idx" ON "targets" USING btree ("indicator_code","year");--> statement-breakpoint
CREATE INDEX "task_parties_task_idx" ON "task_parties" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_parties_unit_idx" ON "task_parties" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "task_updates_task_idx" ON "task_updates" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "tasks_plan_idx" ON "tasks" USING btree ("plan_id","position");