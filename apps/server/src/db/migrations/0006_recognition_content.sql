CREATE TABLE "articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"province_id" integer,
	"title" text NOT NULL,
	"summary" text,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"cover_image_id" uuid,
	"topic" text,
	"observance_code" text,
	"featured" boolean DEFAULT false NOT NULL,
	"publish_from" timestamp with time zone,
	"publish_until" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"review_note" text,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_status_ck" CHECK ("articles"."status" in ('draft','in_review','published')),
	CONSTRAINT "articles_window_ck" CHECK ("articles"."publish_until" is null or "articles"."publish_from" is null or "articles"."publish_until" > "articles"."publish_from")
);
--> statement-breakpoint
CREATE TABLE "good_model_adoptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_models" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"province_id" integer,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"photo_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_models_status_ck" CHECK ("good_models"."status" in ('draft','published'))
);
--> statement-breakpoint
CREATE TABLE "images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"nominee_kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"province_id" integer,
	"person_name" text,
	"person_position" text,
	"form" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"nominated_on" date NOT NULL,
	"nominated_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text,
	"decision_number" text,
	"decision_date" date,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decline_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recognitions_status_ck" CHECK ("recognitions"."status" in ('nominated','reviewed','granted','declined')),
	CONSTRAINT "recognitions_kind_ck" CHECK ("recognitions"."nominee_kind" in ('collective','individual')),
	CONSTRAINT "recognitions_individual_ck" CHECK ("recognitions"."nominee_kind" = 'collective' or "recognitions"."person_name" is not null),
	CONSTRAINT "recognitions_decision_ck" CHECK ("recognitions"."decision_date" is null or "recognitions"."decision_date" >= "recognitions"."nominated_on"),
	CONSTRAINT "recognitions_granted_ck" CHECK ("recognitions"."status" <> 'granted' or ("recognitions"."decision_number" is not null and "recognitions"."decision_date" is not null))
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_images_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_model_adoptions" ADD CONSTRAINT "good_model_adoptions_model_id_good_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."good_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_model_adoptions" ADD CONSTRAINT "good_model_adoptions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_model_adoptions" ADD CONSTRAINT "good_model_adoptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_models" ADD CONSTRAINT "good_models_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_models" ADD CONSTRAINT "good_models_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_models" ADD CONSTRAINT "good_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "articles_public_idx" ON "articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "articles_observance_idx" ON "articles" USING btree ("observance_code","province_id");--> statement-breakpoint
CREATE UNIQUE INDEX "good_model_adoptions_unit_uq" ON "good_model_adoptions" USING btree ("model_id","unit_id");--> statement-breakpoint
CREATE INDEX "good_models_unit_idx" ON "good_models" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "good_models_status_idx" ON "good_models" USING btree ("status","topic");--> statement-breakpoint
CREATE INDEX "images_unit_idx" ON "images" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "recognitions_unit_idx" ON "recognitions" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "recognitions_province_idx" ON "recognitions" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "recognitions_decision_idx" ON "recognitions" USING btree ("status","decision_date");