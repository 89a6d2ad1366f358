CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"username" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"unit_id" integer,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "role_assignments_role_ck" CHECK ("role_assignments"."role" in ('system_admin','province_officer','commune_officer','institution_staff','agency_officer','viewer'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"agency_type" text NOT NULL,
	"sector" text,
	CONSTRAINT "agencies_type_ck" CHECK ("agencies"."agency_type" in ('ministry','people_committee','department','mass_organisation','press','armed_forces','other'))
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"managing_agency_id" integer,
	"province_id" integer,
	"address" text,
	"phone" text,
	"email" text,
	"website" text,
	"opening_hours" text,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"name_sort_key" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_quality_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"row" jsonb NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_quality_issues_status_ck" CHECK ("data_quality_issues"."status" in ('open','resolved','ignored'))
);
--> statement-breakpoint
CREATE TABLE "restructuring_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"legal_ref" text,
	"note" text,
	"approximate" boolean DEFAULT false NOT NULL,
	"unit_id" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "restructuring_events_kind_ck" CHECK ("restructuring_events"."kind" in ('merge','split','rename','move','dissolve'))
);
--> statement-breakpoint
CREATE TABLE "unit_lineage" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"from_unit_id" integer NOT NULL,
	"to_unit_id" integer NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	CONSTRAINT "unit_lineage_weight_ck" CHECK ("unit_lineage"."weight" > 0 and "unit_lineage"."weight" <= 1)
);
--> statement-breakpoint
CREATE TABLE "unit_names" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"type_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "unit_parents" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"parent_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "unit_parents_validity_ck" CHECK ("unit_parents"."valid_to" is null or "unit_parents"."valid_to" > "unit_parents"."valid_from"),
	CONSTRAINT "unit_parents_not_self_ck" CHECK ("unit_parents"."unit_id" <> "unit_parents"."parent_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"type_name" text,
	"search_name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_kind_ck" CHECK ("units"."kind" in ('country','province','district','commune','agency','institution')),
	CONSTRAINT "units_validity_ck" CHECK ("units"."valid_to" is null or "units"."valid_to" > "units"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_managing_agency_id_units_id_fk" FOREIGN KEY ("managing_agency_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_quality_issues" ADD CONSTRAINT "data_quality_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restructuring_events" ADD CONSTRAINT "restructuring_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_event_id_restructuring_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."restructuring_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_names" ADD CONSTRAINT "unit_names_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_parents" ADD CONSTRAINT "unit_parents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_parents" ADD CONSTRAINT "unit_parents_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entries_unit_idx" ON "audit_entries" USING btree ("unit_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_user_idx" ON "audit_entries" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "role_assignments_user_idx" ON "role_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "institutions_category_idx" ON "institutions" USING btree ("category");--> statement-breakpoint
CREATE INDEX "institutions_province_idx" ON "institutions" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "institutions_name_sort_idx" ON "institutions" USING btree ("name_sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "data_quality_issues_status_idx" ON "data_quality_issues" USING btree ("status","reason");--> statement-breakpoint
CREATE INDEX "restructuring_events_date_idx" ON "restructuring_events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "restructuring_events_unit_idx" ON "restructuring_events" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_lineage_from_idx" ON "unit_lineage" USING btree ("from_unit_id","date");--> statement-breakpoint
CREATE INDEX "unit_lineage_to_idx" ON "unit_lineage" USING btree ("to_unit_id","date");--> statement-breakpoint
CREATE INDEX "unit_lineage_event_idx" ON "unit_lineage" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "unit_names_unit_idx" ON "unit_names" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_parents_unit_idx" ON "unit_parents" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "unit_parents_parent_idx" ON "unit_parents" USING btree ("parent_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "units_kind_code_from_uq" ON "units" USING btree ("kind","code","valid_from");--> statement-breakpoint
CREATE INDEX "units_kind_validity_idx" ON "units" USING btree ("kind","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "units_search_idx" ON "units" USING btree ("search_name");