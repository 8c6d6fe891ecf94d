import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, boolean, integer } from 'drizzle-orm/pg-core';

/** One row per Slack workspace (team) that has installed the app. */
export const workspaces = pgTable('workspaces', {
  teamId: text().primaryKey(),
  name: text(),
  /** The user who installed the app; the first program admin. */
  installerUserId: text(),
  active: boolean().notNull().default(true),
  /** Minutes before a session that reminders go out (default 24 h and 1 h). */
  reminderOffsets: integer().array().notNull().default(sql`'{1440,60}'::integer[]`),
  /** Quiet hours in each person's local time; start = end means none. */
  quietStart: text().notNull().default('20:00'),
  quietEnd: text().notNull().default('08:00'),
  quietWeekends: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
