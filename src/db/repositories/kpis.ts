import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { kpis, kpiUpdates } from '../schema';

export type KpiRow = typeof kpis.$inferSelect;

/** KPIs of pairings and their progress updates. Every lookup and write by id also checks the team id. */
export function createKpiRepository(db: Db) {
  return {
    async forPairing(teamId: string, pairingId: number): Promise<KpiRow[]> {
      return db.select().from(kpis).where(and(eq(kpis.teamId, teamId), eq(kpis.pairingId, pairingId))).orderBy(asc(kpis.id));
    },

    async forPairings(teamId: string, pairingIds: number[]): Promise<KpiRow[]> {
      if (!pairingIds.length) return [];
      return db.select().from(kpis).where(and(eq(kpis.teamId, teamId), inArray(kpis.pairingId, pairingIds))).orderBy(asc(kpis.id));
    },

    async get(teamId: string, id: number): Promise<KpiRow | undefined> {
      const [row] = await db.select().from(kpis).where(and(eq(kpis.teamId, teamId), eq(kpis.id, id)));
      return row;
    },

    /** Creates a pairing's KPIs once (a second call finds them and creates nothing). */
    async createOnce(teamId: string, pairingId: number, rows: (typeof kpis.$inferInsert)[]): Promise<KpiRow[]> {
      return db.transaction(async (tx) => {
        // Serialise concurrent calls for the same pairing (double-clicked plan confirmations).
        await tx.execute(sql`select pg_advisory_xact_lock(727274002, ${pairingId}::int)`);
        const existing = await tx.select().from(kpis).where(and(eq(kpis.teamId, teamId), eq(kpis.pairingId, pairingId)));
        if (existing.length || !rows.length) return existing;
        return tx.insert(kpis).values(rows).returning();
      });
    },

    /** Records a new absolute value with a note; returns the updated KPI. */
    async update(teamId: string, kpiId: number, memberId: number, value: number, note: string, now: Date): Promise<KpiRow> {
      return db.transaction(async (tx) => {
        await tx.insert(kpiUpdates).values({ kpiId, memberId, value, note, createdAt: now });
        const [row] = await tx
          .update(kpis)
          .set({ current: value, updatedAt: now, doneAt: sql`case when ${value} >= ${kpis.target} then coalesce(${kpis.doneAt}, ${now.toISOString()}::timestamptz) else null end` })
          .where(and(eq(kpis.teamId, teamId), eq(kpis.id, kpiId)))
          .returning();
        return row!;
      });
    },
  };
}

export type KpiRepository = ReturnType<typeof createKpiRepository>;
