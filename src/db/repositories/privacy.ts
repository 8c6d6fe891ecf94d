import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  checkins,
  cohortMembers,
  cohortProposals,
  cohorts,
  cohortSurveyResponses,
  deliveries,
  installations,
  kpis,
  kpiUpdates,
  leadMappings,
  learningGoals,
  members,
  menteeProfiles,
  mentorProfiles,
  pairings,
  programAdmins,
  sessions,
  skills,
  teachingSkills,
  waitlist,
  workspaces,
} from '../schema';
import { OPEN_STATES } from './pairings';

/**
 * The one member row per workspace that erased people's pairings point to: no Slack id, no name. Pairings
 * must reference a member, and keeping them (as anonymous counts) keeps the program's statistics right.
 * `~` can never start a Slack id, so no real person can ever be this row.
 */
export const ERASED_SLACK_ID = '~erased';

/** A pairing the erasure ended while it was still open, so its other person can be told. */
export interface EndedPairing {
  pairingId: number;
  skillId: number;
  partnerMemberId: number;
}

export interface ErasureResult {
  erased: boolean;
  endedPairings: EndedPairing[];
  pairingIds: number[];
}

/**
 * GDPR for one person in one workspace: everything we hold about them (export) and its erasure. Notes
 * retention for every workspace lives here too. All statements are scoped by team id.
 */
