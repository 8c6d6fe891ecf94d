import {
  and,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../client';
import {
  cohortMembers,
  cohortProposals,
  cohorts,
  cohortSurveyResponses,
  members,
  programAdmins,
  workspaces,
  type AvailabilityWindow,
  type LocalisedText,
  type UnmatchedMentee,
} from '../schema';
import type { ProgramStatsInput } from '../../domain/stats';
import type { PairingState } from '../../domain/pairing/state-machine';
import type { CsvValue } from '../../domain/csv';

export type CohortRow = typeof cohorts.$inferSelect;
export type CohortProposalRow = typeof cohortProposals.$inferSelect;

/** The workspace settings an admin edits. */
export interface WorkspaceSettings {
  digestWeekday: number;
  digestHour: number;
  quietStart: string;
  quietEnd: string;
  quietWeekends: boolean;
  reminderOffsets: number[];
  defaultCadence: string;
  leadSource: string;
  leadFieldId: string | null;
  notesRetentionDays: number;
}

/** One proposal of a cohort preview, with what the admin needs to read it. */
export interface ProposalLine {
  id: number;
  revision: number;
  menteeMemberId: number;
  menteeSlackId: string;
  menteeName: string;
  mentorSlackId: string;
  mentorName: string;
  skillNames: LocalisedText;
  score: number;
  status: string;
}

/** Everything batch matching needs about a cohort, in a handful of set-based reads. */
export interface CohortMatchingData {
  people: (typeof members.$inferSelect)[];
  goals: { memberId: number; skillId: number; level: number; position: number }[];
  menteeProfiles: { memberId: number; leadSlackUserId: string | null; avoidSlackUserIds: string[] }[];
  mentorProfiles: {
    memberId: number;
    capacity: number;
    styles: string[];
    languages: string[];
    availability: AvailabilityWindow[];
  }[];
  teaching: { memberId: number; skillId: number; level: number }[];
  /** Open pairings per mentor (any skill, any mentee). */
  openAsMentor: Map<number, number>;
  /** `menteeId:skillId` of open pairings: those skills are already being learned. */
  openAsMentee: Set<string>;
  /** Ended pairings of the cohort's mentees (for the no-repeat rule). */
  past: { menteeMemberId: number; mentorMemberId: number; endedAt: Date }[];
}

export type PrimerStatus = { slackUserId: string; name: string; sentAt: Date | null; ackAt: Date | null };

export type ExportKind = 'pairings' | 'sessions' | 'kpis';

const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(String(v)));
const num = (v: unknown): number => Number(v ?? 0);
const nameSql = (alias: string) =>
  sql.raw(
    `coalesce(nullif(${alias}.display_name, ''), nullif(${alias}.real_name, ''), ${alias}.slack_user_id)`,
  );

