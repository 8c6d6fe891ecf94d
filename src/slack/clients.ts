import { WebClient, type WebClientOptions } from '@slack/web-api';
import { AppError } from '../errors';
import type { InstallationRepository } from '../db/repositories/installations';
import type { SlackPort } from '../services/ports';
import { createSlackPort, type SlackPortOptions } from './web-slack-port';
import type { Pacer } from './pacer';

/** Per-workspace Slack access for code that runs outside a request (jobs): the right token for every team. */
export interface SlackClients {
  forTeam(teamId: string): Promise<SlackPort>;
  /** Forgets a workspace's cached client (uninstall, revoked tokens, re-install). */
  evict(teamId: string): void;
}

export type SlackAuth = { mode: 'token'; token: string } | { mode: 'oauth'; installations: InstallationRepository };

/**
 * Jobs wait for a workspace's send slot in the worker only when it is this close; further away, a once-only DM
 * is parked until its place in the workspace's line (see `Pacer`), so no workspace's fan-out can fill every
 * worker slot with waiting and hold up the others.
 */
export const JOB_PARK_BEYOND_MS = 600;
const JOB_PORT: SlackPortOptions = { parkBeyondMs: JOB_PARK_BEYOND_MS };

/**
 * Single-token mode hands every team the one configured token. OAuth mode reads the team's installation on
 * every call (a primary-key read; the token is opened from its sealed form), so a re-install or an uninstall
 * in another process is seen at once, and reuses the client while the token stays the same. A team without
 * an installation is refused permanently: retrying a job will not make a workspace install the app.
 */
export function createSlackClients(auth: SlackAuth, clientOptions: WebClientOptions, pacer?: Pacer): SlackClients {
  if (auth.mode === 'token') {
    const port = createSlackPort(new WebClient(auth.token, clientOptions), pacer, JOB_PORT);
    return { forTeam: async () => port, evict: () => undefined };
  }
  const cache = new Map<string, { token: string; port: SlackPort }>();
  return {
    async forTeam(teamId) {
      const hit = cache.get(teamId);
      const installation = await auth.installations.find(teamId);
      if (!installation) {
        cache.delete(teamId);
        throw new AppError('slack_permanent', `Mentor Me is not installed in workspace ${teamId}`, { teamId });
      }
      const port =
        hit && hit.token === installation.botToken ? hit.port : createSlackPort(new WebClient(installation.botToken, { ...clientOptions, teamId }), pacer, JOB_PORT);
      cache.set(teamId, { token: installation.botToken, port });
      return port;
    },
    evict(teamId) {
      cache.delete(teamId);
    },
  };
}
