CREATE TABLE "installations" (
	"team_id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text,
	"app_id" text,
	"bot_id" text,
	"bot_user_id" text NOT NULL,
	"bot_token_enc" text NOT NULL,
	"bot_refresh_token_enc" text,
	"bot_token_expires_at" timestamp with time zone,
	"bot_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"installer_user_id" text,
	"installed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "installations" ADD CONSTRAINT "installations_team_id_workspaces_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."workspaces"("team_id") ON DELETE cascade ON UPDATE no action;