/**
 * A seeded synthetic organisation written straight into a benchmark database with set-based inserts
 * (`unnest` of arrays, 10,000 rows a statement): members in departments with a lead each (and leads of leads),
 * mentee profiles with learning goals, mentor profiles with teaching skills (Zipf over the skill catalogue),
 * pairings (active and ended), and optionally a year of sessions with check-ins and KPIs.
 * The rows are what the app's own flows would have written; the flows have their own tests.
 */
import type { Sql } from '../../src/db/client';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index in [0, n) with probability ∝ 1/(rank+1) (Zipf, s = 1). */
export function zipfPicker(n: number, random: () => number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let r = 0; r < n; r++) cdf.push((sum += 1 / (r + 1)));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Tokyo'];
const LOCALES = ['en-US', 'de-DE', 'pt-BR'];
const STYLES = ['patience', 'step_by_step', 'hands_on'];

export interface SeedOrgOptions {
  teamId: string;
  members: number;
  /** People per department; the first of each department is its lead. */
  deptSize: number;
  /** Share of members who also have a mentor profile. */
  mentorShare: number;
  activePairings: number;
  endedPairings: number;
  /** Share of members who are paused (never suggested). */
  pausedShare?: number;
  /** A year of fortnightly sessions per pairing (held/skipped), mentee check-ins and 1–2 KPIs per pairing. */
  sessions?: boolean;
  /** Consent to share progress with the lead, as a share of mentees. */
  consentShare?: number;
  now: Date;
  seed: number;
}

export interface SeededOrg {
  teamId: string;
  /** Row id and Slack id of member i (0-based). */
  memberIds: number[];
  slackIds: string[];
  /** Slack ids of every department lead. */
  leads: string[];
  /** Skill ids by Zipf rank (index 0 is the most demanded and most taught). */
  skillsByRank: number[];
  /** Member indexes with a mentor profile. */
  mentorIdx: number[];
  /** Learning goals of member i (skill ids). */
  goalsOf: number[][];
  counts: Record<string, number>;
}

const CHUNK = 10_000;

/** Inserts column arrays through `unnest`, CHUNK rows a statement; returns the ids when `returning` is set. */
async function insertColumns(
  sql: Sql,
  table: string,
  columns: { name: string; type: string; values: unknown[]; cast?: string }[],
  returning?: string,
): Promise<number[]> {
  const n = columns[0]!.values.length;
  const ids: number[] = [];
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    const params = columns.map((c) => sql.array(c.values.slice(start, end) as never[]));
    const list = columns.map((c) => c.name).join(', ');
    const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    const select = columns.map((c, i) => `u.c${i}${c.cast ? `::${c.cast}` : ''}`).join(', ');
    const names = columns.map((_, i) => `c${i}`).join(', ');
    const text = `insert into ${table} (${list}) select ${select} from unnest(${unnest}) as u(${names})${returning ? ` returning ${returning}` : ''}`;
    const rows = await sql.unsafe(text, params as never[]);
    if (returning) for (const r of rows) ids.push(Number((r as Record<string, unknown>)[returning]));
  }
  return ids;
}

const DAY = 24 * 3600_000;

