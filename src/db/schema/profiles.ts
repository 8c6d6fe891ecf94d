import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, bigint, boolean, integer, jsonb, uniqueIndex, bigserial, check, index } from 'drizzle-orm/pg-core';
import { members } from './members';
import { skills } from './skills';

export type AvailabilityWindow = { weekday: number; start: string; end: string };

/** What a mentee wants and offers back (one per member). */
export const menteeProfiles = pgTable(
  'mentee_profiles',
  {
    memberId: bigint({ mode: 'number' })
      .primaryKey()
      .references(() => members.id, { onDelete: 'cascade' }),
    offers: text().array().notNull().default(sql`'{}'::text[]`),
    offerNote: text().notNull().default(''),
    format: text().notNull().default('online'),
    sessionMinutes: integer().notNull().default(30),
    leadSlackUserId: text(),
    shareWithLead: boolean().notNull().default(false),
    /** Private "don't pair me with" list (Slack user ids); never shown to anyone else. */
    avoidSlackUserIds: text().array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // "Who reports to this lead": the reporting-line walk down (suggestions) and the team-lead digest.
  (t) => [index('mentee_profiles_lead_idx').on(t.leadSlackUserId)],
);

/** Skills a mentee wants to learn, with their current level and goal. */
export const learningGoals = pgTable(
  'learning_goals',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    memberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    skillId: bigint({ mode: 'number' })
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    level: integer().notNull(),
    goal: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('learning_goals_member_skill_uq').on(t.memberId, t.skillId),
    index('learning_goals_skill_idx').on(t.skillId),
    check('learning_goals_level_ck', sql`${t.level} between 1 and 5`),
  ],
);

/** How a mentor teaches (one per member). */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    memberId: bigint({ mode: 'number' })
      .primaryKey()
      .references(() => members.id, { onDelete: 'cascade' }),
    styles: text().array().notNull().default(sql`'{}'::text[]`),
    capacity: integer().notNull().default(2),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    availability: jsonb().$type<AvailabilityWindow[]>().notNull().default(sql`'[]'::jsonb`),
    /** Set once, atomically, before the primer DM goes out: it is sent exactly once. */
    primerSentAt: timestamp({ withTimezone: true }),
    primerAckAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('mentor_profiles_capacity_ck', sql`${t.capacity} between 1 and 10`)],
);

/** Skills a mentor can teach, with their level. */
export const teachingSkills = pgTable(
  'teaching_skills',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    memberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    skillId: bigint({ mode: 'number' })
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    level: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('teaching_skills_member_skill_uq').on(t.memberId, t.skillId),
    index('teaching_skills_skill_idx').on(t.skillId),
    check('teaching_skills_level_ck', sql`${t.level} between 1 and 5`),
  ],
);
