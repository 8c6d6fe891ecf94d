import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, bigserial, jsonb, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces';

export type LocalisedText = { en: string; de?: string; 'pt-BR'?: string };

/**
 * The skill catalogue. Seeded skills are global (`team_id` null); skills added in a workspace belong to it
 * and are only visible there.
 */
export const skills = pgTable(
  'skills',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text().references(() => workspaces.teamId, { onDelete: 'cascade' }),
    slug: text().notNull(),
    groupSlug: text().notNull().default('other'),
    names: jsonb().$type<LocalisedText>().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    /** Slack user id of whoever added it (null for the seed). */
    createdBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('skills_team_slug_uq').on(sql`coalesce(${t.teamId}, '')`, t.slug), index('skills_team_idx').on(t.teamId)],
);
