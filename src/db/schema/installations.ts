import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces';

/**
 * One row per workspace that installed the app through Slack OAuth (multi-workspace mode). Tokens are never
 * stored in clear: `bot_token_enc` holds an AES-256-GCM sealed value bound to the team id (see
 * `src/db/secret-box.ts`). Uninstalling or revoking the token deletes the row.
 */
export const installations = pgTable('installations', {
  teamId: text()
    .primaryKey()
    .references(() => workspaces.teamId, { onDelete: 'cascade' }),
  enterpriseId: text(),
  appId: text(),
  botId: text(),
  botUserId: text().notNull(),
  botTokenEnc: text().notNull(),
  /** Only with token rotation enabled (sealed like the token). */
  botRefreshTokenEnc: text(),
  botTokenExpiresAt: timestamp({ withTimezone: true }),
  botScopes: text().array().notNull().default(sql`'{}'::text[]`),
  /** Who clicked "Allow"; also recorded as the workspace's installer (its first program admin). */
  installerUserId: text(),
  installedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
