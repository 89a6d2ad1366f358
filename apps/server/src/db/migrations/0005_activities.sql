CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"institution_id" integer NOT NULL,
	"province_id" integer,
	"commune_id" integer,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"audiences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"observance_code" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"recurrence" jsonb,
	"place" text,
	"online_url" text,
	"capacity" integer,
	"requires_registration" boolean DEFAULT true NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"cancel_reason" text,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_status_ck" CHECK ("activities"."status" in ('draft','published','cancelled','completed')),
	CONSTRAINT "activities_time_ck" CHECK ("activities"."ends_at" > "activities"."starts_at"),
	CONSTRAINT "activities_capacity_ck" CHECK ("activities"."capacity" is null or "activities"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "activity_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"session_id" integer,
	"registration_id" integer,
	"source" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_source_ck" CHECK ("attendance"."source" in ('check_in','headcount','registration')),
	CONSTRAINT "attendance_count_ck" CHECK ("attendance"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "digital_resources" (
	"id" serial PRIMARY KEY NOT NULL,
	"institution_id" integer NOT NULL,
	"province_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"audiences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digital_resources_kind_ck" CHECK ("digital_resources"."kind" in ('virtual_exhibition','ebook','video','courseware','other'))
);
--> statement-breakpoint
CREATE TABLE "learners" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"contact_hash" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learners_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "learners_contact_hash_unique" UNIQUE("contact_hash")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"code" text NOT NULL,
	"token_hash" text NOT NULL,
	"name" text,
	"contact" text,
	"status" text NOT NULL,
	"seq" serial NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_version" text NOT NULL,
	"learner_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	CONSTRAINT "registrations_code_unique" UNIQUE("code"),
	CONSTRAINT "registrations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "registrations_status_ck" CHECK ("registrations"."status" in ('confirmed','waitlisted','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "auto_value" double precision;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_institution_id_units_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_resources" ADD CONSTRAINT "digital_resources_institution_id_units_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_resources" ADD CONSTRAINT "digital_resources_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."learners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_institution_idx" ON "activities" USING btree ("institution_id","starts_at");--> statement-breakpoint
CREATE INDEX "activities_public_idx" ON "activities" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "activities_province_idx" ON "activities" USING btree ("province_id","ends_at");--> statement-breakpoint
CREATE INDEX "activity_sessions_activity_idx" ON "activity_sessions" USING btree ("activity_id","starts_at");--> statement-breakpoint
CREATE INDEX "attendance_activity_idx" ON "attendance" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_check_in_uq" ON "attendance" USING btree ("registration_id","session_id") WHERE "attendance"."source" = 'check_in';--> statement-breakpoint
CREATE INDEX "digital_resources_institution_idx" ON "digital_resources" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "registrations_activity_idx" ON "registrations" USING btree ("activity_id","status","seq");