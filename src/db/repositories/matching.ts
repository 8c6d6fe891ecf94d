import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { AvailabilityWindow } from '../schema';
import { leadMapAround, leadsFor } from './leads';

export interface CandidateRow {
  memberId: number;
  slackUserId: string;
  displayName: string;
  tz: string;
  locale: string;
  pausedAt: Date | null;
  pausedUntil: string | null;
  level: number;
  capacity: number;
  styles: string[];
  languages: string[];
  availability: AvailabilityWindow[];
  leadSlackUserId: string | null;
  openPairings: number;
}

/** Set-based reads for matching: one statement per question, never one per person. */
export function createMatchingRepository(db: Db) {
  return {
    /** Everyone in the workspace who teaches `skillId`, with their open pairing count. */
    async candidatesForSkill(teamId: string, skillId: number): Promise<CandidateRow[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`
        select m.id as member_id, m.slack_user_id, coalesce(nullif(m.display_name, ''), m.real_name) as display_name,
               m.tz, m.locale, m.paused_at, m.paused_until::text as paused_until,
               ts.level, mp.capacity, mp.styles, mp.languages, mp.availability, mep.lead_slack_user_id,
               (select count(*)::int from pairings p
                 where p.mentor_member_id = m.id and p.state in ('proposed', 'accepted', 'coffee', 'active')) as open_pairings
          from teaching_skills ts
          join members m on m.id = ts.member_id
          -- One primary-key probe per candidate (OFFSET 0 keeps the planner from hashing every mentor profile
          -- of every workspace to join a few hundred of them).
          cross join lateral (select capacity, styles, languages, availability from mentor_profiles where member_id = ts.member_id offset 0) mp
          left join mentee_profiles mep on mep.member_id = m.id
         where ts.skill_id = ${skillId} and m.team_id = ${teamId} and not m.deleted and not m.is_bot`);
      return rows.map((r) => ({
        memberId: Number(r.member_id),
        slackUserId: String(r.slack_user_id),
        displayName: String(r.display_name ?? ''),
        tz: String(r.tz),
        locale: String(r.locale),
        pausedAt: r.paused_at ? new Date(r.paused_at as string) : null,
        pausedUntil: (r.paused_until as string | null) ?? null,
        level: Number(r.level),
        capacity: Number(r.capacity),
        styles: (r.styles as string[]) ?? [],
        languages: (r.languages as string[]) ?? [],
        availability: (r.availability as AvailabilityWindow[]) ?? [],
        leadSlackUserId: (r.lead_slack_user_id as string | null) ?? null,
        openPairings: Number(r.open_pairings),
      }));
    },

    /**
     * The lead mapping of a workspace from its configured source (the mentee profiles' lead field by default,
     * or an admin CSV upload, or a Slack custom profile field): see `leadsFor`.
     */
    leadMap: (teamId: string): Promise<Map<string, string>> => leadsFor(db, teamId),

    /** Only the mapping that decides who is above or below one person (see `leadMapAround`): for suggestions. */
    leadMapAround: (teamId: string, slackUserId: string): Promise<Map<string, string>> => leadMapAround(db, teamId, slackUserId),
  };
}

export type MatchingRepository = ReturnType<typeof createMatchingRepository>;
