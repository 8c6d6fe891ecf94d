import { and, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { leadMappings, members, workspaces } from '../schema';

/** Where a workspace's team leads come from (`workspaces.lead_source`). */
export type LeadSource = 'profile' | 'csv' | 'slack_field';
export const LEAD_SOURCES: readonly LeadSource[] = ['profile', 'csv', 'slack_field'];

/** One `member → lead` line of an admin CSV upload (already validated). */
export interface LeadPair {
  member: string;
  lead: string;
}

/**
 * The lead mapping of a workspace as a SQL subquery with columns `member` and `lead` (Slack ids), from the
 * source its settings name (the members' own profile field by default, an admin CSV upload, or a Slack custom
 * profile field). Join it in set-based queries (the team-lead digest): `… join (${leadMappingSql(t)}) lm on …`.
 */
export function leadMappingSql(teamId: string): SQL {
  return sql`
    with src as (
      select coalesce((select lead_source from workspaces where team_id = ${teamId}), 'profile') as source
    )
    select m.slack_user_id as member, mep.lead_slack_user_id as lead
      from mentee_profiles mep
      join members m on m.id = mep.member_id
     where m.team_id = ${teamId} and mep.lead_slack_user_id is not null and mep.lead_slack_user_id <> ''
       and (select source from src) = 'profile'
    union all
    select lm.member_slack_id as member, lm.lead_slack_id as lead
      from lead_mappings lm
     where lm.team_id = ${teamId} and lm.lead_slack_id is not null and lm.source = (select source from src)`;
}

/**
 * The lead mapping of a workspace from its configured source: `member Slack id → lead Slack id`. One
 * statement whatever the source, so matching (reporting-line rule) and the team-lead digest read the same map.
 */
export async function leadsFor(db: Db, teamId: string): Promise<Map<string, string>> {
  const rows = await db.execute<{ member: string; lead: string }>(leadMappingSql(teamId));
  return new Map(rows.map((r) => [r.member, r.lead]));
}

/** Lead mappings: the configured source's map, the CSV import and the Slack-field cache. */
export function createLeadRepository(db: Db) {
  return {
    /** See {@link leadsFor}. */
    leadsFor: (teamId: string) => leadsFor(db, teamId),

    async source(teamId: string): Promise<{ source: LeadSource; fieldId: string | null }> {
      const [w] = await db
        .select({ source: workspaces.leadSource, fieldId: workspaces.leadFieldId })
        .from(workspaces)
        .where(eq(workspaces.teamId, teamId));
      const source = LEAD_SOURCES.includes(w?.source as LeadSource) ? (w!.source as LeadSource) : 'profile';
      return { source, fieldId: w?.fieldId ?? null };
    },

    /**
     * Replaces the workspace's CSV mapping with `pairs` and makes CSV the lead source, in one transaction:
     * readers see the old mapping or the new one, never a mix.
     */
    async replaceCsv(teamId: string, pairs: readonly LeadPair[], now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.insert(workspaces).values({ teamId }).onConflictDoNothing();
        await tx
          .delete(leadMappings)
          .where(and(eq(leadMappings.teamId, teamId), eq(leadMappings.source, 'csv')));
        // Chunked: one statement per 1,000 rows keeps far below Postgres' 65,535 parameters.
        for (let i = 0; i < pairs.length; i += 1000) {
          await tx.insert(leadMappings).values(
            pairs.slice(i, i + 1000).map((p) => ({
              teamId,
              source: 'csv',
              memberSlackId: p.member,
              leadSlackId: p.lead,
              fetchedAt: now,
            })),
          );
        }
        await tx
          .update(workspaces)
          .set({ leadSource: 'csv', updatedAt: now })
          .where(eq(workspaces.teamId, teamId));
      });
    },

    async countCsv(teamId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(leadMappings)
        .where(and(eq(leadMappings.teamId, teamId), eq(leadMappings.source, 'csv')));
      return row?.n ?? 0;
    },

    /** Slack ids whose Slack-field cache entry is missing or older than `staleBefore`, among `candidates`. */
    async staleSlackField(
      teamId: string,
      candidates: readonly string[],
      staleBefore: Date,
    ): Promise<string[]> {
      if (!candidates.length) return [];
      const fresh = await db
        .select({ id: leadMappings.memberSlackId })
        .from(leadMappings)
        .where(
          and(
            eq(leadMappings.teamId, teamId),
            eq(leadMappings.source, 'slack_field'),
            inArray(leadMappings.memberSlackId, [...candidates]),
            gte(leadMappings.fetchedAt, staleBefore),
          ),
        );
      const known = new Set(fresh.map((r) => r.id));
      return candidates.filter((c) => !known.has(c));
    },

    /** Caches what one person's Slack field says (null: empty or not a person). */
    async cacheSlackField(teamId: string, member: string, lead: string | null, now: Date): Promise<void> {
      await db
        .insert(leadMappings)
        .values({ teamId, source: 'slack_field', memberSlackId: member, leadSlackId: lead, fetchedAt: now })
        .onConflictDoUpdate({
          target: [leadMappings.teamId, leadMappings.source, leadMappings.memberSlackId],
          set: { leadSlackId: lead, fetchedAt: now },
        });
    },

    /** Forgets the Slack-field cache (the admin picked another field). */
    async clearSlackField(teamId: string): Promise<void> {
      await db
        .delete(leadMappings)
        .where(and(eq(leadMappings.teamId, teamId), eq(leadMappings.source, 'slack_field')));
    },

    /** Slack ids of the workspace's known people (not deactivated, not bots): whose profile field to read. */
    async knownPeople(teamId: string): Promise<string[]> {
      const rows = await db
        .select({ id: members.slackUserId })
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.deleted, false), eq(members.isBot, false)))
        .orderBy(members.id);
      return rows.map((r) => r.id);
    },
  };
}

export type LeadRepository = ReturnType<typeof createLeadRepository>;
