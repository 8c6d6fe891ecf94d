CREATE TABLE "skills" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" text,
	"slug" text NOT NULL,
	"group_slug" text DEFAULT 'other' NOT NULL,
	"names" jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_goals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"member_id" bigint NOT NULL,
	"skill_id" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"level" integer NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_goals_level_ck" CHECK ("learning_goals"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "mentee_profiles" (
	"member_id" bigint PRIMARY KEY NOT NULL,
	"offers" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_note" text DEFAULT '' NOT NULL,
	"format" text DEFAULT 'online' NOT NULL,
	"session_minutes" integer DEFAULT 30 NOT NULL,
	"lead_slack_user_id" text,
	"share_with_lead" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"member_id" bigint PRIMARY KEY NOT NULL,
	"styles" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"primer_sent_at" timestamp with time zone,
	"primer_ack_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_profiles_capacity_ck" CHECK ("mentor_profiles"."capacity" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "teaching_skills" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"member_id" bigint NOT NULL,
	"skill_id" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"level" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teaching_skills_level_ck" CHECK ("teaching_skills"."level" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "paused_until" date;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_goals" ADD CONSTRAINT "learning_goals_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD CONSTRAINT "mentee_profiles_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_skills" ADD CONSTRAINT "teaching_skills_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_skills" ADD CONSTRAINT "teaching_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skills_team_slug_uq" ON "skills" USING btree (coalesce("team_id", ''),"slug");--> statement-breakpoint
CREATE INDEX "skills_team_idx" ON "skills" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_goals_member_skill_uq" ON "learning_goals" USING btree ("member_id","skill_id");--> statement-breakpoint
CREATE INDEX "learning_goals_skill_idx" ON "learning_goals" USING btree ("skill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teaching_skills_member_skill_uq" ON "teaching_skills" USING btree ("member_id","skill_id");--> statement-breakpoint
CREATE INDEX "teaching_skills_skill_idx" ON "teaching_skills" USING btree ("skill_id");