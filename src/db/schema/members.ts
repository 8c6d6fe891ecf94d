import { pgTable, text, timestamp, boolean, uniqueIndex, bigserial, date } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces';

/** A person in a workspace as Slack describes them (refreshed from `users.info`). */
export const members = pgTable(
  'members',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text()
      .notNull()
      .references(() => workspaces.teamId, { onDelete: 'cascade' }),
    slackUserId: text().notNull(),
    displayName: text().notNull().default(''),
    realName: text().notNull().default(''),
    /** IANA zone from Slack, e.g. Europe/Berlin. */
    tz: text().notNull().default('UTC'),
    /** Slack locale, e.g. de-DE. */
    locale: text().notNull().default('en-US'),
    isBot: boolean().notNull().default(false),
    /** Workspace admin or owner in Slack: a program admin until admins are configured explicitly. */
    isSlackAdmin: boolean().notNull().default(false),
    deleted: boolean().notNull().default(false),
    /** Paused people are never suggested and get no nudges. `pausedUntil` null with `pausedAt` set: until resumed. */
    pausedAt: timestamp({ withTimezone: true }),
    pausedUntil: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('members_team_user_uq').on(t.teamId, t.slackUserId)],
);
