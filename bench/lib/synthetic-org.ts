/**
 * Seeded synthetic organisation for the matching benchmark.
 *
 * People are split into mentees and mentors (separate people), spread over departments of ~150. Each person has
 * a lead in their department; department leads report to the lead of a parent department (a tree), so the
 * reporting-line rule also bites across departments. Skills: 80 digital skills with Zipf demand (mentees) and
 * Zipf supply (mentors), on two different but correlated popularity orders, so popular skills are contested.
 * Six time zones, a few languages, learning/teaching styles, seniority (reverse mentoring is rewarded).
 *
 * Hard rules (a pair is never a candidate): same department, a past mentor of the mentee (two per mentee),
 * a reporting line in either direction. Capacity is left to the solver. Candidates per mentee: mentors who
 * teach a wanted skill above the mentee's level, sampled, scored, the best 50–300 kept.
 */
import type { BatchCsrInput } from '../../src/domain/matching/batch';

/** mulberry32: small, fast, good enough for synthetic data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SKILL_COUNT = 80;
export const DEPARTMENT_SIZE = 150;
/** Working-day offsets from UTC in hours: US west, US east, UK, central Europe, India, Singapore. */
const TIME_ZONES = [-8, -5, 0, 1, 5.5, 8];
const LANGUAGES = 4; // en, de, pt-BR, es
const STYLES = 3; // hands-on, explain-first, async

export interface SyntheticOrgOptions {
  mentees: number;
  mentors: number;
  seed: number;
  minCandidates?: number;
  maxCandidates?: number;
  /** Mentor capacities are uniform in 1..capacityMax (default 3). */
  capacityMax?: number;
}

/** Attributes of every person; mentee i is person i, mentor j is person `mentees + j`. */
export interface SyntheticOrg {
  menteeCount: number;
  mentorCount: number;
  department: Int32Array;
  /** Person id of the lead, or -1 for the top of the tree. */
  lead: Int32Array;
  /** Two past mentors (mentor indices) per mentee, at 2i and 2i + 1. */
  pastMentors: Int32Array;
  capacities: Int32Array;
  /** The candidate pairs with scores, CSR by mentee. */
  csr: BatchCsrInput;
}

function zipfSampler(count: number, exponent: number, rng: () => number): () => number {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let r = 0; r < count; r++) {
    sum += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = sum;
  }
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Hours of overlap between two 09:00–17:00 working days. */
function overlapHours(a: number, b: number): number {
  return Math.max(0, 8 - Math.abs((TIME_ZONES[a] ?? 0) - (TIME_ZONES[b] ?? 0)));
}

