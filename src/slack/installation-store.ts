import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRepository } from '../db/repositories/installations';
import type { Logger } from '../logger';
import type { Clock } from '../services/ports';

/** The bot scopes the OAuth install asks for; `test/unit/manifest.test.ts` checks they equal manifest.yml's. */
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'im:history', 'users:read', 'users.profile:read', 'files:read', 'files:write'] as const;

export class InstallationRefused extends Error {
  override name = 'InstallationRefused';
}

/**
 * Bolt's installation store over Postgres. Bolt calls `storeInstallation` after a successful OAuth exchange
 * (state already verified) and `fetchInstallation` on every incoming request to authorise it for its team.
 * Mentor Me keeps everything per workspace, so org-wide (Enterprise Grid) installs are refused.
 */
export function createInstallationStore(repo: InstallationRepository, clock: Clock, logger: Logger): InstallationStore {
  return {
    async storeInstallation(installation: Installation): Promise<void> {
      if (installation.isEnterpriseInstall || !installation.team?.id) {
        throw new InstallationRefused('org-wide installs are not supported; install Mentor Me in each workspace');
      }
      const bot = installation.bot;
      if (!bot?.token || !bot.userId) throw new InstallationRefused('the installation carries no bot token');
      await repo.save(
        {
          teamId: installation.team.id,
          ...(installation.team.name ? { teamName: installation.team.name } : {}),
          ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
          ...(installation.appId ? { appId: installation.appId } : {}),
          ...(bot.id ? { botId: bot.id } : {}),
          botUserId: bot.userId,
          botToken: bot.token,
          ...(bot.refreshToken ? { botRefreshToken: bot.refreshToken } : {}),
          ...(bot.expiresAt ? { botTokenExpiresAt: new Date(bot.expiresAt * 1000) } : {}),
          botScopes: bot.scopes ?? [],
          ...(installation.user?.id ? { installerUserId: installation.user.id } : {}),
        },
        clock(),
      );
      logger.info({ team: installation.team.id }, 'workspace installed Mentor Me');
    },

    async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v2', false>> {
      const rec = query.teamId ? await repo.find(query.teamId) : undefined;
      if (!rec) throw new Error(`Mentor Me is not installed in workspace ${query.teamId ?? '(none)'}`);
      return {
        team: { id: rec.teamId, ...(rec.teamName ? { name: rec.teamName } : {}) },
        enterprise: rec.enterpriseId ? { id: rec.enterpriseId } : undefined,
        user: { id: rec.installerUserId ?? '', token: undefined, scopes: undefined },
        bot: {
          id: rec.botId ?? '',
          userId: rec.botUserId,
          token: rec.botToken,
          scopes: rec.botScopes,
          ...(rec.botRefreshToken ? { refreshToken: rec.botRefreshToken } : {}),
          ...(rec.botTokenExpiresAt ? { expiresAt: Math.floor(rec.botTokenExpiresAt.getTime() / 1000) } : {}),
        },
        ...(rec.appId ? { appId: rec.appId } : {}),
        tokenType: 'bot',
        isEnterpriseInstall: false,
        authVersion: 'v2',
      };
    },

    async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
      if (query.teamId) await repo.remove(query.teamId);
    },
  };
}
