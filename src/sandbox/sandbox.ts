import { sql } from 'drizzle-orm';
import type { Queue } from 'bullmq';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services/deps';
import type { SlackPort } from '../services/ports';
import { ensureSchedulers } from '../jobs/queues';
import type { SandboxClock } from './clock';
import type { SlackFront } from './front';
import { SAMPLE_PEOPLE, SANDBOX_TEAM_ID, seedSampleOrg } from './sample-org';
import type { SlackServer, StoredMessage } from './slack-server';
import type { SkipResult, SkipTarget, TimeTravel } from './time-travel';

/**
 * The sandbox as the page sees it: who is who, what each person sees in Slack (DMs with the app, the App
 * Home, open modals), the clock, and Reset. It drives the app only from the outside: through the Slack
 * server it plays and signed requests into `POST /slack/events`.
 */
export class Sandbox {
  private busy: Promise<unknown> = Promise.resolve();
  private busyWith: string | null = null;
  lastSkip: SkipResult | null = null;

  constructor(
    readonly parts: {
      server: SlackServer;
      front: SlackFront;
      clock: SandboxClock;
      travel: TimeTravel;
      queue: Queue;
      deps: ServiceDeps;
      /** The app's Slack port over the sandbox server (for seeding through the app's services). */
      slack: SlackPort;
      db: Db;
      logger: Logger;
      databaseName: string;
    },
  ) {}

  get people() {
    return SAMPLE_PEOPLE;
  }

  isPerson(userId: string): boolean {
    return SAMPLE_PEOPLE.some((p) => p.id === userId);
  }

  /** Runs one exclusive operation at a time (reset, clock skips), so they never interleave. */
  exclusive<T>(what: string, run: () => Promise<T>): Promise<T> {
    const next = this.busy.then(async () => {
      this.busyWith = what;
      this.parts.server.version++;
      try {
        return await run();
      } finally {
        this.busyWith = null;
        this.parts.server.version++;
      }
    });
    this.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * Wipes the sandbox workspace (its own database, its queue, what the Slack server shows, the clock) and
   * seeds the sample organisation again through the app's services.
   */
  reset(): Promise<void> {
    return this.exclusive('reset', async () => {
      // A job that was running when the wipe began can collide with the seeding; one more pass settles it.
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.wipeAndSeed();
        } catch (err) {
          if (attempt >= 3) throw err;
          this.parts.logger.warn(
            { err: (err as Error).message, attempt },
            'sandbox: reset failed, trying again',
          );
          await new Promise((r) => setTimeout(r, 300 * attempt));
        }
      }
    });
  }

  private async wipeAndSeed(): Promise<void> {
    const { server, clock, queue, db, deps, slack, logger } = this.parts;
    await this.assertSandboxDatabase();
    // Waiting and delayed jobs go (the scheduler's next tick too, re-registered below); a job that is running
    // right now finishes and re-checks Postgres, which is wiped next. Finished jobs go so their ids free up.
    await queue.drain(true);
    for (const state of ['completed', 'failed'] as const) await queue.clean(0, 100_000, state);
    await ensureSchedulers({ main: queue, close: async () => undefined }).catch((err: unknown) =>
      logger.warn({ err }, 'sandbox: could not re-register the scheduler'),
    );
    const tables = await db.execute<{ name: string }>(
      sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' and tablename <> 'skills'`,
    );
    const names = [...tables].map((t) => t.name);
    if (names.length)
      await db.execute(sql.raw(`truncate table ${names.join(', ')} restart identity cascade`));
    await db.execute(sql`delete from skills where team_id is not null`);
    await deps.skills.seedCatalogue();
    clock.reset();
    server.clearWorkspace();
    for (const p of SAMPLE_PEOPLE) server.addUser(p);
    const seeded = await seedSampleOrg(deps, slack, SANDBOX_TEAM_ID);
    this.lastSkip = null;
    logger.info(
      { people: seeded.members.size, session: seeded.sessionId },
      'sandbox: sample organisation seeded',
    );
  }

  /** Refuses to wipe a database that holds any workspace but the sandbox's (a misconfigured URL). */
  private async assertSandboxDatabase(): Promise<void> {
    const other = await this.parts.db.execute<{ team_id: string }>(
      sql`select team_id from workspaces where team_id <> ${SANDBOX_TEAM_ID} limit 1`,
    );
    if ([...other].length > 0) {
      throw new Error(
        `database ${this.parts.databaseName} holds workspaces other than the sandbox's; the sandbox will not wipe it`,
      );
    }
  }

  skip(target: SkipTarget, userId?: string): Promise<SkipResult> {
    return this.exclusive('clock', async () => {
      const me = SAMPLE_PEOPLE.find((p) => p.id === userId);
      const zones = [...new Set([...(me ? [me.tz] : []), ...SAMPLE_PEOPLE.map((p) => p.tz)])];
      const result = await this.parts.travel.skip(target, zones);
      this.lastSkip = result;
      this.parts.logger.info({ target, to: result.to, ran: result.ran.length }, 'sandbox: clock moved');
      return result;
    });
  }

  /** Everything the page shows for one person. */
  async state(userId: string) {
    const { server, clock, travel } = this.parts;
    const channel = server.dmChannel(userId);
    const names = new Map(SAMPLE_PEOPLE.map((p) => [p.id, p.realName]));
    const timers = await travel.pending(50).catch(() => []);
    return {
      version: server.version,
      busy: this.busyWith,
      team: { id: server.teamId, name: server.teamName },
      database: this.parts.databaseName,
      now: clock.now().toISOString(),
      offsetMs: clock.offset,
      people: SAMPLE_PEOPLE.map(({ id, name, realName, title, tz, locale, role, blurb }) => ({
        id,
        name,
        realName,
        title,
        tz,
        locale,
        role,
        blurb,
      })),
      me: userId,
      channel,
      messages: server.messagesFor(channel, userId).map((m) => this.messageView(m)),
      home: server.home(userId) ?? null,
      modals: server.modalStack(userId),
      timers: timers.slice(0, 10).map((t) => ({
        ...t,
        dueAt: t.dueAt.toISOString(),
        recipientName: t.recipient ? (names.get(t.recipient) ?? t.recipient) : undefined,
      })),
      lastSkip: this.lastSkip,
    };
  }

  private messageView(m: StoredMessage) {
    return {
      ts: m.ts,
      text: m.text,
      blocks: m.blocks ?? null,
      files: (m.files ?? []).map((f) => ({ ...f, url: `/sandbox/api/files/${encodeURIComponent(f.id)}` })),
      edited: Boolean(m.edited),
      ephemeral: Boolean(m.ephemeralFor),
      fromBot: m.user === this.parts.server.botUserId,
    };
  }
}