/** Builds the organisation and its candidate graph. Same options, same org. */
export function generateSyntheticOrg(options: SyntheticOrgOptions): SyntheticOrg {
  const { mentees: n, mentors: m, seed } = options;
  const minCandidates = options.minCandidates ?? 50;
  const maxCandidates = options.maxCandidates ?? 300;
  const capacityMax = options.capacityMax ?? 3;
  const rng = mulberry32(seed);
  const people = n + m;
  const int = (k: number): number => Math.floor(rng() * k);

  // Departments: a random permutation of people cut into blocks of ~150.
  const perm = new Int32Array(people);
  for (let p = 0; p < people; p++) perm[p] = p;
  for (let p = people - 1; p > 0; p--) {
    const q = int(p + 1);
    const t = perm[p]!;
    perm[p] = perm[q]!;
    perm[q] = t;
  }
  const departments = Math.max(1, Math.round(people / DEPARTMENT_SIZE));
  const department = new Int32Array(people);
  const headOf = new Int32Array(departments).fill(-1);
  for (let r = 0; r < people; r++) {
    const d = Math.floor((r * departments) / people);
    const person = perm[r]!;
    department[person] = d;
    if (headOf[d] === -1) headOf[d] = person;
  }
  const lead = new Int32Array(people);
  for (let p = 0; p < people; p++) {
    const d = department[p]!;
    if (headOf[d] !== p) lead[p] = headOf[d]!;
    else lead[p] = d === 0 ? -1 : headOf[Math.floor((d - 1) / 6)]!; // department tree, fan-out 6
  }

  const timeZone = new Uint8Array(people);
  const language = new Uint8Array(people); // second language; everybody speaks English as well or not
  const speaksEnglish = new Uint8Array(people);
  const style = new Uint8Array(people);
  const seniority = new Uint8Array(people); // 0 junior .. 4 executive
  for (let p = 0; p < people; p++) {
    // Regions cluster by department, with some spread.
    timeZone[p] = rng() < 0.7 ? (department[p]! * 7) % TIME_ZONES.length : int(TIME_ZONES.length);
    language[p] = int(LANGUAGES);
    speaksEnglish[p] = rng() < 0.85 ? 1 : 0;
    style[p] = int(STYLES);
  }
  // Mentees skew senior, mentors skew junior: reverse mentoring.
  for (let i = 0; i < n; i++) seniority[i] = 1 + int(4);
  for (let j = 0; j < m; j++) seniority[n + j] = int(4);

  // Popularity orders: demand follows skill rank; supply follows a perturbed rank, so they correlate.
  const supplyRank = new Int32Array(SKILL_COUNT);
  const keyed = Array.from({ length: SKILL_COUNT }, (_, s) => ({ s, key: s + rng() * 25 }));
  keyed.sort((a, b) => a.key - b.key);
  keyed.forEach(({ s }, rank) => (supplyRank[rank] = s));
  const demandZipf = zipfSampler(SKILL_COUNT, 1.0, rng);
  const supplyZipf = zipfSampler(SKILL_COUNT, 0.9, rng);

  // Mentors: 2–4 skills each, level 3–5; capacity 1–3.
  const capacities = new Int32Array(m);
  const mentorLevel = new Uint8Array(m * SKILL_COUNT);
  const teachersOf: number[][] = Array.from({ length: SKILL_COUNT }, () => []);
  for (let j = 0; j < m; j++) {
    capacities[j] = 1 + int(capacityMax);
    const k = 2 + int(3);
    for (let t = 0; t < k; t++) {
      const s = supplyRank[supplyZipf()]!;
      if (mentorLevel[j * SKILL_COUNT + s] !== 0) continue;
      mentorLevel[j * SKILL_COUNT + s] = 3 + int(3);
      teachersOf[s]!.push(j);
    }
  }

  // Mentees: 1–3 wanted skills in priority order, current level 0–2; two past mentors.
  const pastMentors = new Int32Array(2 * n);
  const wanted = new Int32Array(3 * n).fill(-1);
  const wantedLevel = new Uint8Array(3 * n);
  for (let i = 0; i < n; i++) {
    const k = 1 + int(3);
    for (let t = 0; t < k; t++) {
      const s = demandZipf();
      if (wanted[3 * i] === s || wanted[3 * i + 1] === s) continue;
      wanted[3 * i + t] = s;
      wantedLevel[3 * i + t] = int(3);
    }
    pastMentors[2 * i] = m > 0 ? int(m) : -1;
    pastMentors[2 * i + 1] = m > 0 ? int(m) : -1;
  }

  // Candidates: sample teachers of each wanted skill, score, apply hard rules, keep the best K.
  const stamp = new Int32Array(m).fill(-1);
  const localScore = new Int32Array(m);
  const offsets = new Int32Array(n + 1);
  let mentorsOut = new Int32Array(Math.max(16, n * 200));
  let scoresOut = new Int32Array(mentorsOut.length);
  let at = 0;
  const candidates: number[] = [];
  const SAMPLE_PER_SKILL = 400;
  for (let i = 0; i < n; i++) {
    candidates.length = 0;
    for (let t = 0; t < 3; t++) {
      const s = wanted[3 * i + t]!;
      if (s < 0) continue;
      const priorityWeight = t === 0 ? 10 : t === 1 ? 8 : 6;
      const teachers = teachersOf[s]!;
      const sampled = Math.min(teachers.length, SAMPLE_PER_SKILL);
      const startAt = int(Math.max(1, teachers.length));
      const stride = teachers.length > SAMPLE_PER_SKILL ? 1 + int(7) : 1;
      for (let q = 0; q < sampled; q++) {
        const j = teachers[(startAt + q * stride) % teachers.length]!;
        const mentor = n + j;
        if (department[mentor] === department[i]) continue;
        if (pastMentors[2 * i] === j || pastMentors[2 * i + 1] === j) continue;
        if (lead[i] === mentor || lead[mentor] === i) continue;
        const gap = mentorLevel[j * SKILL_COUNT + s]! - wantedLevel[3 * i + t]!;
        if (gap <= 0) continue;
        const skillFit = gap === 2 ? 4 : gap === 3 ? 3 : gap === 1 ? 2 : 1; // basics first: a 2-level gap teaches best
        let score = skillFit * priorityWeight; // 6..40
        score += 3 * overlapHours(timeZone[i]!, timeZone[mentor]!); // 0..24
        const shared =
          language[i] === language[mentor] ? 15 : speaksEnglish[i] && speaksEnglish[mentor] ? 10 : 0;
        if (shared === 0) continue; // no common language: not a usable pair
        score += shared;
        if (style[i] === style[mentor]) score += 8;
        if (seniority[mentor]! < seniority[i]!) score += 6;
        score += int(6); // rapport noise
        if (stamp[j] !== i) {
          stamp[j] = i;
          localScore[j] = score;
          candidates.push(j);
        } else if (score > localScore[j]!) localScore[j] = score; // a mentor teaching two wanted skills
      }
    }
    candidates.sort((a, b) => localScore[b]! - localScore[a]! || a - b);
    const keep = Math.min(candidates.length, minCandidates + int(maxCandidates - minCandidates + 1));
    if (at + keep > mentorsOut.length) {
      const grown = Math.max(at + keep, mentorsOut.length * 2);
      const m2 = new Int32Array(grown);
      m2.set(mentorsOut.subarray(0, at));
      mentorsOut = m2;
      const s2 = new Int32Array(grown);
      s2.set(scoresOut.subarray(0, at));
      scoresOut = s2;
    }
    for (let c = 0; c < keep; c++) {
      const j = candidates[c]!;
      mentorsOut[at] = j;
      scoresOut[at++] = localScore[j]!;
    }
    offsets[i + 1] = at;
  }

  return {
    menteeCount: n,
    mentorCount: m,
    department,
    lead,
    pastMentors,
    capacities,
    csr: {
      menteeCount: n,
      mentorCapacities: capacities,
      offsets,
      mentors: mentorsOut.slice(0, at),
      scores: scoresOut.slice(0, at),
    },
  };
}

