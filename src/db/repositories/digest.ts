import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { DigestPersonRow } from '../../domain/digest';
import { leadMappingSql } from './leads';

export interface LeadDue {
  leadSlackUserId: string;
  tz: string | null;
}

/**
 * The set-based reads behind the weekly team-lead digest: one statement for any number of leads, never one
 * query per person. Only numbers and flags leave this file; notes and feedback are never selected.
 */
export function createDigestRepository(db: Db) {
  return {
    /** Leads that at least one participant names, with their time zone when we know them. */
    async leads(teamId: string): Promise<LeadDue[]> {
      const rows = await db.execute<{ lead: string; tz: string | null }>(sql`
        with mapping as (${leadMappingSql(teamId)})
        select distinct mp.lead, l.tz
          from mapping mp
          join members m on m.team_id = ${teamId} and m.slack_user_id = mp.member and not m.deleted
          left join members l on l.team_id = ${teamId} and l.slack_user_id = mp.lead`);
      return rows.map((r) => ({ leadSlackUserId: r.lead, tz: r.tz }));
    },

    /** Per-person rows for the given leads and week window, keyed by lead. */
    async rows(teamId: string, leads: string[], from: Date, to: Date): Promise<Map<string, DigestPersonRow[]>> {
      const out = new Map<string, DigestPersonRow[]>();
      if (!leads.length) return out;
      const rows = await db.execute<Record<string, unknown>>(sql`
        with mapping as (${leadMappingSql(teamId)}),
        people as (
          select m.id, m.slack_user_id, coalesce(nullif(m.display_name, ''), m.real_name) as name,
                 mp.lead, coalesce(mep.share_with_lead, false) as consented, (mep.member_id is not null) as is_mentee
            from mapping mp
            join members m on m.team_id = ${teamId} and m.slack_user_id = mp.member and not m.deleted
            left join mentee_profiles mep on mep.member_id = m.id
           where mp.lead in (${sql.join(
             leads.map((l) => sql`${l}`),
             sql`, `,
           )})
        ),
        mine as (
          select pe.id as person, p.id as pairing, p.state, p.at_risk, p.baseline_confidence,
                 (p.mentee_member_id = pe.id) as as_mentee
            from people pe
            join pairings p on p.mentee_member_id = pe.id or p.mentor_member_id = pe.id
        ),
        -- One aggregate per question, each grouped by person and joined once: the cost grows with the rows
        -- involved, not with people × pairings (as one correlated subquery per person and column did).
        per_pairing as (
          select person, count(*) filter (where state = 'active')::int as active_pairings,
                 avg(baseline_confidence) filter (where as_mentee and state = 'active')::float as conf_before,
                 bool_or(at_risk and state = 'active') as at_risk
            from mine group by person
        ),
        this_week as (
          select mine.person, count(*) filter (where s.status = 'held')::int as held, count(*)::int as planned
            from mine join sessions s on s.pairing_id = mine.pairing
           where s.status in ('confirmed', 'held') and s.starts_at >= ${from.toISOString()}::timestamptz and s.starts_at < ${to.toISOString()}::timestamptz
           group by mine.person
        ),
        kpi as (
          select mine.person, avg(least(100, floor(100 * k.current / nullif(k.target, 0))))::float as kpi_avg
            from mine join kpis k on k.pairing_id = mine.pairing
           where mine.as_mentee
           group by mine.person
        ),
        latest_confidence as (
          select distinct on (mine.person) mine.person, c.confidence
            from mine join sessions s on s.pairing_id = mine.pairing join checkins c on c.session_id = s.id and c.member_id = mine.person
           where mine.as_mentee and c.confidence is not null
           order by mine.person, c.created_at desc, c.id desc
        )
        select pe.slack_user_id, pe.name, pe.lead, pe.consented, pe.is_mentee,
               exists (select 1 from mentor_profiles mp where mp.member_id = pe.id) as is_mentor,
               coalesce(pp.active_pairings, 0) as active_pairings,
               coalesce(w.held, 0) as held,
               coalesce(w.planned, 0) as planned,
               k.kpi_avg,
               pp.conf_before,
               lc.confidence as conf_now,
               coalesce(pp.at_risk, false) as at_risk
          from people pe
          left join per_pairing pp on pp.person = pe.id
          left join this_week w on w.person = pe.id
          left join kpi k on k.person = pe.id
          left join latest_confidence lc on lc.person = pe.id`);
      for (const r of rows) {
        const lead = String(r.lead);
        const list = out.get(lead) ?? [];
        list.push({
          slackUserId: String(r.slack_user_id),
          displayName: String(r.name ?? ''),
          consented: r.consented === true,
          isMentee: r.is_mentee === true,
          isMentor: r.is_mentor === true,
          activePairings: Number(r.active_pairings ?? 0),
          sessionsHeldThisWeek: Number(r.held ?? 0),
          sessionsPlannedThisWeek: Number(r.planned ?? 0),
          kpiPercentAvg: r.kpi_avg === null || r.kpi_avg === undefined ? null : Number(r.kpi_avg),
          confidenceBefore: r.conf_before === null || r.conf_before === undefined ? null : Number(r.conf_before),
          confidenceNow: r.conf_now === null || r.conf_now === undefined ? null : Number(r.conf_now),
          atRisk: r.at_risk === true,
        });
        out.set(lead, list);
      }
      return out;
    },

    /** Active pairings with their mentee's zone and pause state, for the monthly KPI nudge tick. */
    async activeMentees(): Promise<{ teamId: string; pairingId: number; tz: string; pausedAt: Date | null; pausedUntil: string | null }[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`
        select p.team_id, p.id, m.tz, m.paused_at, m.paused_until::text as paused_until
          from pairings p join members m on m.id = p.mentee_member_id
          join workspaces w on w.team_id = p.team_id and w.active
         where p.state = 'active' and not m.deleted`);
      return rows.map((r) => ({
        teamId: String(r.team_id),
        pairingId: Number(r.id),
        tz: String(r.tz),
        pausedAt: r.paused_at ? new Date(r.paused_at as string) : null,
        pausedUntil: (r.paused_until as string | null) ?? null,
      }));
    },

    async activeTeams(): Promise<{ teamId: string; digestWeekday: number; digestHour: number }[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`select team_id, digest_weekday, digest_hour from workspaces where active`);
      return rows.map((r) => ({ teamId: String(r.team_id), digestWeekday: Number(r.digest_weekday), digestHour: Number(r.digest_hour) }));
    },
  };
}

export type DigestRepository = ReturnType<typeof createDigestRepository>;
