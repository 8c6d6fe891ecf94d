import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../client';
import { members, pairings, waitlist, deliveries } from '../schema';

export type PairingRow = typeof pairings.$inferSelect;
export type NewPairing = typeof pairings.$inferInsert;

export const OPEN_STATES = ['proposed', 'accepted', 'coffee', 'active'] as const;
/** Pairing states that belong in a learning journal (open ones and those that ran and finished). */
export const JOURNAL_STATES = [...OPEN_STATES, 'completed', 'ended'] as const;

/** A pairing by id, never outside its workspace. */
const byId = (teamId: string, id: number) => and(eq(pairings.teamId, teamId), eq(pairings.id, id));

/**
 * Pairings, the waitlist and the once-only delivery ledger. Every read and every write by id also checks the
 * team id (a pairing id from a button, metadata or job data is only a hint); member ids passed in come from
 * team-scoped member rows.
 */
export function createPairingRepository(db: Db) {
  return {
    /** Inserts a proposal; an open pairing for the same pair and skill wins (double submits create nothing). */
    async createProposal(values: NewPairing): Promise<{ created: boolean; pairing: PairingRow }> {
      const inserted = await db
        .insert(pairings)
        .values(values)
        .onConflictDoNothing({
          target: [pairings.menteeMemberId, pairings.mentorMemberId, pairings.skillId],
          where: sql`state in ('proposed', 'accepted', 'coffee', 'active')`,
        })
        .returning();
      if (inserted[0]) return { created: true, pairing: inserted[0] };
      const [existing] = await db
        .select()
        .from(pairings)
        .where(
          and(
            eq(pairings.menteeMemberId, values.menteeMemberId),
            eq(pairings.mentorMemberId, values.mentorMemberId),
            eq(pairings.skillId, values.skillId),
            inArray(pairings.state, [...OPEN_STATES]),
          ),
        );
      return { created: false, pairing: existing! };
    },

    async get(teamId: string, id: number): Promise<PairingRow | undefined> {
      const [row] = await db.select().from(pairings).where(and(eq(pairings.teamId, teamId), eq(pairings.id, id)));
      return row;
    },

    /**
     * Runs `fn` on the pairing row under `SELECT … FOR UPDATE`, so concurrent clicks are serialised: the
     * second one sees the first one's result. `fn` returns the columns to update, or a refusal.
     */
    async withLock<E>(
      teamId: string,
      id: number,
      fn: (row: PairingRow) => { update: Partial<NewPairing> } | { refuse: E },
    ): Promise<{ ok: true; before: PairingRow; after: PairingRow } | { ok: false; reason: E | 'not_found' }> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(pairings)
          .where(and(eq(pairings.teamId, teamId), eq(pairings.id, id)))
          .for('update');
        if (!row) return { ok: false as const, reason: 'not_found' as const };
        const decision = fn(row);
        if ('refuse' in decision) return { ok: false as const, reason: decision.refuse };
        const [after] = await tx
          .update(pairings)
          .set({ ...decision.update, updatedAt: new Date() })
          .where(and(eq(pairings.teamId, teamId), eq(pairings.id, id)))
          .returning();
        return { ok: true as const, before: row, after: after! };
      });
    },

    async setProposalMessage(teamId: string, id: number, channel: string, ts: string): Promise<void> {
      await db.update(pairings).set({ proposalChannel: channel, proposalTs: ts }).where(byId(teamId, id));
    },

    /** Claims the proposal reminder (true once). */
    async claimReminder(teamId: string, id: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(pairings)
        .set({ remindedAt: now })
        .where(and(byId(teamId, id), eq(pairings.state, 'proposed'), isNull(pairings.remindedAt)))
        .returning({ id: pairings.id });
      return rows.length === 1;
    },

    /** One more prompt went out (check-in, nudge); answers reset the count (drop-off care). */
    async countPrompt(teamId: string, id: number): Promise<void> {
      await db.update(pairings).set({ ignoredPrompts: sql`${pairings.ignoredPrompts} + 1` }).where(byId(teamId, id));
    },

    async resetPrompts(teamId: string, id: number): Promise<void> {
      await db.update(pairings).set({ ignoredPrompts: 0, atRisk: false }).where(byId(teamId, id));
    },

    /** Active pairings of every workspace that still has the app installed (drop-off care). */
    async activePairings(): Promise<PairingRow[]> {
      return db.select().from(pairings).where(and(eq(pairings.state, 'active'), inActiveWorkspace(pairings.teamId)));
    },

    async markNudged(teamId: string, id: number, now: Date): Promise<void> {
      await db.update(pairings).set({ lastNudgeAt: now, ignoredPrompts: sql`${pairings.ignoredPrompts} + 1` }).where(byId(teamId, id));
    },

    async markAtRisk(teamId: string, id: number): Promise<boolean> {
      const rows = await db.update(pairings).set({ atRisk: true }).where(and(byId(teamId, id), eq(pairings.atRisk, false))).returning({ id: pairings.id });
      return rows.length === 1;
    },

    /** Pauses a pairing because one side is unreachable; true the first time only. */
    async pauseUnreachable(teamId: string, id: number, now: Date): Promise<boolean> {
      const rows = await db.update(pairings).set({ pausedAt: now }).where(and(byId(teamId, id), isNull(pairings.pausedAt))).returning({ id: pairings.id });
      return rows.length === 1;
    },

    async setBaseline(teamId: string, id: number, level: number): Promise<void> {
      await db.update(pairings).set({ baselineConfidence: level }).where(and(byId(teamId, id), isNull(pairings.baselineConfidence)));
    },

    async releaseReminder(teamId: string, id: number): Promise<void> {
      await db.update(pairings).set({ remindedAt: null }).where(byId(teamId, id));
    },

    /** Claims the coffee verdict prompt (true once). */
    async claimVerdictPrompt(teamId: string, id: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(pairings)
        .set({ verdictPromptedAt: now })
        .where(and(byId(teamId, id), eq(pairings.state, 'coffee'), isNull(pairings.verdictPromptedAt)))
        .returning({ id: pairings.id });
      return rows.length === 1;
    },

    /** Open pairings of one member, either side, in their workspace. */
    async openForMember(teamId: string, memberId: number): Promise<PairingRow[]> {
      return db
        .select()
        .from(pairings)
        .where(
          and(
            eq(pairings.teamId, teamId),
            or(eq(pairings.menteeMemberId, memberId), eq(pairings.mentorMemberId, memberId)),
            inArray(pairings.state, [...OPEN_STATES]),
          ),
        )
        .orderBy(pairings.createdAt);
    },

    /**
     * Pairings of one member for the learning journal: either side, open or finished, scoped by team. Proposals
     * that never started (declined, expired) are left out: they have no sessions and nothing to remember.
     */
    async journalForMember(teamId: string, memberId: number): Promise<PairingRow[]> {
      return db
        .select()
        .from(pairings)
        .where(
          and(
            eq(pairings.teamId, teamId),
            or(eq(pairings.menteeMemberId, memberId), eq(pairings.mentorMemberId, memberId)),
            inArray(pairings.state, [...JOURNAL_STATES]),
          ),
        )
        .orderBy(desc(pairings.createdAt), desc(pairings.id));
    },

    /** Mentors a mentee was paired with before (any skill), for the no-repeat rule and re-matching. */
    async pastMentors(teamId: string, menteeMemberId: number): Promise<{ mentorMemberId: number; endedAt: Date | null; state: string; skillId: number }[]> {
      return db
        .select({ mentorMemberId: pairings.mentorMemberId, endedAt: pairings.endedAt, state: pairings.state, skillId: pairings.skillId })
        .from(pairings)
        .where(and(eq(pairings.teamId, teamId), eq(pairings.menteeMemberId, menteeMemberId)));
    },

    /** Timers the reconciler must make sure exist. */
    async pendingTimers(): Promise<PairingRow[]> {
      return db
        .select()
        .from(pairings)
        .where(
          and(
            or(
              and(eq(pairings.state, 'proposed'), or(isNull(pairings.remindedAt), isNotNull(pairings.expiresAt))),
              and(eq(pairings.state, 'coffee'), isNull(pairings.verdictPromptedAt), isNotNull(pairings.coffeeAt)),
            ),
            // An uninstalled workspace's timers stay removed.
            inActiveWorkspace(pairings.teamId),
          ),
        );
    },

    async joinWaitlist(memberId: number, skillId: number): Promise<void> {
      await db
        .insert(waitlist)
        .values({ memberId, skillId })
        .onConflictDoUpdate({ target: [waitlist.memberId, waitlist.skillId], set: { notifiedAt: null } });
    },

    /**
     * Claims a workspace's waitlist entries for some skills that have not been told yet; each is returned to
     * exactly one caller. Seed skills are shared by all workspaces, so the team filter keeps a new mentor in one
     * workspace from using up (and never telling) another workspace's waitlist.
     */
    async claimWaitlist(teamId: string, skillIds: number[], now: Date): Promise<{ memberId: number; skillId: number }[]> {
      if (!skillIds.length) return [];
      return db
        .update(waitlist)
        .set({ notifiedAt: now })
        .where(
          and(
            inArray(waitlist.skillId, skillIds),
            isNull(waitlist.notifiedAt),
            inArray(waitlist.memberId, db.select({ id: members.id }).from(members).where(eq(members.teamId, teamId))),
          ),
        )
        .returning({ memberId: waitlist.memberId, skillId: waitlist.skillId });
    },

    /**
     * Claims a once-only delivery with a lease: 'claimed' (new), 'in_doubt' (an old unsent claim taken over),
     * 'busy' (someone holds a fresh claim) or 'sent'.
     */
    async claimDeliveryLease(
      d: { key: string; teamId: string; recipient: string; kind: string },
      now: Date,
      leaseMs: number,
    ): Promise<'claimed' | 'in_doubt' | 'busy' | 'sent'> {
      const inserted = await db.insert(deliveries).values({ ...d, claimedAt: now }).onConflictDoNothing().returning({ key: deliveries.key });
      if (inserted.length) return 'claimed';
      const taken = await db
        .update(deliveries)
        .set({ claimedAt: now })
        .where(and(eq(deliveries.key, d.key), isNull(deliveries.sentAt), lt(deliveries.claimedAt, new Date(now.getTime() - leaseMs))))
        .returning({ key: deliveries.key });
      if (taken.length) return 'in_doubt';
      const [row] = await db.select({ sentAt: deliveries.sentAt }).from(deliveries).where(eq(deliveries.key, d.key));
      return row?.sentAt ? 'sent' : 'busy';
    },

    async markDelivered(key: string, channel: string, ts: string, now: Date): Promise<void> {
      await db.update(deliveries).set({ channel, ts, sentAt: now }).where(eq(deliveries.key, key));
    },

    /** Gives a claim back after a failed send, so a retry can deliver it. */
    async releaseDelivery(key: string): Promise<void> {
      await db.delete(deliveries).where(and(eq(deliveries.key, key), isNull(deliveries.sentAt)));
    },
  };
}

export type PairingRepository = ReturnType<typeof createPairingRepository>;

/** Rows of workspaces that have not uninstalled the app (a workspace without a row counts as active). */
export const inActiveWorkspace = (teamId: AnyColumn) => sql`${teamId} not in (select w.team_id from workspaces w where not w.active)`;
