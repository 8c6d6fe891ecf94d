import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '../src/db/schema';
import { createMatchingRepository } from '../src/db/repositories/matching';
import { createPairingRepository } from '../src/db/repositories/pairings';
import { createProfileRepository } from '../src/db/repositories/profiles';
import { createSkillRepository } from '../src/db/repositories/skills';
import { createMemberRepository } from '../src/db/repositories/members';
import { suggestForSkill } from '../src/services/matching';
import { createBenchDatabase } from './lib/env';
import { seedOrg } from './lib/seed-org';

async function main() {
  const bench = await createBenchDatabase('scratch');
  const client = postgres(bench.url, { max: 4, onnotice: () => undefined });
  const db = drizzle(client, { schema, casing: 'snake_case' });
  try {
    const skills = createSkillRepository(db);
    await skills.seedCatalogue();
    const now = new Date();
    const org = await seedOrg(bench.sql, { teamId: 'TSUGGEST', members: 50000, deptSize: 150, mentorShare: 0.4, activePairings: 8000, endedPairings: 4000, now, seed: 7 });
    const deps = { profiles: createProfileRepository(db), pairings: createPairingRepository(db), matching: createMatchingRepository(db), clock: () => now };
    const members = createMemberRepository(db);
    const all = await skills.listForTeam(org.teamId);
    const top = all.find((s) => s.id === org.skillsByRank[0])!;
    const t = async (label: string, f: () => Promise<unknown>) => { const s = performance.now(); for (let i = 0; i < 20; i++) await f(); console.log(label, ((performance.now() - s) / 20).toFixed(1), 'ms'); };
    const mentee = (await members.find(org.teamId, org.slackIds[836]!))!;
    for (let k = 0; k < 0; k++) {
      await t('candidates', () => deps.matching.candidatesForSkill(org.teamId, top.id));
      await t('leadMapAround', () => deps.matching.leadMapAround(org.teamId, mentee.slackUserId));
      await t('leadMapAround lead', () => deps.matching.leadMapAround(org.teamId, org.slackIds[150]!));
      await t('leadMap', () => deps.matching.leadMap(org.teamId));
      await t('getMentee', () => deps.profiles.getMentee(mentee.id));
      await t('pastMentors', () => deps.pairings.pastMentors(org.teamId, mentee.id));
      await t('suggest', () => suggestForSkill(deps, mentee, top));
    }
  } finally { await client.end(); console.log(bench.name); }
}
void main();
