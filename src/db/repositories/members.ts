import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { members, workspaces } from '../schema';
import type { SlackUserInfo } from '../../services/ports';

export type Member = typeof members.$inferSelect;

/** Members and their workspace rows. Every query is scoped by team id. */
export function createMemberRepository(db: Db) {
  return {
    /** Slack says this person is gone (deactivated, left): inactive and paused, so nothing is sent to them. */
    async markInactive(teamId: string, slackUserId: string, now: Date): Promise<void> {
      await db
        .update(members)
        .set({ deleted: true, pausedAt: sql`coalesce(${members.pausedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
        .where(and(eq(members.teamId, teamId), eq(members.slackUserId, slackUserId)));
    },

    async find(teamId: string, slackUserId: string): Promise<Member | undefined> {
      const rows = await db
        .select()
        .from(members)
        .where(and(eq(members.teamId, teamId), eq(members.slackUserId, slackUserId)))
        .limit(1);
      return rows[0];
    },

    /** Members by row id, only those of this workspace (ids from elsewhere are hints, never trusted). */
    async byIds(teamId: string, ids: readonly number[]): Promise<Member[]> {
      const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
      if (!unique.length) return [];
      return db
        .select()
        .from(members)
        .where(and(eq(members.teamId, teamId), inArray(members.id, unique)));
    },

    /** Creates or refreshes a member from Slack's profile; the workspace row is created on first sight. */
    async upsertFromSlack(teamId: string, info: SlackUserInfo, now: Date): Promise<Member> {
      await db.insert(workspaces).values({ teamId }).onConflictDoNothing();
      const values = {
        teamId,
        slackUserId: info.id,
        displayName: info.displayName,
        realName: info.realName,
        tz: info.tz,
        locale: info.locale,
        isBot: info.isBot,
        isSlackAdmin: info.isAdmin,
        deleted: info.deleted,
        updatedAt: now,
      };
      const rows = await db
        .insert(members)
        .values(values)
        .onConflictDoUpdate({
          target: [members.teamId, members.slackUserId],
          set: {
            displayName: sql`excluded.display_name`,
            realName: sql`excluded.real_name`,
            tz: sql`excluded.tz`,
            locale: sql`excluded.locale`,
            isBot: sql`excluded.is_bot`,
            isSlackAdmin: sql`excluded.is_slack_admin`,
            deleted: sql`excluded.deleted`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
        .returning();
      return rows[0]!;
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
