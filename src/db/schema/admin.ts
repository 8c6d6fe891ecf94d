import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  timestamp,
  bigint,
  boolean,
  integer,
  jsonb,
  uniqueIndex,
  bigserial,
  index,
  primaryKey,
  check,
} from 'drizzle-orm/pg-core';
import { members } from './members';
import { pairings } from './pairings';
import { skills } from './skills';
import { workspaces } from './workspaces';

/**
 * Program admins configured in the settings. While a workspace has none (and no installer is known), Slack
 * workspace admins and owners act as program admins: see `isProgramAdmin`.
 */
export const programAdmins = pgTable(
  'program_admins',
  {
    teamId: text()
      .notNull()
      .references(() => workspaces.teamId, { onDelete: 'cascade' }),
    slackUserId: text().notNull(),
    addedBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.slackUserId] })],
);

/** Unmatched mentees of a batch run, with why (shown in the preview). */
export type UnmatchedMentee = {
  memberId: number;
  reason: 'no_candidate' | 'outcompeted' | 'paused' | 'already_paired';
};

/** A pilot cohort: invited people, one batch matching at a time, then the published proposals. */
export const cohorts = pgTable(
  'cohorts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text()
      .notNull()
      .references(() => workspaces.teamId, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** draft → matching → previewed → published (re-matching goes back to matching). */
    status: text().notNull().default('draft'),
    createdBy: text().notNull(),
    /** Bumped on every "Run matching"; a job or a Publish button of an older run changes nothing. */
    matchRevision: integer().notNull().default(0),
    matchRequestedAt: timestamp({ withTimezone: true }),
    matchedAt: timestamp({ withTimezone: true }),
    matchTotal: integer(),
    matchExact: boolean(),
    unmatched: jsonb()
      .$type<UnmatchedMentee[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    publishedAt: timestamp({ withTimezone: true }),
    /** Set once, atomically, when the end-of-pilot survey is sent. */
    surveySentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cohorts_team_idx').on(t.teamId, t.createdAt)],
);

/**
 * People invited to a cohort, by Slack id: someone invited who never opened the app has no `members` row yet
 * (the invitation creates it).
 */
export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: bigint({ mode: 'number' })
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    teamId: text().notNull(),
    slackUserId: text().notNull(),
    invitedBy: text().notNull(),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.slackUserId] }),
    index('cohort_members_team_user_idx').on(t.teamId, t.slackUserId),
  ],
);

/**
 * The batch-matching result of a cohort: at most one proposal per mentee (the unique index is what makes
 * publishing twice send nothing twice). Unpublished rows are replaced by the next run; published ones stay.
 */
export const cohortProposals = pgTable(
  'cohort_proposals',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    cohortId: bigint({ mode: 'number' })
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    teamId: text().notNull(),
    revision: integer().notNull(),
    menteeMemberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    mentorMemberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    skillId: bigint({ mode: 'number' })
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    score: integer().notNull(),
    /** pending → sent (new proposal DM) | linked (an open pairing already existed) | unavailable (rules changed). */
    status: text().notNull().default('pending'),
    /** A publisher's lease on this row; an old lease without a result may be taken over. */
    claimedAt: timestamp({ withTimezone: true }),
    pairingId: bigint({ mode: 'number' }).references(() => pairings.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cohort_proposals_cohort_mentee_uq').on(t.cohortId, t.menteeMemberId),
    index('cohort_proposals_pairing_idx').on(t.pairingId),
  ],
);

/** End-of-pilot survey answers: one row per person and cohort (question code → 1–5). */
export const cohortSurveyResponses = pgTable(
  'cohort_survey_responses',
  {
    cohortId: bigint({ mode: 'number' })
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    teamId: text().notNull(),
    slackUserId: text().notNull(),
    answers: jsonb().$type<Record<string, number>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.slackUserId] })],
);

/**
 * Team-lead mappings that do not come from the members' own profiles: an admin CSV upload (`csv`) or a Slack
 * custom profile field (`slack_field`, a cache of `users.profile.get`; a null lead caches "field empty").
 * Which source is used is `workspaces.lead_source`.
 */
export const leadMappings = pgTable(
  'lead_mappings',
  {
    teamId: text()
      .notNull()
      .references(() => workspaces.teamId, { onDelete: 'cascade' }),
    source: text().notNull(),
    memberSlackId: text().notNull(),
    leadSlackId: text(),
    fetchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.source, t.memberSlackId] }),
    // "Who reports to this lead" (the reporting-line walk down, suggestions).
    index('lead_mappings_lead_idx').on(t.teamId, t.source, t.leadSlackId),
    check('lead_mappings_source_ck', sql`${t.source} in ('csv', 'slack_field')`),
  ],
);
