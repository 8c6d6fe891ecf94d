import { pgTable, text, timestamp, bigint, bigserial, index, date, numeric } from 'drizzle-orm/pg-core';
import { members } from './members';
import { pairings } from './pairings';

/** A simple, measurable target of a pairing ("automate 3 processes with Zapier by 31 March"). */
export const kpis = pgTable(
  'kpis',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    teamId: text().notNull(),
    pairingId: bigint({ mode: 'number' })
      .notNull()
      .references(() => pairings.id, { onDelete: 'cascade' }),
    description: text().notNull(),
    target: numeric({ mode: 'number' }).notNull().default(1),
    unit: text().notNull().default(''),
    dueDate: date({ mode: 'string' }),
    current: numeric({ mode: 'number' }).notNull().default(0),
    startDate: date({ mode: 'string' }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kpis_pairing_idx').on(t.pairingId), index('kpis_team_idx').on(t.teamId)],
);

/** One progress update of a KPI with a short note (visible to the pair only). */
export const kpiUpdates = pgTable(
  'kpi_updates',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kpiId: bigint({ mode: 'number' })
      .notNull()
      .references(() => kpis.id, { onDelete: 'cascade' }),
    memberId: bigint({ mode: 'number' })
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    value: numeric({ mode: 'number' }).notNull(),
    note: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kpi_updates_kpi_idx').on(t.kpiId)],
);
