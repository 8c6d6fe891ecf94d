import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { installations, workspaces } from '../schema';
import type { SecretBox } from '../secret-box';

/** An installation as the app uses it: the bot token in clear, only ever in memory. */
export interface InstallationRecord {
  teamId: string;
  teamName?: string;
  enterpriseId?: string;
  appId?: string;
  botId?: string;
  botUserId: string;
  botToken: string;
  botRefreshToken?: string;
  botTokenExpiresAt?: Date;
  botScopes: string[];
  installerUserId?: string;
}

/** The AAD that binds a sealed token to its workspace row. */
const aadFor = (teamId: string, field: string) => `installations:${teamId}:${field}`;

/**
 * Installations (OAuth mode) and the workspace lifecycle (active / uninstalled) in both modes. Every method
 * takes the team id; tokens are sealed before they reach Postgres and opened only when read.
 */
export function createInstallationRepository(db: Db, box?: SecretBox) {
  const requireBox = (): SecretBox => {
    if (!box) throw new Error('ENCRYPTION_KEY is not configured, so installations cannot be stored or read');
    return box;
  };

  return {
    /**
     * Stores (or refreshes) an installation and (re)activates its workspace. The first installer of a
     * workspace stays its installer: a later re-install by someone else does not change who was first.
     */
    async save(rec: InstallationRecord, now: Date): Promise<void> {
      const b = requireBox();
      const sealed = b.seal(rec.botToken, aadFor(rec.teamId, 'bot'));
      const refresh = rec.botRefreshToken ? b.seal(rec.botRefreshToken, aadFor(rec.teamId, 'refresh')) : null;
      await db.transaction(async (tx) => {
        await tx
          .insert(workspaces)
          .values({ teamId: rec.teamId, name: rec.teamName ?? null, installerUserId: rec.installerUserId ?? null, active: true, updatedAt: now })
          .onConflictDoUpdate({
            target: workspaces.teamId,
            set: {
              name: sql`coalesce(excluded.name, ${workspaces.name})`,
              installerUserId: sql`coalesce(${workspaces.installerUserId}, excluded.installer_user_id)`,
              active: true,
              updatedAt: now,
            },
          });
        const values = {
          teamId: rec.teamId,
          enterpriseId: rec.enterpriseId ?? null,
          appId: rec.appId ?? null,
          botId: rec.botId ?? null,
          botUserId: rec.botUserId,
          botTokenEnc: sealed,
          botRefreshTokenEnc: refresh,
          botTokenExpiresAt: rec.botTokenExpiresAt ?? null,
          botScopes: rec.botScopes,
          installerUserId: rec.installerUserId ?? null,
          updatedAt: now,
        };
        const { teamId: _team, ...update } = values;
        await tx.insert(installations).values({ ...values, installedAt: now }).onConflictDoUpdate({ target: installations.teamId, set: update });
      });
    },

    /** The installation of a workspace with its token opened, or undefined when the app is not installed there. */
    async find(teamId: string): Promise<InstallationRecord | undefined> {
      const [row] = await db
        .select({ i: installations, name: workspaces.name })
        .from(installations)
        .innerJoin(workspaces, eq(workspaces.teamId, installations.teamId))
        .where(eq(installations.teamId, teamId));
      if (!row) return undefined;
      const b = requireBox();
      const i = row.i;
      return {
        teamId: i.teamId,
        ...(row.name ? { teamName: row.name } : {}),
        ...(i.enterpriseId ? { enterpriseId: i.enterpriseId } : {}),
        ...(i.appId ? { appId: i.appId } : {}),
        ...(i.botId ? { botId: i.botId } : {}),
        botUserId: i.botUserId,
        botToken: b.open(i.botTokenEnc, aadFor(i.teamId, 'bot')),
        ...(i.botRefreshTokenEnc ? { botRefreshToken: b.open(i.botRefreshTokenEnc, aadFor(i.teamId, 'refresh')) } : {}),
        ...(i.botTokenExpiresAt ? { botTokenExpiresAt: i.botTokenExpiresAt } : {}),
        botScopes: i.botScopes,
        ...(i.installerUserId ? { installerUserId: i.installerUserId } : {}),
      };
    },

    /** Deletes the stored tokens of a workspace (uninstall, revoked tokens). True when there were any. */
    async remove(teamId: string): Promise<boolean> {
      const rows = await db.delete(installations).where(eq(installations.teamId, teamId)).returning({ t: installations.teamId });
      return rows.length > 0;
    },

    /** Marks a workspace (in)active. Creates the row when missing, so a deactivation is never lost. */
    async setActive(teamId: string, active: boolean, now: Date): Promise<void> {
      await db
        .insert(workspaces)
        .values({ teamId, active, updatedAt: now })
        .onConflictDoUpdate({ target: workspaces.teamId, set: { active, updatedAt: now } });
    },

    /** Whether jobs and messages may run for a workspace. Unknown workspaces count as active (nothing is stored for them yet). */
    async isActive(teamId: string): Promise<boolean> {
      const [row] = await db.select({ active: workspaces.active }).from(workspaces).where(eq(workspaces.teamId, teamId));
      return row?.active ?? true;
    },

    /** The person who installed the app in a workspace (its first program admin), if known. */
    async installerOf(teamId: string): Promise<string | undefined> {
      const [row] = await db.select({ u: workspaces.installerUserId }).from(workspaces).where(eq(workspaces.teamId, teamId));
      return row?.u ?? undefined;
    },
  };
}

export type InstallationRepository = ReturnType<typeof createInstallationRepository>;
