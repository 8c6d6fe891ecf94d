import { pgTable, text, timestamp, boolean } from 'drizzle-orm/pg-core';

/** One row per Slack workspace (team) that has installed the app. */
export const workspaces = pgTable('workspaces', {
  teamId: text().primaryKey(),
  name: text(),
  /** The user who installed the app; the first program admin. */
  installerUserId: text(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
