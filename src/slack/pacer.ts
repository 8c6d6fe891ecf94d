import type { Redis } from 'ioredis';

/**
 * Per-workspace send pacing shared by every process on the same Redis: each send reserves the next free
 * slot of its workspace (Redis TIME, so clocks of different hosts do not matter). One workspace's burst (a
 * digest fan-out, a pilot launch) waits its turn; other workspaces are not slowed down by it.
 */
export interface Pacer {
  /** Resolves when this workspace may send its next message. */
  wait(teamId: string): Promise<void>;
  /** Slack said 429: nobody in this workspace sends before `ms` from now. */
  penalize(teamId: string, ms: number): Promise<void>;
}

const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + tonumber(ARGV[1]))
redis.call('SET', KEYS[1], slot, 'PX', (slot - now) + 60000)
return slot - now
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
    async wait(teamId) {
      const delay = Number(await redis.eval(RESERVE, 1, key(teamId), String(interval)));
      if (delay > 0) await sleep(delay);
    },
    async penalize(teamId, ms) {
      await redis.eval(PENALIZE, 1, key(teamId), String(Math.max(0, Math.ceil(ms))));
    },
  };
}

/** No pacing (tests of other things, Socket Mode dev setups). */
export const noPacer: Pacer = { wait: async () => undefined, penalize: async () => undefined };
