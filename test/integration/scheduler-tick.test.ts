import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { createTestDatabase, uniquePrefix, type TestDatabase } from '../support/test-db';
import { TEST_REDIS_URL } from '../support/env';
import { createServiceDeps, type ServiceDeps } from '../../src/services/deps';
import { createQueues, createJobsPort, type Queues } from '../../src/jobs/queues';
import { createProducerConnection } from '../../src/jobs/connections';
import { createLogger } from '../../src/logger';
import { runSchedulerTick } from '../../src/services/tick';
import { members, pairings, skills, workspaces } from '../../src/db/schema';

/** The 15-minute scheduler tick against real Postgres and Redis, with a fixed clock. */
describe('scheduler tick: monthly KPI nudges', () => {
  const TICK = new Date('2027-03-01T09:00:00Z'); // Monday 1 March 2027: the first working day
  let db: TestDatabase;
  let producer: IORedis;
  let queues: Queues;
  let deps: ServiceDeps;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    producer = createProducerConnection(TEST_REDIS_URL);
    queues = createQueues(producer, uniquePrefix('tick'));
    deps = createServiceDeps({ db: db.db, clock: () => TICK, logger: createLogger('silent'), jobs: createJobsPort(queues) });
    await deps.skills.seedCatalogue();
    await db.db.insert(workspaces).values({ teamId: 'T1' });
    const [skill] = await db.db.select().from(skills).where(eq(skills.slug, 'zapier'));
    const mentor = (await db.db.insert(members).values({ teamId: 'T1', slackUserId: 'UMENTOR', tz: 'UTC' }).returning())[0]!;
    const people: [string, string, boolean][] = [
      ['UBERLIN', 'Europe/Berlin', false], // 10:00 local → due
      ['USAOPAULO', 'America/Sao_Paulo', false], // 06:00 local → not yet
      ['UKOLKATA', 'Asia/Kolkata', false], // 14:30 local → passed
      ['UPAUSED', 'Europe/Paris', true], // 10:00 local but paused → nothing
    ];
    for (const [slackUserId, tz, paused] of people) {
      const m = (await db.db.insert(members).values({ teamId: 'T1', slackUserId, tz, ...(paused ? { pausedAt: TICK } : {}) }).returning())[0]!;
      const p = (await db.db.insert(pairings).values({ teamId: 'T1', menteeMemberId: m.id, mentorMemberId: mentor.id, skillId: skill!.id, state: 'active' }).returning())[0]!;
      ids[slackUserId] = p.id;
    }
  });
  afterAll(async () => {
    await queues.close();
    producer.disconnect();
    await db.drop();
  });

  const nudgeIds = async (q: Queue) => (await q.getJobs(['wait', 'waiting', 'delayed', 'prioritized'])).filter((j) => j.name === 'kpi.nudge').map((j) => j.id).sort();

  it('when the tick runs at 2027-03-01 09:00 UTC, then only the mentee for whom it is 10:00 on the first working day gets a nudge job', async () => {
    const result = await runSchedulerTick(deps, async () => {
      throw new Error('no Slack needed');
    }, TICK);
    expect(result.kpiNudges).toBe(1);
    expect(await nudgeIds(queues.main)).toEqual([`kpi-${ids.UBERLIN}-202703`]);
  });

  it('when the tick runs twice, then nothing new is enqueued', async () => {
    await runSchedulerTick(deps, async () => {
      throw new Error('no Slack needed');
    }, TICK);
    expect(await nudgeIds(queues.main)).toEqual([`kpi-${ids.UBERLIN}-202703`]);
    const job = await queues.main.getJob(`kpi-${ids.UBERLIN}-202703`);
    expect(job?.data).toEqual({ teamId: 'T1', pairingId: ids.UBERLIN, yearMonth: '202703' });
  });

  it('when the tick runs 15 minutes later, then it is no longer due for anyone', async () => {
    const later = await runSchedulerTick(deps, async () => {
      throw new Error('no Slack needed');
    }, new Date('2027-03-01T09:15:00Z'));
    expect(later.kpiNudges).toBe(0);
  });
});
