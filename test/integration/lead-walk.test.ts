import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { createLeadRepository, leadMapAround, leadsFor } from '../../src/db/repositories/leads';
import { leadMappings, menteeProfiles, members, workspaces } from '../../src/db/schema';
import { buildReportingLine } from '../../src/domain/matching/score';
import { eq } from 'drizzle-orm';

/**
 * Suggestions read only the part of the lead mapping around the mentee (`leadMapAround`: the chain above and
 * everyone below, found through indexes) instead of the whole workspace's map. For every person, the
 * reporting-line answers the matching rules ask must be the same from both, whatever the lead source, with
 * cycles, and when the mentee's own profile names a lead the configured source does not.
 */
describe('the reporting-line walk around one person (Postgres)', () => {
  let db: TestDatabase;
  const T = 'T0WALK';
  // Profile source:  UA (top) ← UB ← UC ← UD, UB ← UE; UX ↔ UY (a cycle); UZ names nobody.
  const profileLeads: Record<string, string | null> = { UA: null, UB: 'UA', UC: 'UB', UD: 'UC', UE: 'UB', UX: 'UY', UY: 'UX', UZ: null };
  // CSV source: a different tree — UD leads everyone else.
  const csvLeads: [string, string][] = [
    ['UA', 'UD'],
    ['UB', 'UD'],
    ['UC', 'UB'],
    ['UE', 'UC'],
    ['UX', 'UE'],
  ];
  const people = Object.keys(profileLeads);

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.db.insert(workspaces).values({ teamId: T });
    for (const slack of people) {
      const [m] = await db.db.insert(members).values({ teamId: T, slackUserId: slack }).returning();
      await db.db.insert(menteeProfiles).values({ memberId: m!.id, leadSlackUserId: profileLeads[slack] });
    }
    // Another workspace with the same Slack ids must not leak in.
    await db.db.insert(workspaces).values({ teamId: 'T0OTHER' });
    const [other] = await db.db.insert(members).values({ teamId: 'T0OTHER', slackUserId: 'UQ' }).returning();
    await db.db.insert(menteeProfiles).values({ memberId: other!.id, leadSlackUserId: 'UA' });
  });
  afterAll(() => db.drop());

  /** Every question the hard rules ask about `me` and anyone else, from one map and from the other. */
  async function expectSameAnswers(): Promise<void> {
    const full = buildReportingLine(await leadsFor(db.db, T));
    for (const me of people) {
      const around = await leadMapAround(db.db, T, me);
      expect([...around.keys()].every((k) => people.includes(k))).toBe(true);
      const line = buildReportingLine(around);
      const ownLead = profileLeads[me] ?? undefined;
      for (const them of [...people, 'UQ']) {
        const why = `${me} / ${them}`;
        expect([why, line.leadOf(me)]).toEqual([why, full.leadOf(me)]);
        expect([why, line.isAbove(them, me)]).toEqual([why, full.isAbove(them, me)]);
        expect([why, line.isAbove(me, them)]).toEqual([why, full.isAbove(me, them)]);
        // The rules also walk up from the lead named in the mentee's own profile, and from the candidate's.
        if (ownLead) expect([why, line.isAbove(them, ownLead)]).toEqual([why, full.isAbove(them, ownLead)]);
        const theirLead = profileLeads[them];
        if (theirLead) expect([why, line.isAbove(me, theirLead)]).toEqual([why, full.isAbove(me, theirLead)]);
      }
    }
  }

  it('when leads come from the profiles, then the walk around each person answers as the whole map does', async () => {
    await expectSameAnswers();
    expect(await leadMapAround(db.db, T, 'UB')).toEqual(
      new Map([
        ['UB', 'UA'],
        ['UC', 'UB'],
        ['UD', 'UC'],
        ['UE', 'UB'],
      ]),
    );
  });

  it('when leads come from an admin CSV, then the walk follows the CSV and still answers as the whole map does', async () => {
    await createLeadRepository(db.db).replaceCsv(
      T,
      csvLeads.map(([member, lead]) => ({ member, lead })),
      new Date(),
    );
    await expectSameAnswers();
    const [w] = await db.db.select().from(workspaces).where(eq(workspaces.teamId, T));
    expect(w!.leadSource).toBe('csv');
    expect((await leadMapAround(db.db, T, 'UD')).get('UA')).toBe('UD');
    // Back to the profiles for whoever runs next.
    await db.db.update(workspaces).set({ leadSource: 'profile' }).where(eq(workspaces.teamId, T));
    await db.db.delete(leadMappings).where(eq(leadMappings.teamId, T));
  });
});
