CREATE TABLE "checkins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"role" text NOT NULL,
	"happened" boolean NOT NULL,
	"rating" integer,
	"learned" text DEFAULT '' NOT NULL,
	"confidence" integer,
	"feedback" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_rating_ck" CHECK ("checkins"."rating" is null or "checkins"."rating" between 1 and 5),
	CONSTRAINT "checkins_confidence_ck" CHECK ("checkins"."confidence" is null or "checkins"."confidence" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"pairing_id" bigint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"agenda_topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"agenda_hands_on" text DEFAULT '' NOT NULL,
	"agenda_saved_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "reminder_offsets" integer[] DEFAULT '{1440,60}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "quiet_start" text DEFAULT '20:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "quiet_end" text DEFAULT '08:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "quiet_weekends" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "pairings" ADD COLUMN "at_risk" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pairings" ADD COLUMN "ignored_prompts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pairings" ADD COLUMN "last_nudge_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_session_member_uq" ON "checkins" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_open_uq" ON "sessions" USING btree ("pairing_id") WHERE status in ('proposed', 'confirmed');--> statement-breakpoint
CREATE INDEX "sessions_pairing_idx" ON "sessions" USING btree ("pairing_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_team_status_idx" ON "sessions" USING btree ("team_id","status","starts_at");