/** Recounts hard-rule and capacity violations straight from an assignment and the org's attributes. */
export function countViolations(
  org: SyntheticOrg,
  mentorOf: Int32Array,
): {
  sameDepartment: number;
  pastMentor: number;
  reportingLine: number;
  capacity: number;
  notACandidate: number;
} {
  const n = org.menteeCount;
  const load = new Int32Array(org.mentorCount);
  let sameDepartment = 0;
  let pastMentor = 0;
  let reportingLine = 0;
  let notACandidate = 0;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j < 0) continue;
    load[j]! += 1;
    const mentor = n + j;
    if (org.department[i] === org.department[mentor]) sameDepartment++;
    if (org.pastMentors[2 * i] === j || org.pastMentors[2 * i + 1] === j) pastMentor++;
    if (org.lead[i] === mentor || org.lead[mentor] === i) reportingLine++;
    let listed = false;
    for (let e = org.csr.offsets[i]!; e < org.csr.offsets[i + 1]!; e++)
      if (org.csr.mentors[e] === j) listed = true;
    if (!listed) notACandidate++;
  }
  let capacity = 0;
  for (let j = 0; j < org.mentorCount; j++) if (load[j]! > org.capacities[j]!) capacity++;
  return { sameDepartment, pastMentor, reportingLine, capacity, notACandidate };
}