export function createPrivacyRepository(db: Db) {
  return {
    async retentionDays(teamId: string): Promise<number> {
      const [w] = await db.select({ d: workspaces.notesRetentionDays }).from(workspaces).where(eq(workspaces.teamId, teamId));
      return w?.d ?? 365;
    },

    /** Everything stored about a member, as plain JSON-able data (see `src/services/privacy.ts` for the shape). */
    async collect(teamId: string, memberId: number) {
      const [member] = await db.select().from(members).where(and(eq(members.teamId, teamId), eq(members.id, memberId)));
      if (!member) return undefined;
      const slackId = member.slackUserId;
      const [menteeProfile] = await db.select().from(menteeProfiles).where(eq(menteeProfiles.memberId, memberId));
      const goals = await db
        .select({ skill: skills.slug, level: learningGoals.level, goal: learningGoals.goal, updatedAt: learningGoals.updatedAt })
        .from(learningGoals)
        .innerJoin(skills, eq(skills.id, learningGoals.skillId))
        .where(eq(learningGoals.memberId, memberId))
        .orderBy(asc(learningGoals.position));
      const [mentorProfile] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.memberId, memberId));
      const teaching = await db
        .select({ skill: skills.slug, level: teachingSkills.level, updatedAt: teachingSkills.updatedAt })
        .from(teachingSkills)
        .innerJoin(skills, eq(skills.id, teachingSkills.skillId))
        .where(eq(teachingSkills.memberId, memberId))
        .orderBy(asc(teachingSkills.position));
      const pairingRows = await db
        .select({ p: pairings, skill: skills.slug })
        .from(pairings)
        .innerJoin(skills, eq(skills.id, pairings.skillId))
        .where(and(eq(pairings.teamId, teamId), or(eq(pairings.menteeMemberId, memberId), eq(pairings.mentorMemberId, memberId))))
        .orderBy(asc(pairings.createdAt));
      const pairingIds = pairingRows.map((r) => r.p.id);
      const partnerIds = pairingRows.map((r) => (r.p.menteeMemberId === memberId ? r.p.mentorMemberId : r.p.menteeMemberId));
      const partners = partnerIds.length
        ? await db.select({ id: members.id, slackUserId: members.slackUserId }).from(members).where(and(eq(members.teamId, teamId), inArray(members.id, partnerIds)))
        : [];
      const sessionRows = pairingIds.length
        ? await db.select().from(sessions).where(and(eq(sessions.teamId, teamId), inArray(sessions.pairingId, pairingIds))).orderBy(asc(sessions.startsAt))
        : [];
      const ownCheckins = await db.select().from(checkins).where(eq(checkins.memberId, memberId)).orderBy(asc(checkins.createdAt));
      const kpiRows = pairingIds.length ? await db.select().from(kpis).where(and(eq(kpis.teamId, teamId), inArray(kpis.pairingId, pairingIds))) : [];
      const ownKpiUpdates = await db.select().from(kpiUpdates).where(eq(kpiUpdates.memberId, memberId)).orderBy(asc(kpiUpdates.createdAt));
      const waiting = await db
        .select({ skill: skills.slug, createdAt: waitlist.createdAt, notifiedAt: waitlist.notifiedAt })
        .from(waitlist)
        .innerJoin(skills, eq(skills.id, waitlist.skillId))
        .where(eq(waitlist.memberId, memberId));
      const delivered = await db
        .select({ key: deliveries.key, kind: deliveries.kind, createdAt: deliveries.createdAt, sentAt: deliveries.sentAt })
        .from(deliveries)
        .where(and(eq(deliveries.teamId, teamId), eq(deliveries.recipient, slackId)))
        .orderBy(asc(deliveries.createdAt));
      const cohortsJoined = await db
        .select({ cohort: cohorts.name, invitedAt: cohortMembers.invitedAt })
        .from(cohortMembers)
        .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
        .where(and(eq(cohortMembers.teamId, teamId), eq(cohortMembers.slackUserId, slackId)));
      const surveyAnswers = await db
        .select({ cohortId: cohortSurveyResponses.cohortId, answers: cohortSurveyResponses.answers, createdAt: cohortSurveyResponses.createdAt })
        .from(cohortSurveyResponses)
        .where(and(eq(cohortSurveyResponses.teamId, teamId), eq(cohortSurveyResponses.slackUserId, slackId)));
      const leadRows = await db
        .select({ source: leadMappings.source, lead: leadMappings.leadSlackId })
        .from(leadMappings)
        .where(and(eq(leadMappings.teamId, teamId), eq(leadMappings.memberSlackId, slackId)));
      return {
        member,
        menteeProfile,
        goals,
        mentorProfile,
        teaching,
        pairings: pairingRows.map((r, i) => ({ ...r.p, skill: r.skill, partnerSlackUserId: partners.find((p) => p.id === partnerIds[i])?.slackUserId ?? null })),
        sessions: sessionRows,
        checkins: ownCheckins,
        kpis: kpiRows,
        kpiUpdates: ownKpiUpdates,
        waitlist: waiting,
        deliveries: delivered,
        cohorts: cohortsJoined,
        surveyAnswers,
        leadMappings: leadRows,
      };
    },

    /**
     * Erases one person's personal data in one transaction:
     * - their open pairings end (sessions still planned are cancelled); every pairing they were part of then
     *   points to the workspace's anonymous member, with the texts they wrote cleared (a mentee's goals,
     *   KPI drafts, offers, plan, agendas and KPI descriptions; their own private reason for ending; a
     *   mentor's DM location), so only counts, states, dates and skills remain;
     * - their Slack id is removed wherever it is stored as text (others' lead field and "don't pair me with"
     *   lists, lead mappings, program admins, cohort invitations and survey answers, skills they added,
     *   installer fields, deliveries addressed to them and delivery payloads naming them);
     * - their member row is deleted, which cascades to profiles, goals, teaching skills, check-ins, KPI
     *   updates, waitlist entries and cohort proposals.
     * Free text other people wrote about them in their own notes is the other people's data and stays.
     */
    async erase(teamId: string, memberId: number, now: Date): Promise<ErasureResult> {
      return db.transaction(async (tx) => {
        const [member] = await tx
          .select()
          .from(members)
          .where(and(eq(members.teamId, teamId), eq(members.id, memberId)))
          .for('update');
        if (!member || member.slackUserId === ERASED_SLACK_ID) return { erased: false, endedPairings: [], pairingIds: [] };
        const slackId = member.slackUserId;

        const [tomb] = await tx
          .insert(members)
          .values({ teamId, slackUserId: ERASED_SLACK_ID, displayName: '', realName: '', deleted: true, tz: 'UTC', locale: 'en-US', updatedAt: now })
          .onConflictDoUpdate({ target: [members.teamId, members.slackUserId], set: { updatedAt: now } })
          .returning({ id: members.id });
        const tombId = tomb!.id;

        const theirs = await tx
          .select()
          .from(pairings)
          .where(and(eq(pairings.teamId, teamId), or(eq(pairings.menteeMemberId, memberId), eq(pairings.mentorMemberId, memberId))))
          .for('update');
        const pairingIds = theirs.map((p) => p.id);
        const open = theirs.filter((p) => (OPEN_STATES as readonly string[]).includes(p.state));
        const endedPairings = open.map((p) => ({
          pairingId: p.id,
          skillId: p.skillId,
          partnerMemberId: p.menteeMemberId === memberId ? p.mentorMemberId : p.menteeMemberId,
        }));

        if (open.length) {
          const openIds = open.map((p) => p.id);
          await tx
            .update(sessions)
            .set({ status: 'cancelled', updatedAt: now })
            .where(and(eq(sessions.teamId, teamId), inArray(sessions.pairingId, openIds), inArray(sessions.status, ['proposed', 'confirmed'])));
          for (const p of open) {
            await tx
              .update(pairings)
              .set({ state: 'ended', endedBy: p.menteeMemberId === memberId ? 'mentee' : 'mentor', endedAt: now, updatedAt: now })
              .where(and(eq(pairings.teamId, teamId), eq(pairings.id, p.id)));
          }
        }

        const asMentee = theirs.filter((p) => p.menteeMemberId === memberId).map((p) => p.id);
        const asMentor = theirs.filter((p) => p.mentorMemberId === memberId).map((p) => p.id);
        if (asMentee.length) {
          await tx
            .update(pairings)
            .set({
              menteeMemberId: tombId,
              goals: '',
              kpiDrafts: [],
              offers: [],
              offerNote: '',
              successCriteria: null,
              planKpis: null,
              endReason: sql`case when ${pairings.endedBy} = 'mentee' then null else ${pairings.endReason} end`,
              updatedAt: now,
            })
            .where(and(eq(pairings.teamId, teamId), inArray(pairings.id, asMentee)));
          // The mentee prepares agendas and writes the KPIs.
          await tx.update(sessions).set({ agendaTopics: [], agendaHandsOn: '' }).where(and(eq(sessions.teamId, teamId), inArray(sessions.pairingId, asMentee)));
          await tx.update(kpis).set({ description: '', unit: '' }).where(and(eq(kpis.teamId, teamId), inArray(kpis.pairingId, asMentee)));
        }
        if (asMentor.length) {
          await tx
            .update(pairings)
            .set({
              mentorMemberId: tombId,
              proposalChannel: null,
              proposalTs: null,
              endReason: sql`case when ${pairings.endedBy} = 'mentor' then null else ${pairings.endReason} end`,
              updatedAt: now,
            })
            .where(and(eq(pairings.teamId, teamId), inArray(pairings.id, asMentor)));
        }

        // Their Slack id wherever it is stored as text.
        const teamMembers = tx.select({ id: members.id }).from(members).where(eq(members.teamId, teamId));
        await tx.update(menteeProfiles).set({ leadSlackUserId: null }).where(and(eq(menteeProfiles.leadSlackUserId, slackId), inArray(menteeProfiles.memberId, teamMembers)));
        await tx
          .update(menteeProfiles)
          .set({ avoidSlackUserIds: sql`array_remove(${menteeProfiles.avoidSlackUserIds}, ${slackId})` })
          .where(and(sql`${slackId} = any(${menteeProfiles.avoidSlackUserIds})`, inArray(menteeProfiles.memberId, teamMembers)));
        await tx.delete(leadMappings).where(and(eq(leadMappings.teamId, teamId), or(eq(leadMappings.memberSlackId, slackId), eq(leadMappings.leadSlackId, slackId))));
        await tx.delete(programAdmins).where(and(eq(programAdmins.teamId, teamId), eq(programAdmins.slackUserId, slackId)));
        await tx.update(programAdmins).set({ addedBy: null }).where(and(eq(programAdmins.teamId, teamId), eq(programAdmins.addedBy, slackId)));
        await tx.delete(cohortMembers).where(and(eq(cohortMembers.teamId, teamId), eq(cohortMembers.slackUserId, slackId)));
        await tx.update(cohortMembers).set({ invitedBy: '' }).where(and(eq(cohortMembers.teamId, teamId), eq(cohortMembers.invitedBy, slackId)));
        await tx.delete(cohortSurveyResponses).where(and(eq(cohortSurveyResponses.teamId, teamId), eq(cohortSurveyResponses.slackUserId, slackId)));
        await tx.update(cohorts).set({ createdBy: '' }).where(and(eq(cohorts.teamId, teamId), eq(cohorts.createdBy, slackId)));
        await tx.update(skills).set({ createdBy: null }).where(and(eq(skills.teamId, teamId), eq(skills.createdBy, slackId)));
        await tx.update(workspaces).set({ installerUserId: null }).where(and(eq(workspaces.teamId, teamId), eq(workspaces.installerUserId, slackId)));
        await tx.update(installations).set({ installerUserId: null }).where(and(eq(installations.teamId, teamId), eq(installations.installerUserId, slackId)));
        await tx.delete(deliveries).where(and(eq(deliveries.teamId, teamId), eq(deliveries.recipient, slackId)));
        await tx.update(deliveries).set({ payload: null }).where(and(eq(deliveries.teamId, teamId), sql`${deliveries.payload}::text like ${`%${slackId}%`}`));

        // Cascades: mentee/mentor profiles, goals, teaching skills, check-ins, KPI updates, waitlist, cohort proposals.
        await tx.delete(cohortProposals).where(and(eq(cohortProposals.teamId, teamId), or(eq(cohortProposals.menteeMemberId, memberId), eq(cohortProposals.mentorMemberId, memberId))));
        await tx.delete(members).where(and(eq(members.teamId, teamId), eq(members.id, memberId)));
        return { erased: true, endedPairings, pairingIds };
      });
    },

    /**
     * Notes retention, for every active workspace at once: notes older than the workspace's
     * `notes_retention_days` are cleared (ratings, counts and dates stay). Idempotent; returns how many rows
     * changed per kind.
     */
    async purgeExpiredNotes(now: Date): Promise<{ checkins: number; agendas: number; kpiNotes: number; endReasons: number }> {
      const cutoff = (col: unknown) => sql`${col} < ${now.toISOString()}::timestamptz - make_interval(days => greatest(w.notes_retention_days, 1))`;
      const checkinRows = await db.execute(sql`
        update checkins c set learned = '', feedback = ''
          from sessions s join workspaces w on w.team_id = s.team_id
         where c.session_id = s.id and w.active and ${cutoff(sql`c.created_at`)} and (c.learned <> '' or c.feedback <> '')
        returning c.id`);
      const agendaRows = await db.execute(sql`
        update sessions s set agenda_topics = '{}', agenda_hands_on = ''
          from workspaces w
         where w.team_id = s.team_id and w.active and ${cutoff(sql`s.starts_at`)} and (cardinality(s.agenda_topics) > 0 or s.agenda_hands_on <> '')
        returning s.id`);
      const kpiRows = await db.execute(sql`
        update kpi_updates u set note = ''
          from kpis k join workspaces w on w.team_id = k.team_id
         where u.kpi_id = k.id and w.active and ${cutoff(sql`u.created_at`)} and u.note <> ''
        returning u.id`);
      const endRows = await db.execute(sql`
        update pairings p set end_reason = null
          from workspaces w
         where w.team_id = p.team_id and w.active and p.ended_at is not null and ${cutoff(sql`p.ended_at`)} and p.end_reason is not null
        returning p.id`);
      return { checkins: checkinRows.length, agendas: agendaRows.length, kpiNotes: kpiRows.length, endReasons: endRows.length };
    },
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
export type PersonalData = NonNullable<Awaited<ReturnType<PrivacyRepository['collect']>>>;
