import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, bigint, boolean, integer, uniqueIndex, bigserial, index, check } from 'drizzle-orm/pg-core';
import { members } from './members';
import { pairings } from './pairings';

/**
 * One mentoring session of a pairing. `revision` bumps whenever the time changes, so timers of an old time can
 * be told apart (and removed) from those of the new one.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text().notNull(),
    pairingId: bigint({ mode: 'number' })
      .notNull()
      .references(() => pairings.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(30),
    /** proposed → confirmed → held | skipped | cancelled | missed */
    status: text().notNull().default('proposed'),
    revision: integer().notNull().default(1),
    confirmedAt: timestamp({ withTimezone: true }),
    /** Ordered topics, basics before advanced (visible to the pair only). */
    agendaTopics: text().array().notNull().default(sql`'{}'::text[]`),
    agendaHandsOn: text().notNull().default(''),
    agendaSavedAt: timestamp({ withTimezone: true }),
    heldAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one upcoming session per pairing: a double click cannot propose two.
    uniqueIndex('sessions_open_uq').on(t.pairingId).where(sql`status in ('proposed', 'confirmed')`),
    index('sessions_pairing_idx').on(t.pairingId, t.startsAt),
    index('sessions_team_status_idx').on(t.teamId, t.status, t.startsAt),
  ],
);

/** What each person said after a session. Notes and feedback are visible to the pair only. */
export const checkins = pgTable(
  'checkins',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    sessionId: bigint({ mode: 'number' })
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    memberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    happened: boolean().notNull(),
    rating: integer(),
    learned: text().notNull().default(''),
    /** Mentee only: confidence in the skill now, 1–5. */
    confidence: integer(),
    feedback: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('checkins_session_member_uq').on(t.sessionId, t.memberId),
    check('checkins_rating_ck', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
    check('checkins_confidence_ck', sql`${t.confidence} is null or ${t.confidence} between 1 and 5`),
  ],
);
