import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { checkins, sessions, workspaces } from '../schema';
import { inActiveWorkspace } from './pairings';

export type SessionRow = typeof sessions.$inferSelect;
export type CheckinRow = typeof checkins.$inferSelect;

export const UPCOMING = ['proposed', 'confirmed'] as const;

/** Sessions, check-ins and the workspace's timing settings. Every lookup by id also checks the team id. */
export function createSessionRepository(db: Db) {
  return {
    /** Creates the next session of a pairing unless one is already upcoming (then that one is returned). */
    async createProposed(v: { teamId: string; pairingId: number; startsAt: Date; durationMinutes: number }): Promise<{ created: boolean; session: SessionRow }> {
      const inserted = await db
        .insert(sessions)
        .values({ ...v, status: 'proposed' })
        .onConflictDoNothing({ target: sessions.pairingId, where: sql`status in ('proposed', 'confirmed')` })
        .returning();
      if (inserted[0]) return { created: true, session: inserted[0] };
      const [existing] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.teamId, v.teamId), eq(sessions.pairingId, v.pairingId), inArray(sessions.status, [...UPCOMING])));
      return { created: false, session: existing! };
    },

    async get(teamId: string, id: number): Promise<SessionRow | undefined> {
      const [row] = await db.select().from(sessions).where(and(eq(sessions.teamId, teamId), eq(sessions.id, id)));
      return row;
    },

    /** Applies `fn` to the session under a row lock (serialises double clicks and racing moves). */
    async withLock<E>(
      teamId: string,
      id: number,
      fn: (row: SessionRow) => { update: Partial<typeof sessions.$inferInsert> } | { refuse: E },
    ): Promise<{ ok: true; before: SessionRow; after: SessionRow } | { ok: false; reason: E | 'not_found' }> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(sessions)
          .where(and(eq(sessions.teamId, teamId), eq(sessions.id, id)))
          .for('update');
        if (!row) return { ok: false as const, reason: 'not_found' as const };
        const decision = fn(row);
        if ('refuse' in decision) return { ok: false as const, reason: decision.refuse };
        const [after] = await tx
          .update(sessions)
          .set({ ...decision.update, updatedAt: new Date() })
          .where(and(eq(sessions.teamId, teamId), eq(sessions.id, id)))
          .returning();
        return { ok: true as const, before: row, after: after! };
      });
    },

    async upcomingForPairing(teamId: string, pairingId: number): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.teamId, teamId), eq(sessions.pairingId, pairingId), inArray(sessions.status, [...UPCOMING])));
      return row;
    },

    async lastHeld(teamId: string, pairingId: number): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.teamId, teamId), eq(sessions.pairingId, pairingId), eq(sessions.status, 'held')))
        .orderBy(desc(sessions.startsAt))
        .limit(1);
      return row;
    },

    /** Every session of a pairing, oldest first, with its check-ins (the learning journal). */
    async journal(teamId: string, pairingId: number): Promise<{ session: SessionRow; checkins: CheckinRow[] }[]> {
      const rows = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.teamId, teamId), eq(sessions.pairingId, pairingId)))
        .orderBy(asc(sessions.startsAt));
      if (!rows.length) return [];
      const cs = await db.select().from(checkins).where(inArray(checkins.sessionId, rows.map((r) => r.id)));
      return rows.map((session) => ({ session, checkins: cs.filter((c) => c.sessionId === session.id) }));
    },

    /** Confirmed sessions still ahead or recently past (their check-ins may still be due): the reconciler's work list. */
    async confirmedSince(since: Date): Promise<SessionRow[]> {
      return db.select().from(sessions).where(and(eq(sessions.status, 'confirmed'), gt(sessions.startsAt, since), inActiveWorkspace(sessions.teamId)));
    },

    /** Stores one person's check-in once; a resubmission changes nothing. */
    async saveCheckin(v: typeof checkins.$inferInsert): Promise<boolean> {
      const rows = await db.insert(checkins).values(v).onConflictDoNothing().returning({ id: checkins.id });
      return rows.length === 1;
    },

    async checkinsFor(teamId: string, sessionId: number): Promise<CheckinRow[]> {
      return db
        .select({ c: checkins })
        .from(checkins)
        .innerJoin(sessions, eq(sessions.id, checkins.sessionId))
        .where(and(eq(sessions.teamId, teamId), eq(checkins.sessionId, sessionId)))
        .then((rows) => rows.map((r) => r.c));
    },

    async settings(teamId: string): Promise<{ reminderOffsets: number[]; quietStart: string; quietEnd: string; quietWeekends: boolean }> {
      const [w] = await db
        .select({ reminderOffsets: workspaces.reminderOffsets, quietStart: workspaces.quietStart, quietEnd: workspaces.quietEnd, quietWeekends: workspaces.quietWeekends })
        .from(workspaces)
        .where(eq(workspaces.teamId, teamId));
      return w ?? { reminderOffsets: [1440, 60], quietStart: '20:00', quietEnd: '08:00', quietWeekends: true };
    },

    async updateSettings(teamId: string, s: Partial<{ reminderOffsets: number[]; quietStart: string; quietEnd: string; quietWeekends: boolean }>): Promise<void> {
      await db.update(workspaces).set({ ...s, updatedAt: new Date() }).where(eq(workspaces.teamId, teamId));
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
