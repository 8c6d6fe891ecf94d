import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { skills, type LocalisedText } from '../schema';
import { SKILL_CATALOGUE } from '../../domain/skills/catalogue';
import { normalizeSkillText } from '../../domain/skills/resolve';

export type SkillRow = typeof skills.$inferSelect;

/** How long a workspace's skill list is cached; the external select asks on every keystroke. */
const CACHE_MS = 30_000;

/** The catalogue: global seed skills plus each workspace's own. */
export function createSkillRepository(db: Db) {
  const cache = new Map<string, { at: number; rows: SkillRow[] }>();

  return {
    /** Idempotently writes the seed catalogue (names and aliases may improve between releases; slugs never change). */
    async seedCatalogue(): Promise<void> {
      const values = SKILL_CATALOGUE.map(
        (s) => sql`(null, ${s.slug}, ${s.group}, ${JSON.stringify(s.names)}::jsonb, ${sql.raw(pgTextArray(s.aliases))})`,
      );
      await db.execute(sql`
        insert into skills (team_id, slug, group_slug, names, aliases)
        values ${sql.join(values, sql`, `)}
        on conflict (coalesce(team_id, ''), slug) do update
          set group_slug = excluded.group_slug, names = excluded.names, aliases = excluded.aliases
          where (skills.group_slug, skills.names, skills.aliases) is distinct from (excluded.group_slug, excluded.names, excluded.aliases)`);
      cache.clear();
    },

    /** Every skill a workspace can use, cached briefly. */
    async listForTeam(teamId: string, now = Date.now()): Promise<SkillRow[]> {
      const hit = cache.get(teamId);
      if (hit && now - hit.at < CACHE_MS) return hit.rows;
      const rows = await db
        .select()
        .from(skills)
        .where(or(isNull(skills.teamId), eq(skills.teamId, teamId)))
        .orderBy(skills.groupSlug, skills.slug);
      cache.set(teamId, { at: now, rows });
      return rows;
    },

    async findByIds(teamId: string, ids: number[]): Promise<SkillRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(skills)
        .where(and(sql`${skills.id} = any(${pgIntArray(ids)}::bigint[])`, or(isNull(skills.teamId), eq(skills.teamId, teamId))));
    },

    /** Adds a workspace skill from free text (or returns the one with the same slug). */
    async addCustom(teamId: string, name: string, createdBy: string, tx: Db = db): Promise<SkillRow> {
      const clean = name.trim().replace(/\s+/g, ' ').slice(0, 60);
      const slug = `custom-${normalizeSkillText(clean).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'skill'}`.slice(0, 80);
      const names: LocalisedText = { en: clean, de: clean, 'pt-BR': clean };
      await tx.execute(sql`
        insert into skills (team_id, slug, group_slug, names, aliases, created_by)
        values (${teamId}, ${slug}, 'custom', ${JSON.stringify(names)}::jsonb, '{}'::text[], ${createdBy})
        on conflict (coalesce(team_id, ''), slug) do nothing`);
      cache.delete(teamId);
      const rows = await tx.select().from(skills).where(and(eq(skills.teamId, teamId), eq(skills.slug, slug))).limit(1);
      return rows[0]!;
    },
  };
}

export type SkillRepository = ReturnType<typeof createSkillRepository>;

/** A Postgres text[] literal; values are quoted and escaped. */
function pgTextArray(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `'${`{${quoted.join(',')}}`.replace(/'/g, "''")}'::text[]`;
}

function pgIntArray(ids: number[]): string {
  return `{${ids.map((i) => Math.trunc(i)).join(',')}}`;
}