/** Program administration: admins, settings, cohorts, proposals, survey, and the set-based reports. */
export function createAdminRepository(db: Db) {
  /** The pairings an admin report covers: the workspace, or one cohort's published proposals. */
  const scope = (teamId: string, cohortId?: number): SQL =>
    cohortId === undefined
      ? sql`select * from pairings where team_id = ${teamId}`
      : sql`select * from pairings where team_id = ${teamId}
              and id in (select pairing_id from cohort_proposals where cohort_id = ${cohortId} and pairing_id is not null)`;

  return {
    // ---------------------------------------------------------------------------------------------------
    // Admins and settings

    async adminIds(teamId: string): Promise<string[]> {
      const rows = await db
        .select({ id: programAdmins.slackUserId })
        .from(programAdmins)
        .where(eq(programAdmins.teamId, teamId))
        .orderBy(programAdmins.createdAt);
      return rows.map((r) => r.id);
    },

    async installer(teamId: string): Promise<string | null> {
      const [w] = await db
        .select({ id: workspaces.installerUserId })
        .from(workspaces)
        .where(eq(workspaces.teamId, teamId));
      return w?.id ?? null;
    },

    async settings(teamId: string): Promise<WorkspaceSettings> {
      await db.insert(workspaces).values({ teamId }).onConflictDoNothing();
      const [w] = await db.select().from(workspaces).where(eq(workspaces.teamId, teamId));
      return {
        digestWeekday: w!.digestWeekday,
        digestHour: w!.digestHour,
        quietStart: w!.quietStart,
        quietEnd: w!.quietEnd,
        quietWeekends: w!.quietWeekends,
        reminderOffsets: w!.reminderOffsets,
        defaultCadence: w!.defaultCadence,
        leadSource: w!.leadSource,
        leadFieldId: w!.leadFieldId,
        notesRetentionDays: w!.notesRetentionDays,
      };
    },

    /** Saves settings and replaces the admin list in one transaction. */
    async saveSettings(
      teamId: string,
      s: WorkspaceSettings,
      admins: readonly string[],
      by: string,
      now: Date,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.insert(workspaces).values({ teamId }).onConflictDoNothing();
        await tx
          .update(workspaces)
          .set({ ...s, updatedAt: now })
          .where(eq(workspaces.teamId, teamId));
        await tx
          .delete(programAdmins)
          .where(and(eq(programAdmins.teamId, teamId), notInArray(programAdmins.slackUserId, [...admins])));
        await tx
          .insert(programAdmins)
          .values(admins.map((id) => ({ teamId, slackUserId: id, addedBy: by, createdAt: now })))
          .onConflictDoNothing();
      });
    },

    /** Which of `ids` are known to be bots or deactivated (unknown people are not judged). */
    async unusableMembers(teamId: string, ids: readonly string[]): Promise<string[]> {
      if (!ids.length) return [];
      const rows = await db
        .select({ id: members.slackUserId })
        .from(members)
        .where(
          and(
            eq(members.teamId, teamId),
            inArray(members.slackUserId, [...ids]),
            or(eq(members.isBot, true), eq(members.deleted, true)),
          ),
        );
      return rows.map((r) => r.id);
    },

    // ---------------------------------------------------------------------------------------------------
    // Cohorts

    async createCohort(
      teamId: string,
      name: string,
      createdBy: string,
      invitees: readonly string[],
      now: Date,
    ): Promise<CohortRow> {
      return db.transaction(async (tx) => {
        await tx.insert(workspaces).values({ teamId }).onConflictDoNothing();
        const [row] = await tx
          .insert(cohorts)
          .values({ teamId, name, createdBy, createdAt: now, updatedAt: now })
          .returning();
        if (invitees.length) {
          await tx
            .insert(cohortMembers)
            .values(
              [...new Set(invitees)].map((id) => ({
                cohortId: row!.id,
                teamId,
                slackUserId: id,
                invitedBy: createdBy,
                invitedAt: now,
              })),
            )
            .onConflictDoNothing();
        }
        return row!;
      });
    },

    async cohort(teamId: string, id: number): Promise<CohortRow | undefined> {
      const [row] = await db
        .select()
        .from(cohorts)
        .where(and(eq(cohorts.teamId, teamId), eq(cohorts.id, id)));
      return row;
    },

    /** The newest cohorts with their member and proposal counts. */
    async listCohorts(
      teamId: string,
      limit: number,
    ): Promise<(CohortRow & { invited: number; proposals: number })[]> {
      const rows = await db
        .select({
          cohort: cohorts,
          invited: sql<number>`(select count(*)::int from cohort_members cm where cm.cohort_id = ${cohorts.id})`,
          proposals: sql<number>`(select count(*)::int from cohort_proposals cp where cp.cohort_id = ${cohorts.id})`,
        })
        .from(cohorts)
        .where(eq(cohorts.teamId, teamId))
        .orderBy(desc(cohorts.createdAt), desc(cohorts.id))
        .limit(limit);
      return rows.map((r) => ({ ...r.cohort, invited: num(r.invited), proposals: num(r.proposals) }));
    },

    /** Adds people; returns the Slack ids that were not in the cohort before. */
    async addCohortMembers(
      teamId: string,
      cohortId: number,
      ids: readonly string[],
      by: string,
      now: Date,
    ): Promise<string[]> {
      if (!ids.length) return [];
      const rows = await db
        .insert(cohortMembers)
        .values(
          [...new Set(ids)].map((id) => ({
            cohortId,
            teamId,
            slackUserId: id,
            invitedBy: by,
            invitedAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: cohortMembers.slackUserId });
      await db.update(cohorts).set({ updatedAt: now }).where(eq(cohorts.id, cohortId));
      return rows.map((r) => r.id);
    },

    async cohortMembers(cohortId: number): Promise<{ slackUserId: string; invitedBy: string }[]> {
      return db
        .select({ slackUserId: cohortMembers.slackUserId, invitedBy: cohortMembers.invitedBy })
        .from(cohortMembers)
        .where(eq(cohortMembers.cohortId, cohortId))
        .orderBy(cohortMembers.invitedAt, cohortMembers.slackUserId);
    },

    async isCohortMember(cohortId: number, slackUserId: string): Promise<boolean> {
      const rows = await db
        .select({ id: cohortMembers.slackUserId })
        .from(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.slackUserId, slackUserId)));
      return rows.length === 1;
    },

    /** "Run matching": a new revision (older jobs and Publish buttons become stale). */
    async startMatching(teamId: string, cohortId: number, now: Date): Promise<number | undefined> {
      const [row] = await db
        .update(cohorts)
        .set({
          status: 'matching',
          matchRevision: sql`${cohorts.matchRevision} + 1`,
          matchRequestedAt: now,
          updatedAt: now,
        })
        .where(and(eq(cohorts.teamId, teamId), eq(cohorts.id, cohortId)))
        .returning({ revision: cohorts.matchRevision });
      return row?.revision;
    },

    /**
     * Stores a batch result as the cohort's preview, if `revision` is still the newest run. Proposals of
     * earlier runs without a pairing are replaced (pending ones, and those that could not be sent, so their
     * mentees get another chance); those that led to a pairing stay, and so does one a publisher is sending
     * right now (claimed within `leaseMs`), whose mentee then keeps it instead of a new one.
     */
    async saveMatch(
      cohortId: number,
      revision: number,
      result: {
        pairs: { menteeMemberId: number; mentorMemberId: number; skillId: number; score: number }[];
        unmatched: UnmatchedMentee[];
        total: number;
        exact: boolean;
      },
      now: Date,
      leaseMs: number,
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [cohort] = await tx
          .update(cohorts)
          .set({
            status: 'previewed',
            matchedAt: now,
            matchTotal: result.total,
            matchExact: result.exact,
            unmatched: result.unmatched,
            updatedAt: now,
          })
          .where(and(eq(cohorts.id, cohortId), eq(cohorts.matchRevision, revision)))
          .returning();
        if (!cohort) return false;
        await tx
          .delete(cohortProposals)
          .where(
            and(
              eq(cohortProposals.cohortId, cohortId),
              isNull(cohortProposals.pairingId),
              or(
                ne(cohortProposals.status, 'pending'),
                isNull(cohortProposals.claimedAt),
                lt(cohortProposals.claimedAt, new Date(now.getTime() - leaseMs)),
              ),
            ),
          );
        if (result.pairs.length) {
          await tx
            .insert(cohortProposals)
            .values(
              result.pairs.map((p) => ({ ...p, cohortId, teamId: cohort.teamId, revision, createdAt: now })),
            )
            .onConflictDoNothing();
        }
        return true;
      });
    },

    /** Mentees of the cohort whose proposal led to a pairing (they are not matched again). */
    async publishedMentees(cohortId: number): Promise<number[]> {
      const rows = await db
        .select({ id: cohortProposals.menteeMemberId })
        .from(cohortProposals)
        .where(and(eq(cohortProposals.cohortId, cohortId), isNotNull(cohortProposals.pairingId)));
      return rows.map((r) => r.id);
    },

    /** The cohort's proposals with names and skills, best score first. */
    async proposalLines(cohortId: number): Promise<ProposalLine[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`
        select cp.id, cp.revision, cp.mentee_member_id, me.slack_user_id as mentee_slack_id, ${nameSql('me')} as mentee_name,
               mo.slack_user_id as mentor_slack_id, ${nameSql('mo')} as mentor_name, sk.names, cp.score, cp.status
          from cohort_proposals cp
          join members me on me.id = cp.mentee_member_id
          join members mo on mo.id = cp.mentor_member_id
          join skills sk on sk.id = cp.skill_id
         where cp.cohort_id = ${cohortId}
         order by cp.score desc, cp.id`);
      return rows.map((r) => ({
        id: num(r.id),
        revision: num(r.revision),
        menteeMemberId: num(r.mentee_member_id),
        menteeSlackId: String(r.mentee_slack_id),
        menteeName: String(r.mentee_name),
        mentorSlackId: String(r.mentor_slack_id),
        mentorName: String(r.mentor_name),
        skillNames: r.names as LocalisedText,
        score: num(r.score),
        status: String(r.status),
      }));
    },

    async pendingProposals(cohortId: number): Promise<CohortProposalRow[]> {
      return db
        .select()
        .from(cohortProposals)
        .where(
          and(
            eq(cohortProposals.cohortId, cohortId),
            eq(cohortProposals.status, 'pending'),
            isNull(cohortProposals.pairingId),
          ),
        )
        .orderBy(cohortProposals.id);
    },

    /** Takes the publisher's lease on one proposal (false: done, or someone else is on it right now). */
    async claimProposal(id: number, now: Date, leaseMs: number): Promise<boolean> {
      const rows = await db
        .update(cohortProposals)
        .set({ claimedAt: now })
        .where(
          and(
            eq(cohortProposals.id, id),
            eq(cohortProposals.status, 'pending'),
            isNull(cohortProposals.pairingId),
            or(
              isNull(cohortProposals.claimedAt),
              lt(cohortProposals.claimedAt, new Date(now.getTime() - leaseMs)),
            ),
          ),
        )
        .returning({ id: cohortProposals.id });
      return rows.length === 1;
    },

    async finishProposal(
      id: number,
      status: 'sent' | 'linked' | 'unavailable',
      pairingId: number | null,
      now: Date,
    ): Promise<void> {
      await db
        .update(cohortProposals)
        .set({ status, pairingId, publishedAt: now })
        .where(eq(cohortProposals.id, id));
    },

    async releaseProposal(id: number): Promise<void> {
      await db
        .update(cohortProposals)
        .set({ claimedAt: null })
        .where(and(eq(cohortProposals.id, id), eq(cohortProposals.status, 'pending')));
    },

    async markPublished(cohortId: number, now: Date): Promise<void> {
      await db
        .update(cohorts)
        .set({ status: 'published', publishedAt: now, updatedAt: now })
        .where(eq(cohorts.id, cohortId));
    },

    /** Claims the survey send (true exactly once per cohort). */
    async claimSurvey(cohortId: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(cohorts)
        .set({ surveySentAt: now, updatedAt: now })
        .where(and(eq(cohorts.id, cohortId), isNull(cohorts.surveySentAt)))
        .returning({ id: cohorts.id });
      return rows.length === 1;
    },

    /** Gives the survey claim back (the job could not be queued), so the admin can send it again. */
    async releaseSurvey(cohortId: number): Promise<void> {
      await db.update(cohorts).set({ surveySentAt: null }).where(eq(cohorts.id, cohortId));
    },

    /** Stores one person's answers once (false: they had already answered). */
    async saveSurvey(
      cohortId: number,
      teamId: string,
      slackUserId: string,
      answers: Record<string, number>,
      now: Date,
    ): Promise<boolean> {
      const rows = await db
        .insert(cohortSurveyResponses)
        .values({ cohortId, teamId, slackUserId, answers, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: cohortSurveyResponses.slackUserId });
      return rows.length === 1;
    },

    async hasAnswered(cohortId: number, slackUserId: string): Promise<boolean> {
      const rows = await db
        .select({ id: cohortSurveyResponses.slackUserId })
        .from(cohortSurveyResponses)
        .where(
          and(
            eq(cohortSurveyResponses.cohortId, cohortId),
            eq(cohortSurveyResponses.slackUserId, slackUserId),
          ),
        );
      return rows.length === 1;
    },

    async surveyAnswers(cohortId: number): Promise<Record<string, number>[]> {
      const rows = await db
        .select({ answers: cohortSurveyResponses.answers })
        .from(cohortSurveyResponses)
        .where(eq(cohortSurveyResponses.cohortId, cohortId))
        .orderBy(cohortSurveyResponses.createdAt);
      return rows.map((r) => r.answers);
    },

    // ---------------------------------------------------------------------------------------------------
    // Batch-matching input

    async cohortMatchingData(teamId: string, cohortId: number): Promise<CohortMatchingData> {
      const people = await db
        .select({ m: members })
        .from(cohortMembers)
        .innerJoin(
          members,
          and(eq(members.teamId, cohortMembers.teamId), eq(members.slackUserId, cohortMembers.slackUserId)),
        )
        .where(
          and(
            eq(cohortMembers.cohortId, cohortId),
            eq(cohortMembers.teamId, teamId),
            eq(members.deleted, false),
            eq(members.isBot, false),
          ),
        )
        .then((rows) => rows.map((r) => r.m));
      const ids = people.map((p) => p.id);
      if (!ids.length) {
        return {
          people,
          goals: [],
          menteeProfiles: [],
          mentorProfiles: [],
          teaching: [],
          openAsMentor: new Map(),
          openAsMentee: new Set(),
          past: [],
        };
      }
      const idList = sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );
      const [goals, mentees, mentors, teaching, open, past] = await Promise.all([
        db.execute<Record<string, unknown>>(
          sql`select member_id, skill_id, level, position from learning_goals where member_id in (${idList}) order by member_id, position, id`,
        ),
        db.execute<Record<string, unknown>>(
          sql`select member_id, lead_slack_user_id, avoid_slack_user_ids from mentee_profiles where member_id in (${idList})`,
        ),
        db.execute<Record<string, unknown>>(
          sql`select member_id, capacity, styles, languages, availability from mentor_profiles where member_id in (${idList})`,
        ),
        db.execute<Record<string, unknown>>(
          sql`select member_id, skill_id, level from teaching_skills where member_id in (${idList})`,
        ),
        db.execute<Record<string, unknown>>(sql`
          select mentor_member_id, mentee_member_id, skill_id from pairings
           where state in ('proposed', 'accepted', 'coffee', 'active')
             and (mentor_member_id in (${idList}) or mentee_member_id in (${idList}))`),
        db.execute<Record<string, unknown>>(sql`
          select mentee_member_id, mentor_member_id, ended_at from pairings
           where mentee_member_id in (${idList}) and ended_at is not null`),
      ]);
      const openAsMentor = new Map<number, number>();
      const openAsMentee = new Set<string>();
      for (const r of open) {
        const mentor = num(r.mentor_member_id);
        openAsMentor.set(mentor, (openAsMentor.get(mentor) ?? 0) + 1);
        openAsMentee.add(`${num(r.mentee_member_id)}:${num(r.skill_id)}`);
      }
      return {
        people,
        goals: goals.map((r) => ({
          memberId: num(r.member_id),
          skillId: num(r.skill_id),
          level: num(r.level),
          position: num(r.position),
        })),
        menteeProfiles: mentees.map((r) => ({
          memberId: num(r.member_id),
          leadSlackUserId: (r.lead_slack_user_id as string | null) ?? null,
          avoidSlackUserIds: (r.avoid_slack_user_ids as string[] | null) ?? [],
        })),
        mentorProfiles: mentors.map((r) => ({
          memberId: num(r.member_id),
          capacity: num(r.capacity),
          styles: (r.styles as string[] | null) ?? [],
          languages: (r.languages as string[] | null) ?? [],
          availability: (r.availability as AvailabilityWindow[] | null) ?? [],
        })),
        teaching: teaching.map((r) => ({
          memberId: num(r.member_id),
          skillId: num(r.skill_id),
          level: num(r.level),
        })),
        openAsMentor,
        openAsMentee,
        past: past.map((r) => ({
          menteeMemberId: num(r.mentee_member_id),
          mentorMemberId: num(r.mentor_member_id),
          endedAt: toDate(r.ended_at)!,
        })),
      };
    },

    // ---------------------------------------------------------------------------------------------------
    // Reports (each one set-based statement, whatever the number of people)

    /** The aggregates behind `buildProgramStats`, for the workspace or one cohort. */
    async statsInput(teamId: string, cohortId?: number): Promise<ProgramStatsInput> {
      const cohortFilter =
        cohortId === undefined
          ? sql``
          : sql`and exists (select 1 from cohort_members cm where cm.cohort_id = ${cohortId} and cm.slack_user_id = m.slack_user_id)`;
      const [people, states, numbers] = await Promise.all([
        db.execute<Record<string, unknown>>(sql`
          with people as (
            select exists (select 1 from learning_goals lg where lg.member_id = m.id) as mentee,
                   exists (select 1 from teaching_skills ts where ts.member_id = m.id) as mentor
              from members m
             where m.team_id = ${teamId} and not m.deleted and not m.is_bot ${cohortFilter})
          select count(*) filter (where mentee or mentor)::int as total,
                 count(*) filter (where mentee)::int as mentees,
                 count(*) filter (where mentor)::int as mentors
            from people`),
        db.execute<Record<string, unknown>>(
          sql`with p as (${scope(teamId, cohortId)}) select state, count(*)::int as n from p group by state`,
        ),
        db.execute<Record<string, unknown>>(sql`
          with p as (${scope(teamId, cohortId)}),
               s as (select s.* from sessions s where s.pairing_id in (select id from p)),
               latest as (
                 select distinct on (s.pairing_id) s.pairing_id, c.confidence
                   from checkins c join s on s.id = c.session_id
                  where c.role = 'mentee' and c.confidence is not null
                  order by s.pairing_id, c.created_at desc, c.id desc)
          select (select count(*)::int from s where s.status = 'held') as sessions_held,
                 (select coalesce(sum(c.rating), 0)::float8 from checkins c join s on s.id = c.session_id where c.rating is not null) as rating_sum,
                 (select count(c.rating)::int from checkins c join s on s.id = c.session_id) as rating_count,
                 (select count(*)::int from kpis k where k.pairing_id in (select id from p)) as kpis_total,
                 (select count(*)::int from kpis k where k.pairing_id in (select id from p) and (k.done_at is not null or k.current >= k.target)) as kpis_done,
                 (select coalesce(sum(p.baseline_confidence), 0)::float8 from p join latest l on l.pairing_id = p.id where p.baseline_confidence is not null) as before_sum,
                 (select coalesce(sum(l.confidence), 0)::float8 from p join latest l on l.pairing_id = p.id where p.baseline_confidence is not null) as after_sum,
                 (select count(*)::int from p join latest l on l.pairing_id = p.id where p.baseline_confidence is not null) as confidence_count`),
      ]);
      const p = people[0] ?? {};
      const n = numbers[0] ?? {};
      const matched = num(n.confidence_count);
      return {
        participants: { total: num(p.total), mentees: num(p.mentees), mentors: num(p.mentors) },
        pairingsByState: states.map((r) => ({ state: String(r.state) as PairingState, count: num(r.n) })),
        sessionsHeld: num(n.sessions_held),
        ratings: { sum: num(n.rating_sum), count: num(n.rating_count) },
        kpis: { total: num(n.kpis_total), done: num(n.kpis_done) },
        // Matched people only (both values), so the change means "the same people got more confident".
        confidenceBefore: { sum: num(n.before_sum), count: matched },
        confidenceAfter: { sum: num(n.after_sum), count: matched },
      };
    },

    /** Mentors and whether they read the primer, unread first. */
    async primerStatus(teamId: string): Promise<PrimerStatus[]> {
      const rows = await db.execute<Record<string, unknown>>(sql`
        select m.slack_user_id, ${nameSql('m')} as name, mp.primer_sent_at, mp.primer_ack_at
          from mentor_profiles mp join members m on m.id = mp.member_id
         where m.team_id = ${teamId} and not m.deleted and not m.is_bot
         order by (mp.primer_ack_at is not null), lower(${nameSql('m')}), m.id`);
      return rows.map((r) => ({
        slackUserId: String(r.slack_user_id),
        name: String(r.name),
        sentAt: toDate(r.primer_sent_at),
        ackAt: toDate(r.primer_ack_at),
      }));
    },

    /**
     * Rows of a CSV export, typed (numbers stay numbers, instants are Dates), with skill names in `lang`.
     * Private text never appears: no end reasons, check-in notes or feedback, KPI update notes or agendas.
     */
    async exportRows(
      teamId: string,
      kind: ExportKind,
      lang: string,
      cohortId?: number,
    ): Promise<CsvValue[][]> {
      const skill = sql`coalesce(sk.names->>${lang}, sk.names->>'en')`;
      if (kind === 'pairings') {
        const rows = await db.execute<Record<string, unknown>>(sql`
          with p as (${scope(teamId, cohortId)}),
               held as (select pairing_id, count(*)::int as n from sessions where status = 'held' and pairing_id in (select id from p) group by pairing_id),
               k as (select pairing_id, count(*)::int as total,
                            count(*) filter (where done_at is not null or current >= target)::int as done
                       from kpis where pairing_id in (select id from p) group by pairing_id),
               latest as (
                 select distinct on (s.pairing_id) s.pairing_id, c.confidence
                   from checkins c join sessions s on s.id = c.session_id
                  where s.pairing_id in (select id from p) and c.role = 'mentee' and c.confidence is not null
                  order by s.pairing_id, c.created_at desc, c.id desc)
          select p.id, ${skill} as skill, ${nameSql('me')} as mentee, me.slack_user_id as mentee_id,
                 ${nameSql('mo')} as mentor, mo.slack_user_id as mentor_id, p.state, p.format, p.cadence,
                 p.created_at, p.active_at, p.ended_at, coalesce(held.n, 0) as sessions_held,
                 coalesce(k.total, 0) as kpis_total, coalesce(k.done, 0) as kpis_done,
                 p.baseline_confidence, latest.confidence as latest_confidence, p.at_risk
            from p
            join members me on me.id = p.mentee_member_id
            join members mo on mo.id = p.mentor_member_id
            join skills sk on sk.id = p.skill_id
            left join held on held.pairing_id = p.id
            left join k on k.pairing_id = p.id
            left join latest on latest.pairing_id = p.id
           order by p.id`);
        return rows.map((r) => [
          num(r.id),
          String(r.skill ?? ''),
          String(r.mentee),
          String(r.mentee_id),
          String(r.mentor),
          String(r.mentor_id),
          String(r.state),
          String(r.format ?? ''),
          (r.cadence as string | null) ?? null,
          toDate(r.created_at),
          toDate(r.active_at),
          toDate(r.ended_at),
          num(r.sessions_held),
          num(r.kpis_total),
          num(r.kpis_done),
          r.baseline_confidence === null ? null : num(r.baseline_confidence),
          r.latest_confidence === null ? null : num(r.latest_confidence),
          Boolean(r.at_risk),
        ]);
      }
      if (kind === 'sessions') {
        const rows = await db.execute<Record<string, unknown>>(sql`
          with p as (${scope(teamId, cohortId)})
          select s.id, s.pairing_id, ${skill} as skill, ${nameSql('me')} as mentee, ${nameSql('mo')} as mentor,
                 s.starts_at, s.duration_minutes, s.status, s.held_at,
                 max(c.rating) filter (where c.role = 'mentee') as mentee_rating,
                 max(c.rating) filter (where c.role = 'mentor') as mentor_rating,
                 max(c.confidence) filter (where c.role = 'mentee') as mentee_confidence
            from sessions s
            join p on p.id = s.pairing_id
            join members me on me.id = p.mentee_member_id
            join members mo on mo.id = p.mentor_member_id
            join skills sk on sk.id = p.skill_id
            left join checkins c on c.session_id = s.id
           group by s.id, p.id, sk.id, me.id, mo.id
           order by s.starts_at, s.id`);
        const maybe = (v: unknown) => (v === null || v === undefined ? null : num(v));
        return rows.map((r) => [
          num(r.id),
          num(r.pairing_id),
          String(r.skill ?? ''),
          String(r.mentee),
          String(r.mentor),
          toDate(r.starts_at),
          num(r.duration_minutes),
          String(r.status),
          toDate(r.held_at),
          maybe(r.mentee_rating),
          maybe(r.mentor_rating),
          maybe(r.mentee_confidence),
        ]);
      }
      const rows = await db.execute<Record<string, unknown>>(sql`
        with p as (${scope(teamId, cohortId)})
        select k.id, k.pairing_id, ${skill} as skill, ${nameSql('me')} as mentee, ${nameSql('mo')} as mentor,
               k.description, k.target::float8 as target, k.unit, k.current::float8 as current, k.start_date::text as start_date,
               k.due_date::text as due_date, k.done_at
          from kpis k
          join p on p.id = k.pairing_id
          join members me on me.id = p.mentee_member_id
          join members mo on mo.id = p.mentor_member_id
          join skills sk on sk.id = p.skill_id
         order by k.pairing_id, k.id`);
      return rows.map((r) => [
        num(r.id),
        num(r.pairing_id),
        String(r.skill ?? ''),
        String(r.mentee),
        String(r.mentor),
        String(r.description ?? ''),
        num(r.target),
        String(r.unit ?? ''),
        num(r.current),
        (r.start_date as string | null) ?? null,
        (r.due_date as string | null) ?? null,
        toDate(r.done_at),
      ]);
    },
  };
}

export type AdminRepository = ReturnType<typeof createAdminRepository>;
