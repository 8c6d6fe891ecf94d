import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, bigint, boolean, integer, jsonb, uniqueIndex, bigserial, index, date } from 'drizzle-orm/pg-core';
import { members } from './members';
import { skills } from './skills';
import { workspaces } from './workspaces';

/**
 * A mentee–mentor pairing for one skill, through its whole lifecycle
 * (proposed → accepted → coffee → active → completed | declined | expired | ended).
 */
export const pairings = pgTable(
  'pairings',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text()
      .notNull()
      .references(() => workspaces.teamId, { onDelete: 'cascade' }),
    menteeMemberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    mentorMemberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    skillId: bigint({ mode: 'number' })
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    state: text().notNull().default('proposed'),
    menteeVerdict: text(),
    mentorVerdict: text(),
    planSubmitted: boolean().notNull().default(false),
    outcome: text(),
    endedBy: text(),
    /** Private: only the person who ended it ever sees it. */
    endReason: text(),
    // The proposal
    goals: text().notNull().default(''),
    kpiDrafts: text().array().notNull().default(sql`'{}'::text[]`),
    offers: text().array().notNull().default(sql`'{}'::text[]`),
    offerNote: text().notNull().default(''),
    format: text().notNull().default('online'),
    sessionMinutes: integer().notNull().default(30),
    /** Where the mentor's proposal DM lives, so its buttons can be replaced by the outcome. */
    proposalChannel: text(),
    proposalTs: text(),
    remindAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    // The virtual coffee
    coffeeAt: timestamp({ withTimezone: true }),
    coffeeMinutes: integer(),
    verdictPromptedAt: timestamp({ withTimezone: true }),
    // The action plan
    cadence: text(),
    planFormat: text(),
    planMinutes: integer(),
    planStart: date({ mode: 'string' }),
    successCriteria: text(),
    planKpis: text().array(),
    activeAt: timestamp({ withTimezone: true }),
    /** Drop-off care: set when three prompts went unanswered; shown to the lead's digest as "at risk". */
    atRisk: boolean().notNull().default(false),
    ignoredPrompts: integer().notNull().default(0),
    lastNudgeAt: timestamp({ withTimezone: true }),
    /** Set when one side can no longer be reached in Slack: nothing more is sent for this pairing. */
    pausedAt: timestamp({ withTimezone: true }),
    /** The mentee's self-assessed level in the skill when the pairing became active ("confidence before"). */
    baselineConfidence: integer(),
    endedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open pairing per pair and skill: a double-submitted proposal cannot create two.
    uniqueIndex('pairings_open_uq')
      .on(t.menteeMemberId, t.mentorMemberId, t.skillId)
      .where(sql`state in ('proposed', 'accepted', 'coffee', 'active')`),
    index('pairings_mentor_state_idx').on(t.mentorMemberId, t.state),
    index('pairings_mentee_state_idx').on(t.menteeMemberId, t.state),
    index('pairings_team_state_idx').on(t.teamId, t.state),
  ],
);

/** "Tell me when a mentor for this skill appears." */
export const waitlist = pgTable(
  'waitlist',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    memberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    skillId: bigint({ mode: 'number' })
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('waitlist_member_skill_uq').on(t.memberId, t.skillId), index('waitlist_skill_idx').on(t.skillId)],
);

/**
 * One row per message that must be sent at most once (reminders, nudges, prompts). The unique key is claimed
 * before sending; a retried or duplicated job finds it and sends nothing.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    key: text().primaryKey(),
    teamId: text().notNull(),
    recipient: text().notNull(),
    kind: text().notNull(),
    channel: text(),
    ts: text(),
    payload: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the current sender took the claim; a claim older than the lease with no `sentAt` is in doubt. */
    claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('deliveries_team_idx').on(t.teamId), index('deliveries_recipient_idx').on(t.recipient)],
);