export async function seedOrg(sql: Sql, o: SeedOrgOptions): Promise<SeededOrg> {
  const random = rng(o.seed);
  const n = o.members;
  const counts: Record<string, number> = {};
  await sql`insert into workspaces (team_id, name) values (${o.teamId}, ${`Bench ${o.teamId}`}) on conflict do nothing`;
  const skillRows = await sql<{ id: string }[]>`select id from skills where team_id is null order by id`;
  const skillsByRank = skillRows.map((r) => Number(r.id));
  for (let i = skillsByRank.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [skillsByRank[i], skillsByRank[j]] = [skillsByRank[j]!, skillsByRank[i]!];
  }
  const pickSkill = zipfPicker(skillsByRank.length, random);

  const slackIds = Array.from({ length: n }, (_, i) => `U${o.teamId.slice(1)}${String(i).padStart(6, '0')}`.slice(0, 21));
  const pausedShare = o.pausedShare ?? 0.02;
  const memberIds = await insertColumns(
    sql,
    'members',
    [
      { name: 'team_id', type: 'text', values: slackIds.map(() => o.teamId) },
      { name: 'slack_user_id', type: 'text', values: slackIds },
      { name: 'display_name', type: 'text', values: slackIds.map((_, i) => `Person ${i}`) },
      { name: 'tz', type: 'text', values: slackIds.map((_, i) => ZONES[Math.floor(i / o.deptSize) % ZONES.length]!) },
      { name: 'locale', type: 'text', values: slackIds.map((_, i) => LOCALES[i % LOCALES.length]!) },
      { name: 'paused_at', type: 'timestamptz', values: slackIds.map(() => (random() < pausedShare ? o.now.toISOString() : null)) },
      { name: 'updated_at', type: 'timestamptz', values: slackIds.map(() => o.now.toISOString()) },
    ],
    'id',
  );
  counts.members = n;

  // Reporting lines: department lead, then the lead of every tenth department, then person 0.
  const deptLead = (d: number) => d * o.deptSize;
  const leadOf = (i: number): number | null => {
    const d = Math.floor(i / o.deptSize);
    if (i !== deptLead(d)) return deptLead(d);
    if (i === 0) return null;
    const head = deptLead(Math.floor(d / 10) * 10);
    return head === i ? 0 : head;
  };
  const depts = Math.ceil(n / o.deptSize);
  const leads = Array.from({ length: depts }, (_, d) => slackIds[deptLead(d)]!);

  const consentShare = o.consentShare ?? 0.5;
  await insertColumns(sql, 'mentee_profiles', [
    { name: 'member_id', type: 'bigint', values: memberIds },
    { name: 'lead_slack_user_id', type: 'text', values: memberIds.map((_, i) => (leadOf(i) === null ? null : slackIds[leadOf(i)!])) },
    { name: 'share_with_lead', type: 'boolean', values: memberIds.map(() => random() < consentShare) },
    { name: 'offers', type: 'text', values: memberIds.map(() => '{strategy,leadership}'), cast: 'text[]' },
  ]);
  counts.menteeProfiles = n;

  const goalsOf: number[][] = [];
  const goalMember: number[] = [];
  const goalSkill: number[] = [];
  const goalLevel: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = 1 + Math.floor(random() * 2);
    const mine = new Set<number>();
    while (mine.size < k) mine.add(skillsByRank[pickSkill()]!);
    goalsOf.push([...mine]);
    for (const s of mine) {
      goalMember.push(memberIds[i]!);
      goalSkill.push(s);
      goalLevel.push(1 + Math.floor(random() * 3));
    }
  }
  await insertColumns(sql, 'learning_goals', [
    { name: 'member_id', type: 'bigint', values: goalMember },
    { name: 'skill_id', type: 'bigint', values: goalSkill },
    { name: 'level', type: 'int', values: goalLevel },
  ]);
  counts.learningGoals = goalMember.length;

  const mentorIdx: number[] = [];
  for (let i = 0; i < n; i++) if (random() < o.mentorShare) mentorIdx.push(i);
  const availability = (i: number) =>
    JSON.stringify([
      { weekday: 1 + (i % 5), start: '09:00', end: '12:00' },
      { weekday: 1 + ((i + 2) % 5), start: '14:00', end: '17:00' },
    ]);
  await insertColumns(sql, 'mentor_profiles', [
    { name: 'member_id', type: 'bigint', values: mentorIdx.map((i) => memberIds[i]!) },
    { name: 'styles', type: 'text', values: mentorIdx.map((i) => `{${STYLES[i % STYLES.length]},${STYLES[(i + 1) % STYLES.length]}}`), cast: 'text[]' },
    { name: 'capacity', type: 'int', values: mentorIdx.map(() => 1 + Math.floor(random() * 3)) },
    { name: 'languages', type: 'text', values: mentorIdx.map((i) => (i % 3 === 1 ? '{en,de}' : i % 3 === 2 ? '{en,pt}' : '{en}')), cast: 'text[]' },
    { name: 'availability', type: 'text', values: mentorIdx.map(availability), cast: 'jsonb' },
  ]);
  counts.mentorProfiles = mentorIdx.length;

  const teachMember: number[] = [];
  const teachSkill: number[] = [];
  const teachLevel: number[] = [];
  const teachesOf = new Map<number, number[]>();
  for (const i of mentorIdx) {
    const k = 1 + Math.floor(random() * 3);
    const mine = new Set<number>();
    while (mine.size < k) mine.add(skillsByRank[pickSkill()]!);
    teachesOf.set(i, [...mine]);
    for (const s of mine) {
      teachMember.push(memberIds[i]!);
      teachSkill.push(s);
      teachLevel.push(3 + Math.floor(random() * 3));
    }
  }
  await insertColumns(sql, 'teaching_skills', [
    { name: 'member_id', type: 'bigint', values: teachMember },
    { name: 'skill_id', type: 'bigint', values: teachSkill },
    { name: 'level', type: 'int', values: teachLevel },
  ]);
  counts.teachingSkills = teachMember.length;

  // Pairings: a random mentee with a random mentor teaching one of the mentor's skills (never oneself, never
  // the same open triple twice).
  type P = { mentee: number; mentor: number; skill: number; active: boolean; startedAt: number; endedAt: number | null };
  const pairs: P[] = [];
  const open = new Set<string>();
  const total = o.activePairings + o.endedPairings;
  while (pairs.length < total) {
    const mentee = Math.floor(random() * n);
    const mentor = mentorIdx[Math.floor(random() * mentorIdx.length)]!;
    if (mentor === mentee) continue;
    const teaches = teachesOf.get(mentor)!;
    const skill = teaches[Math.floor(random() * teaches.length)]!;
    const active = pairs.length < o.activePairings;
    const key = `${mentee}-${mentor}-${skill}`;
    if (active && open.has(key)) continue;
    if (active) open.add(key);
    const startedAt = o.now.getTime() - Math.floor((30 + random() * 330) * DAY);
    const endedAt = active ? null : Math.min(o.now.getTime() - DAY, startedAt + Math.floor((60 + random() * 120) * DAY));
    pairs.push({ mentee, mentor, skill, active, startedAt, endedAt });
  }
  const pairingIds = await insertColumns(
    sql,
    'pairings',
    [
      { name: 'team_id', type: 'text', values: pairs.map(() => o.teamId) },
      { name: 'mentee_member_id', type: 'bigint', values: pairs.map((p) => memberIds[p.mentee]!) },
      { name: 'mentor_member_id', type: 'bigint', values: pairs.map((p) => memberIds[p.mentor]!) },
      { name: 'skill_id', type: 'bigint', values: pairs.map((p) => p.skill) },
      { name: 'state', type: 'text', values: pairs.map((p) => (p.active ? 'active' : 'ended')) },
      { name: 'active_at', type: 'timestamptz', values: pairs.map((p) => new Date(p.startedAt).toISOString()) },
      { name: 'ended_at', type: 'timestamptz', values: pairs.map((p) => (p.endedAt ? new Date(p.endedAt).toISOString() : null)) },
      { name: 'at_risk', type: 'boolean', values: pairs.map((p) => p.active && random() < 0.05) },
      { name: 'baseline_confidence', type: 'int', values: pairs.map(() => 1 + Math.floor(random() * 3)) },
      { name: 'cadence', type: 'text', values: pairs.map(() => 'biweekly') },
    ],
    'id',
  );
  counts.pairings = pairs.length;

  if (o.sessions) {
    const s = { pairing: [] as number[], startsAt: [] as string[], status: [] as string[], held: [] as (string | null)[] };
    const menteeOfSession: number[] = [];
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k]!;
      const end = p.endedAt ?? o.now.getTime();
      for (let t = p.startedAt + 7 * DAY; t < end; t += 14 * DAY) {
        const held = random() < 0.85;
        s.pairing.push(pairingIds[k]!);
        s.startsAt.push(new Date(t).toISOString());
        s.status.push(held ? 'held' : 'skipped');
        s.held.push(held ? new Date(t + 1800_000).toISOString() : null);
        menteeOfSession.push(memberIds[p.mentee]!);
      }
      if (p.active) {
        s.pairing.push(pairingIds[k]!);
        s.startsAt.push(new Date(o.now.getTime() + (1 + Math.floor(random() * 13)) * DAY).toISOString());
        s.status.push('confirmed');
        s.held.push(null);
        menteeOfSession.push(memberIds[p.mentee]!);
      }
    }
    const sessionIds = await insertColumns(
      sql,
      'sessions',
      [
        { name: 'team_id', type: 'text', values: s.pairing.map(() => o.teamId) },
        { name: 'pairing_id', type: 'bigint', values: s.pairing },
        { name: 'starts_at', type: 'timestamptz', values: s.startsAt },
        { name: 'status', type: 'text', values: s.status },
        { name: 'held_at', type: 'timestamptz', values: s.held },
      ],
      'id',
    );
    counts.sessions = sessionIds.length;
    const c = { session: [] as number[], member: [] as number[], confidence: [] as number[], at: [] as string[] };
    for (let k = 0; k < sessionIds.length; k++) {
      if (s.status[k] !== 'held') continue;
      c.session.push(sessionIds[k]!);
      c.member.push(menteeOfSession[k]!);
      c.confidence.push(1 + Math.floor(random() * 5));
      c.at.push(s.held[k]!);
    }
    await insertColumns(sql, 'checkins', [
      { name: 'session_id', type: 'bigint', values: c.session },
      { name: 'member_id', type: 'bigint', values: c.member },
      { name: 'role', type: 'text', values: c.session.map(() => 'mentee') },
      { name: 'happened', type: 'boolean', values: c.session.map(() => true) },
      { name: 'rating', type: 'int', values: c.session.map(() => 4) },
      { name: 'confidence', type: 'int', values: c.confidence },
      { name: 'created_at', type: 'timestamptz', values: c.at },
    ]);
    counts.checkins = c.session.length;
    const kp = { pairing: [] as number[], target: [] as number[], current: [] as number[], start: [] as string[] };
    for (let k = 0; k < pairs.length; k++) {
      const m = 1 + Math.floor(random() * 2);
      for (let j = 0; j < m; j++) {
        kp.pairing.push(pairingIds[k]!);
        kp.target.push(3 + Math.floor(random() * 8));
        kp.current.push(Math.floor(random() * 8));
        kp.start.push(new Date(pairs[k]!.startedAt).toISOString().slice(0, 10));
      }
    }
    await insertColumns(sql, 'kpis', [
      { name: 'team_id', type: 'text', values: kp.pairing.map(() => o.teamId) },
      { name: 'pairing_id', type: 'bigint', values: kp.pairing },
      { name: 'description', type: 'text', values: kp.pairing.map(() => 'Automate 3 processes') },
      { name: 'target', type: 'numeric', values: kp.target },
      { name: 'current', type: 'numeric', values: kp.current },
      { name: 'start_date', type: 'date', values: kp.start },
    ]);
    counts.kpis = kp.pairing.length;
  }
  // A database in use has been vacuumed and analysed by autovacuum: statistics and visibility maps are set.
  await sql`vacuum analyze`;
  return { teamId: o.teamId, memberIds, slackIds, leads, skillsByRank, mentorIdx, goalsOf, counts };
}
