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
  /** Team-lead digest: ISO weekday (1 = Monday) and local hour. */
  digestWeekday: integer().notNull().default(1),
  digestHour: integer().notNull().default(9),
  /** Default cadence proposed in action plans. */
  defaultCadence: text().notNull().default('biweekly'),
  /** Where team leads come from: the member's own profile field, an admin CSV upload, or a Slack custom field. */
  leadSource: text().notNull().default('profile'),
  /** The Slack custom profile field id used when leadSource = 'slack_field'. */
  leadFieldId: text(),
  /** Days after which private notes are purged (privacy). */
  notesRetentionDays: integer().notNull().default(365),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
