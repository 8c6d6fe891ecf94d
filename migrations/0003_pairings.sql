CREATE TABLE "deliveries" (
	"key" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"recipient" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text,
	"ts" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pairings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"mentee_member_id" bigint NOT NULL,
	"mentor_member_id" bigint NOT NULL,
	"skill_id" bigint NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"mentee_verdict" text,
	"mentor_verdict" text,
	"plan_submitted" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"ended_by" text,
	"end_reason" text,
	"goals" text DEFAULT '' NOT NULL,
	"kpi_drafts" text[] DEFAULT '{}'::text[] NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_note" text DEFAULT '' NOT NULL,
	"format" text DEFAULT 'online' NOT NULL,
	"session_minutes" integer DEFAULT 30 NOT NULL,
	"proposal_channel" text,
	"proposal_ts" text,
	"remind_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"coffee_at" timestamp with time zone,
	"coffee_minutes" integer,
	"verdict_prompted_at" timestamp with time zone,
	"cadence" text,
	"plan_format" text,
	"plan_minutes" integer,
	"plan_start" date,
	"success_criteria" text,
	"plan_kpis" text[],
	"active_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waitlist" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"member_id" bigint NOT NULL,
	"skill_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD COLUMN "avoid_slack_user_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_mentee_member_id_members_id_fk" FOREIGN KEY ("mentee_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_mentor_member_id_members_id_fk" FOREIGN KEY ("mentor_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_team_idx" ON "deliveries" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "deliveries_recipient_idx" ON "deliveries" USING btree ("recipient");--> statement-breakpoint
CREATE UNIQUE INDEX "pairings_open_uq" ON "pairings" USING btree ("mentee_member_id","mentor_member_id","skill_id") WHERE state in ('proposed', 'accepted', 'coffee', 'active');--> statement-breakpoint
CREATE INDEX "pairings_mentor_state_idx" ON "pairings" USING btree ("mentor_member_id","state");--> statement-breakpoint
CREATE INDEX "pairings_mentee_state_idx" ON "pairings" USING btree ("mentee_member_id","state");--> statement-breakpoint
CREATE INDEX "pairings_team_state_idx" ON "pairings" USING btree ("team_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_member_skill_uq" ON "waitlist" USING btree ("member_id","skill_id");--> statement-breakpoint
CREATE INDEX "waitlist_skill_idx" ON "waitlist" USING btree ("skill_id");