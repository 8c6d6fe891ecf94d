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

/**
 * The part of the lead mapping that decides who is in `slackUserId`'s reporting line: the chain above them
 * (lead, lead's lead, …; also above the lead their own profile names) and everyone below them, transitively,
 * as `member → lead`. Whether someone is above
 * or below `slackUserId` reads the same from this as from the whole map ({@link leadsFor}), but it is found
 * through indexes (one row per step), not by reading the workspace's whole mapping: for most people the
 * chain is a few rows and nobody reports to them. Same sources as {@link leadMappingSql}.
 */
export async function leadMapAround(db: Db, teamId: string, slackUserId: string): Promise<Map<string, string>> {
  const leadOf = (who: SQL) => sql`
    select mep.lead_slack_user_id as lead
      from members m join mentee_profiles mep on mep.member_id = m.id
     where (select source from src) = 'profile' and m.team_id = ${teamId} and m.slack_user_id = ${who}
       and mep.lead_slack_user_id is not null and mep.lead_slack_user_id <> ''
    union all
    select lm.lead_slack_id from lead_mappings lm
     where lm.team_id = ${teamId} and lm.source = (select source from src) and lm.member_slack_id = ${who}
       and lm.lead_slack_id is not null`;
  const reportsOf = (who: SQL) => sql`
    select m.slack_user_id as member
      from mentee_profiles mep join members m on m.id = mep.member_id
     where (select source from src) = 'profile' and mep.lead_slack_user_id = ${who} and m.team_id = ${teamId}
    union all
    select lm.member_slack_id from lead_mappings lm
     where lm.team_id = ${teamId} and lm.source = (select source from src) and lm.lead_slack_id = ${who}`;
  // `union` (not `union all`) drops rows already found, so a cycle in the mapping ends the walk.
  const rows = await db.execute<{ member: string; lead: string }>(sql`
    with recursive
    src as (select coalesce((select lead_source from workspaces where team_id = ${teamId}), 'profile') as source),
    -- The walk up starts at the person and at the lead named in their own profile (the matching rules also
    -- walk up from that one when the workspace reads leads from a CSV or a Slack field).
    seeds(who) as (
      select ${slackUserId}::text
      union
      select mep.lead_slack_user_id from members m join mentee_profiles mep on mep.member_id = m.id
       where m.team_id = ${teamId} and m.slack_user_id = ${slackUserId} and coalesce(mep.lead_slack_user_id, '') <> ''
    ),
    up(member, lead) as (
      select s.who, l.lead from seeds s cross join lateral (${leadOf(sql`s.who`)}) l
      union
      select up.lead, l.lead from up cross join lateral (${leadOf(sql`up.lead`)}) l
    ),
    down(member, lead) as (
      select r.member, ${slackUserId}::text from (${reportsOf(sql`${slackUserId}`)}) r
      union
      select r.member, down.member from down cross join lateral (${reportsOf(sql`down.member`)}) r
    )
    select member, lead from up union select member, lead from down`);
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
