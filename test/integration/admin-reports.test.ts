import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { createAdminRepository } from '../../src/db/repositories/admin';
import { createLeadRepository, leadMappingSql } from '../../src/db/repositories/leads';
import {
  checkins,
  cohortMembers,
  cohortProposals,
  cohorts,
  kpis,
  kpiUpdates,
  learningGoals,
  menteeProfiles,
  members,
  mentorProfiles,
  pairings,
  sessions,
  skills,
  teachingSkills,
  workspaces,
} from '../../src/db/schema';
import { buildProgramStats } from '../../src/domain/stats';
import { toCsv } from '../../src/domain/csv';
import { matchCohort } from '../../src/domain/admin/cohort-matching';
import { buildReportingLine } from '../../src/domain/matching/score';
import { cohortMatchingInput } from '../../src/services/admin-cohorts';
import { EXPORT_COLUMNS } from '../../src/services/admin-reports';
import { eq, sql } from 'drizzle-orm';

/**
 * The admin's set-based reads against real Postgres: program stats (workspace and cohort), CSV rows without any
 * private text, the lead mapping per source, and the cohort matching input with CSV leads.
 */
describe('admin reports and lead mapping (Postgres)', () => {
  let db: TestDatabase;
  const T = 'T0ADMIN';
  const ids: Record<string, number> = {};
  let skill: number;
  let cohortId: number;
  const now = new Date('2027-03-10T10:00:00Z');
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    db = await createTestDatabase();
    const d = db.db;
    await d.insert(workspaces).values({ teamId: T });
    for (const [slack, name] of [
      ['UE1', 'Ana'],
      ['UO1', 'Bo'],
      ['UE2', 'Cy'],
      ['UO2', 'Di'],
    ] as const) {
      const [m] = await d
        .insert(members)
        .values({ teamId: T, slackUserId: slack, displayName: name, tz: 'Europe/Berlin', locale: 'en-US' })
        .returning();
      ids[slack] = m!.id;
    }
    skill = (
      await d
        .insert(skills)
        .values({ teamId: T, slug: 'tableau-x', names: { en: 'Tableau', de: 'Tableau DE' } })
        .returning()
    )[0]!.id;
    await d.insert(menteeProfiles).values([{ memberId: ids.UE1! }, { memberId: ids.UE2! }]);
    await d.insert(learningGoals).values([
      { memberId: ids.UE1!, skillId: skill, level: 1, goal: 'x' },
      { memberId: ids.UE2!, skillId: skill, level: 2, goal: 'y' },
    ]);
    await d.insert(mentorProfiles).values([
      {
        memberId: ids.UO1!,
        capacity: 3,
        primerSentAt: at('2027-03-01T10:00:00Z'),
        primerAckAt: at('2027-03-02T10:00:00Z'),
      },
      { memberId: ids.UO2!, capacity: 3, primerSentAt: at('2027-03-01T10:00:00Z') },
    ]);
    await d.insert(teachingSkills).values([
      { memberId: ids.UO1!, skillId: skill, level: 5 },
      { memberId: ids.UO2!, skillId: skill, level: 5 },
    ]);
    const pair = (
      mentee: string,
      mentor: string,
      state: string,
      extra: Partial<typeof pairings.$inferInsert> = {},
    ) =>
      d
        .insert(pairings)
        .values({
          teamId: T,
          menteeMemberId: ids[mentee]!,
          mentorMemberId: ids[mentor]!,
          skillId: skill,
          state,
          ...extra,
        })
        .returning()
        .then((r) => r[0]!.id);
    const p1 = await pair('UE1', 'UO1', 'active', { baselineConfidence: 2 });
    const p2 = await pair('UE2', 'UO2', 'ended', {
      baselineConfidence: 1,
      endReason: 'SECRET REASON',
      endedAt: at('2027-03-05T10:00:00Z'),
    });
    await pair('UE1', 'UO2', 'declined', { endedAt: at('2027-03-03T10:00:00Z') });
    const sess = (
      pairingId: number,
      status: string,
      startsAt: string,
      extra: Partial<typeof sessions.$inferInsert> = {},
    ) =>
      d
        .insert(sessions)
        .values({ teamId: T, pairingId, status, startsAt: at(startsAt), ...extra })
        .returning()
        .then((r) => r[0]!.id);
    const s1 = await sess(p1, 'held', '2027-03-02T10:00:00Z', { agendaTopics: ['SECRET AGENDA'] });
    const s2 = await sess(p1, 'held', '2027-03-06T10:00:00Z');
    await sess(p1, 'proposed', '2027-03-20T10:00:00Z');
    const s4 = await sess(p2, 'held', '2027-03-04T10:00:00Z');
    await d.insert(checkins).values([
      {
        sessionId: s1,
        memberId: ids.UE1!,
        role: 'mentee',
        happened: true,
        rating: 4,
        confidence: 3,
        learned: 'SECRET NOTE',
        createdAt: at('2027-03-02T11:00:00Z'),
      },
      {
        sessionId: s1,
        memberId: ids.UO1!,
        role: 'mentor',
        happened: true,
        rating: 5,
        feedback: 'SECRET FEEDBACK',
        createdAt: at('2027-03-02T11:00:00Z'),
      },
      {
        sessionId: s2,
        memberId: ids.UE1!,
        role: 'mentee',
        happened: true,
        rating: 5,
        confidence: 4,
        createdAt: at('2027-03-06T11:00:00Z'),
      },
      {
        sessionId: s4,
        memberId: ids.UE2!,
        role: 'mentee',
        happened: true,
        rating: 2,
        createdAt: at('2027-03-04T11:00:00Z'),
      },
    ]);
    const [k1] = await d
      .insert(kpis)
      .values([
        {
          teamId: T,
          pairingId: p1,
          description: 'Publish a dashboard',
          target: 1,
          current: 1,
          startDate: '2027-03-01',
          doneAt: at('2027-03-06T12:00:00Z'),
        },
        {
          teamId: T,
          pairingId: p1,
          description: 'Automate 3 reports',
          target: 3,
          current: 3,
          startDate: '2027-03-01',
        },
        {
          teamId: T,
          pairingId: p1,
          description: 'Teach the team',
          target: 2,
          current: 0.5,
          startDate: '2027-03-01',
          dueDate: '2027-03-31',
        },
        {
          teamId: T,
          pairingId: p2,
          description: 'Post on LinkedIn',
          target: 1,
          current: 0,
          startDate: '2027-03-01',
        },
      ])
      .returning();
    await d
      .insert(kpiUpdates)
      .values({ kpiId: k1!.id, memberId: ids.UE1!, value: 1, note: 'SECRET KPI NOTE' });
    const [c] = await d
      .insert(cohorts)
      .values({ teamId: T, name: 'Pilot', createdBy: 'UADMIN', status: 'published', matchRevision: 1 })
      .returning();
    cohortId = c!.id;
    await d
      .insert(cohortMembers)
      .values(['UE1', 'UO1'].map((s) => ({ cohortId, teamId: T, slackUserId: s, invitedBy: 'UADMIN' })));
    await d
      .insert(cohortProposals)
      .values({
        cohortId,
        teamId: T,
        revision: 1,
        menteeMemberId: ids.UE1!,
        mentorMemberId: ids.UO1!,
        skillId: skill,
        score: 800,
        status: 'sent',
        pairingId: p1,
      });
  });
  afterAll(async () => db.drop());

  it('when the workspace stats are read, then every number matches the seeded rows', async () => {
    const stats = buildProgramStats(await createAdminRepository(db.db).statsInput(T));
    expect(stats.participants).toEqual({ total: 4, mentees: 2, mentors: 2 });
    expect(stats.pairs.total).toBe(3);
    expect(stats.pairs.byState).toMatchObject({ active: 1, ended: 1, declined: 1, proposed: 0 });
    expect(stats.sessionsHeld).toBe(3);
    expect(stats.averageRating).toBe(4); // (4 + 5 + 5 + 2) / 4
    expect(stats.ratingCount).toBe(4);
    expect({ total: stats.kpisTotal, done: stats.kpisDone, rate: stats.kpiCompletionRate }).toEqual({
      total: 4,
      done: 2,
      rate: 50,
    });
    // Only p1 has both a baseline and a later confidence; its latest check-in says 4.
    expect(stats.confidence).toEqual({ beforeAvg: 2, afterAvg: 4, change: 2 });
  });

  it('when one cohort’s stats are read, then only its members and published pairings count', async () => {
    const stats = buildProgramStats(await createAdminRepository(db.db).statsInput(T, cohortId));
    expect(stats.participants).toEqual({ total: 2, mentees: 1, mentors: 1 });
    expect(stats.pairs.byState).toMatchObject({ active: 1, ended: 0, declined: 0 });
    expect(stats.sessionsHeld).toBe(2);
    expect(stats.averageRating).toBe(4.7); // 14 / 3
    expect({ total: stats.kpisTotal, done: stats.kpisDone }).toEqual({ total: 3, done: 2 });
  });

  it('when the three exports are rendered, then rows are typed, complete and never carry private text', async () => {
    const repo = createAdminRepository(db.db);
    const pairingsRows = await repo.exportRows(T, 'pairings', 'de');
    expect(pairingsRows).toHaveLength(3);
    const first = Object.fromEntries(EXPORT_COLUMNS.pairings.map((c, i) => [c, pairingsRows[0]![i]]));
    expect(first).toMatchObject({
      skill: 'Tableau DE',
      mentee: 'Ana',
      mentor: 'Bo',
      state: 'active',
      sessions_held: 2,
      kpis_total: 3,
      kpis_done: 2,
      confidence_before: 2,
      confidence_latest: 4,
      at_risk: false,
    });
    expect(first.created_at).toBeInstanceOf(Date);
    const sessionRows = await repo.exportRows(T, 'sessions', 'en');
    expect(sessionRows).toHaveLength(4);
    const s1 = Object.fromEntries(EXPORT_COLUMNS.sessions.map((c, i) => [c, sessionRows[0]![i]]));
    expect(s1).toMatchObject({
      status: 'held',
      mentee_rating: 4,
      mentor_rating: 5,
      mentee_confidence: 3,
      duration_minutes: 30,
    });
    const kpiRows = await repo.exportRows(T, 'kpis', 'en', cohortId);
    expect(kpiRows.map((r) => r[5])).toEqual(['Publish a dashboard', 'Automate 3 reports', 'Teach the team']);
    expect(kpiRows[2]![8]).toBe(0.5);
    for (const kind of ['pairings', 'sessions', 'kpis'] as const) {
      const csv = toCsv(EXPORT_COLUMNS[kind], await repo.exportRows(T, kind, 'en'));
      expect(csv).not.toContain('SECRET');
    }
  });

  it('when primer readers are listed, then unread mentors come first', async () => {
    const rows = await createAdminRepository(db.db).primerStatus(T);
    expect(rows.map((r) => [r.name, Boolean(r.sentAt), Boolean(r.ackAt)])).toEqual([
      ['Di', true, false],
      ['Bo', true, true],
    ]);
  });

  it('when the lead source changes, then leadsFor returns that source’s mapping only', async () => {
    const leads = createLeadRepository(db.db);
    await db.db
      .update(menteeProfiles)
      .set({ leadSlackUserId: 'UO2' })
      .where(eq(menteeProfiles.memberId, ids.UE1!));
    expect(await leads.leadsFor(T)).toEqual(new Map([['UE1', 'UO2']]));
    await leads.replaceCsv(T, [{ member: 'UE2', lead: 'UO1' }], now);
    expect(await leads.leadsFor(T)).toEqual(new Map([['UE2', 'UO1']]));
    await db.db
      .update(workspaces)
      .set({ leadSource: 'slack_field', leadFieldId: 'Xf01ABCDEF2G' })
      .where(eq(workspaces.teamId, T));
    await leads.cacheSlackField(T, 'UE1', 'UO1', now);
    await leads.cacheSlackField(T, 'UE2', null, now);
    expect(await leads.leadsFor(T)).toEqual(new Map([['UE1', 'UO1']]));
    // The same mapping as a subquery the digest can join set-based.
    const joined = await db.db.execute<{ member: string; lead: string; tz: string }>(
      sql`select lm.member, lm.lead, m.tz from (${leadMappingSql(T)}) lm join members m on m.team_id = ${T} and m.slack_user_id = lm.lead`,
    );
    expect(joined.map((r) => [r.member, r.lead, r.tz])).toEqual([['UE1', 'UO1', 'Europe/Berlin']]);
    expect(await leads.staleSlackField(T, ['UE1', 'UE2', 'UO1'], new Date(now.getTime() - 1000))).toEqual([
      'UO1',
    ]);
    await db.db.update(workspaces).set({ leadSource: 'csv' }).where(eq(workspaces.teamId, T));
  });

  it('when a cohort is matched with CSV leads, then nobody is paired with their lead, and the rest is matched', async () => {
    const d = db.db;
    const [c] = await d
      .insert(cohorts)
      .values({ teamId: T, name: 'Pilot 2', createdBy: 'UADMIN' })
      .returning();
    await d
      .insert(cohortMembers)
      .values(
        ['UE1', 'UE2', 'UO1'].map((s) => ({
          cohortId: c!.id,
          teamId: T,
          slackUserId: s,
          invitedBy: 'UADMIN',
        })),
      );
    // UO1 leads UE1 by CSV. UE2's Tableau pairing with UO2 has ended, so UE2 is free to learn again.
    await createLeadRepository(d).replaceCsv(T, [{ member: 'UE1', lead: 'UO1' }], now);
    const data = await createAdminRepository(d).cohortMatchingData(T, c!.id);
    const input = cohortMatchingInput(data, new Set(), now);
    const leads = await createLeadRepository(d).leadsFor(T);
    const result = matchCohort(input.mentees, input.mentors, buildReportingLine(leads), now);
    // UE1 has an open (active) Tableau pairing already, so only UE2 is a mentee here.
    expect(input.skipped).toEqual([{ memberId: ids.UE1, reason: 'already_paired' }]);
    expect(result.pairs.map((p) => [p.menteeMemberId, p.mentorMemberId])).toEqual([[ids.UE2, ids.UO1]]);

    // With UE1's pairing ended, UE1 competes too, but UO1 is their lead: UE1 stays unmatched for that reason.
    await d.update(pairings).set({ state: 'ended' }).where(eq(pairings.menteeMemberId, ids.UE1!));
    const again = cohortMatchingInput(
      await createAdminRepository(d).cohortMatchingData(T, c!.id),
      new Set(),
      now,
    );
    const second = matchCohort(again.mentees, again.mentors, buildReportingLine(leads), now);
    expect(second.pairs.map((p) => p.menteeMemberId)).toEqual([ids.UE2]);
    expect(second.unmatched).toEqual([{ memberId: ids.UE1, reason: 'no_candidate' }]);
  });
});
