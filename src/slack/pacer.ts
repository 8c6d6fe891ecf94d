import type { Redis } from 'ioredis';
import { AppError } from '../errors';

/**
 * Per-workspace send pacing shared by every process on the same Redis: each send reserves the next free
 * slot of its workspace (Redis TIME, so clocks of different hosts do not matter). One workspace's burst (a
 * digest fan-out, a pilot launch) waits its turn; other workspaces are not slowed down by it.
 *
 * A job must not hold a worker slot for long while it waits: with a fan-out of one workspace at the head of
 * the queue, every worker slot would sleep for that workspace and all others would wait behind it. So a send
 * that may wait elsewhere (`parkBeyondMs`) only takes a slot that is at most that far away; otherwise it takes
 * a place in the workspace's line (one `interval` apart, behind the last place given out) and is told to come
 * back then (`AppError('slack_rate_limited', …, { retryAt, paced: true })`: the worker parks the job as a
 * delayed job until then). Slots are never held for parked sends, so a person's click in the same workspace
 * waits at most `parkBeyondMs` behind a fan-out, not behind all of it.
 */
export interface Pacer {
  /** Resolves when this workspace may send its next message (see {@link PaceOptions} for parking). */
  wait(teamId: string, opts?: PaceOptions): Promise<void>;
  /** Slack said 429: nobody in this workspace sends before `ms` from now. */
  penalize(teamId: string, ms: number): Promise<void>;
}

export interface PaceOptions {
  /**
   * The caller can wait outside the process (a job): when the workspace's next free slot is further away than
   * this, throw a `paced` error naming when to come back instead of sleeping.
   */
  parkBeyondMs?: number;
}

/** True for the error {@link Pacer.wait} throws to park a send; `retryAt` (ms since epoch) says until when. */
export const isPacedLater = (err: unknown): err is AppError & { details: { retryAt: number; paced: true } } =>
  err instanceof AppError && err.code === 'slack_rate_limited' && err.details?.paced === true;

// KEYS[1] the workspace's next slot, KEYS[2] its line of parked sends; ARGV[1] interval, ARGV[2] park beyond
// (ms; negative: never). Returns { ms to wait, 0 } with the slot taken, or { ms until its place, 1 }.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local horizon = tonumber(ARGV[2])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + interval)
if horizon < 0 or slot - now <= horizon then
  redis.call('SET', KEYS[1], slot, 'PX', (slot - now) + 60000)
  return { slot - now, 0 }
end
local line = tonumber(redis.call('GET', KEYS[2]) or '0')
local place = math.max(slot, line + interval)
redis.call('SET', KEYS[2], place, 'PX', (place - now) + 60000)
return { place - now, 1 }
`;

const PENALIZE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(last, now + tonumber(ARGV[1]))
redis.call('SET', KEYS[1], slot, 'PX', (slot - now) + 60000)
return slot - now
`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pacer allowing `perSecond` messages per second per workspace. */
export function createRedisPacer(redis: Redis, opts: { perSecond: number; prefix: string }): Pacer {
  const interval = Math.max(1, Math.floor(1000 / opts.perSecond));
  const key = (teamId: string) => `${opts.prefix}-pace-${teamId}`;
  return {
    async wait(teamId, paceOpts = {}) {
      const horizon = paceOpts.parkBeyondMs ?? -1;
      const [delay, parked] = (await redis.eval(RESERVE, 2, key(teamId), `${key(teamId)}-line`, String(interval), String(horizon))) as [number, number];
      if (parked) {
        // Back a little before its place, so it finds the slot within reach and takes it.
        throw new AppError('slack_rate_limited', `send parked: the workspace's next free slot is ${delay} ms away`, {
          retryAt: Date.now() + Math.max(0, delay - horizon / 2),
          paced: true,
        });
      }
      if (delay > 0) await sleep(delay);
    },
    async penalize(teamId, ms) {
      await redis.eval(PENALIZE, 1, key(teamId), String(Math.max(0, Math.ceil(ms))));
    },
  };
}

/** No pacing (tests of other things, Socket Mode dev setups). */
export const noPacer: Pacer = { wait: async () => undefined, penalize: async () => undefined };
