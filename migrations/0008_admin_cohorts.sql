CREATE TABLE "cohort_members" (
	"cohort_id" bigint NOT NULL,
	"team_id" text NOT NULL,
	"slack_user_id" text NOT NULL,
	"invited_by" text NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_members_cohort_id_slack_user_id_pk" PRIMARY KEY("cohort_id","slack_user_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_proposals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"cohort_id" bigint NOT NULL,
	"team_id" text NOT NULL,
	"revision" integer NOT NULL,
	"mentee_member_id" bigint NOT NULL,
	"mentor_member_id" bigint NOT NULL,
	"skill_id" bigint NOT NULL,
	"score" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"claimed_at" timestamp with time zone,
	"pairing_id" bigint,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_survey_responses" (
	"cohort_id" bigint NOT NULL,
	"team_id" text NOT NULL,
	"slack_user_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_survey_responses_cohort_id_slack_user_id_pk" PRIMARY KEY("cohort_id","slack_user_id")
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"match_revision" integer DEFAULT 0 NOT NULL,
	"match_requested_at" timestamp with time zone,
	"matched_at" timestamp with time zone,
	"match_total" integer,
	"match_exact" boolean,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"survey_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_mappings" (
	"team_id" text NOT NULL,
	"source" text NOT NULL,
	"member_slack_id" text NOT NULL,
	"lead_slack_id" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_mappings_team_id_source_member_slack_id_pk" PRIMARY KEY("team_id","source","member_slack_id"),
	CONSTRAINT "lead_mappings_source_ck" CHECK ("lead_mappings"."source" in ('csv', 'slack_field'))
);
--> statement-breakpoint
CREATE TABLE "program_admins" (
	"team_id" text NOT NULL,
	"slack_user_id" text NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_admins_team_id_slack_user_id_pk" PRIMARY KEY("team_id","slack_user_id")
);
--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_proposals" ADD CONSTRAINT "cohort_proposals_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_proposals" ADD CONSTRAINT "cohort_proposals_mentee_member_id_members_id_fk" FOREIGN KEY ("mentee_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_proposals" ADD CONSTRAINT "cohort_proposals_mentor_member_id_members_id_fk" FOREIGN KEY ("mentor_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_proposals" ADD CONSTRAINT "cohort_proposals_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_proposals" ADD CONSTRAINT "cohort_proposals_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_survey_responses" ADD CONSTRAINT "cohort_survey_responses_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_mappings" ADD CONSTRAINT "lead_mappings_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_admins" ADD CONSTRAINT "program_admins_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_members_team_user_idx" ON "cohort_members" USING btree ("team_id","slack_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_proposals_cohort_mentee_uq" ON "cohort_proposals" USING btree ("cohort_id","mentee_member_id");--> statement-breakpoint
CREATE INDEX "cohort_proposals_pairing_idx" ON "cohort_proposals" USING btree ("pairing_id");--> statement-breakpoint
CREATE INDEX "cohorts_team_idx" ON "cohorts" USING btree ("team_id","created_at");