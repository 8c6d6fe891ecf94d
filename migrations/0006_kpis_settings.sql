CREATE TABLE "kpi_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kpi_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"value" numeric NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"pairing_id" bigint NOT NULL,
	"description" text NOT NULL,
	"target" numeric DEFAULT 1 NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"due_date" date,
	"current" numeric DEFAULT 0 NOT NULL,
	"start_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "digest_weekday" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "digest_hour" integer DEFAULT 9 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "default_cadence" text DEFAULT 'biweekly' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "lead_source" text DEFAULT 'profile' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "lead_field_id" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "notes_retention_days" integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE "pairings" ADD COLUMN "baseline_confidence" integer;--> statement-breakpoint
ALTER TABLE "kpi_updates" ADD CONSTRAINT "kpi_updates_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_updates" ADD CONSTRAINT "kpi_updates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_updates_kpi_idx" ON "kpi_updates" USING btree ("kpi_id");--> statement-breakpoint
CREATE INDEX "kpis_pairing_idx" ON "kpis" USING btree ("pairing_id");--> statement-breakpoint
CREATE INDEX "kpis_team_idx" ON "kpis" USING btree ("team_id");