/**
 * Turns what a member types ("exel", "KI", "mídias sociais", "tablaeu") into a skill from the catalogue.
 *
 * Pure and synchronous: the caller passes the skills (from the seed catalogue or the database). The search index
 * built from a skills array is cached per array, so calling this on every keystroke of an external select stays
 * cheap even for a few hundred skills.
 */
import type { Lang } from '../../i18n';

/** The minimum a skill needs to be found by name, slug or alias. Database rows and catalogue seeds both fit. */
export type ResolvableSkill = {
  id: string | number;
  slug: string;
  names: Partial<Record<Lang, string>>;
  aliases: readonly string[];
};

/** How a match was found: exact name or slug, exact alias, unique prefix, or typo-tolerant comparison. */
export type MatchVia = 'exact' | 'alias' | 'prefix' | 'fuzzy';

export type SkillResolution<S extends ResolvableSkill = ResolvableSkill> =
  | { kind: 'match'; skill: S; via: MatchVia }
  | { kind: 'ambiguous'; candidates: S[] }
  | { kind: 'none'; input: string };

/** How many candidates an ambiguous answer offers at most. */
export const MAX_AMBIGUOUS_CANDIDATES = 5;

/** Minimum input length (without spaces) before a prefix alone may pick a skill. */
export const MIN_PREFIX_LENGTH = 3;

/** Minimum input length before a piece from the middle of a word may pick a skill ("analyse" in "Datenanalyse"). */
export const MIN_INFIX_LENGTH = 5;

/**
 * Filler words that carry no meaning for a skill name in en, de and pt-BR ("the", "und", "de", "para" …).
 * Deliberately short: "no" stays (it is the first half of "no-code"), and so does "it" ("IT security").
 */
const TRIVIAL_WORDS: ReadonlySet<string> = new Set([
  ...'a an the of and or for to in on with my learn learning'.split(' '),
  ...'der die das den dem des ein eine einen und oder mit von fur im zu zum zur auf lernen'.split(' '),
  ...'o os as um uma de da do das dos e ou em na nas nos para com por aprender'.split(' '),
]);

/**
 * Normalises free text for comparison: lower case, diacritics stripped (NFD), "ß" → "ss", every run of
 * punctuation or whitespace collapsed to one space, filler words dropped ("the", "und", "de" …).
 * "+" and "#" survive so "C++" and "C#" stay distinct. If only filler words remain they are kept, so the
 * result is empty only for input without letters or digits.
 *
 * @example normalizeSkillText('  Análise de   Dados! ') === 'analise dados'
 * @example normalizeSkillText('Künstliche Intelligenz') === 'kunstliche intelligenz'
 */
export function normalizeSkillText(s: string): string {
  let t = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
  // "e-mail", "E-Mail" and "e mail" are all one word; otherwise the Portuguese filler "e" would eat the "e".
  t = t.replace(/\be[\s\-‐‑–—]?mail/g, 'email');
  // Apostrophes join rather than split: "don't" → "dont".
  t = t.replace(/['’`´]/g, '');
  const tokens = t.split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 0 && !/^[+#]+$/.test(w));
  const meaningful = tokens.filter((w) => !TRIVIAL_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : tokens).join(' ');
}

/** The normalised text without spaces, so "chat gpt" meets "ChatGPT" and "power bi" meets "PowerBI". */
function compactOf(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/** Row buffers reused by every distance computation (pure and synchronous, so sharing them is safe). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Banded optimal-string-alignment DP of `a` against `b`. Only cells within `max` of the diagonal can end up
 * ≤ max, so only those are computed: O(|a| · max) instead of O(|a| · |b|). With `prefix`, answers the
 * distance from `a` to the closest *start* of `b` (someone still typing) instead of to all of `b`.
 * Returns `max + 1` for anything above `max`.
 */
function boundedOsa(a: string, b: string, max: number, prefix: boolean): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  const over = max + 1;
  if (!prefix && Math.abs(n - m) > max) return over;
  if (n === 0) return Math.min(prefix ? 0 : m, over);
  if (m === 0) return Math.min(n, over);
  if (rowA.length < m + 2) {
    rowA = new Int32Array(m + 2);
    rowB = new Int32Array(m + 2);
    rowC = new Int32Array(m + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  // Row 0: distance from "" to b[0..j) is j; beyond the band it can never come back under max.
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;

  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = cur[0]!;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ai === bj ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const swap = prev2[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  if (!prefix) return Math.min(prev[m]!, over);
  // The closest start of b: any end column within the band of the last row.
  let best = over;
  for (let j = Math.max(0, n - max); j <= Math.min(m, n + max); j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein restricted to adjacent transpositions):
 * insertions, deletions, substitutions and swaps of two neighbouring characters cost 1 each.
 * "tablaeu" → "tableau" is 1, "exel" → "excel" is 1.
 *
 * With `max`, only distances up to `max` are computed exactly; anything larger comes back as `max + 1`. That
 * keeps scanning hundreds of candidates per keystroke cheap.
 */
export function osaDistance(a: string, b: string, max: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const bound = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : Math.max(a.length, b.length);
  return boundedOsa(a, b, bound, false);
}

/**
 * Distance from `typed` to the closest start of `target` — how far a half-typed word is from becoming a
 * prefix of the target ("tabla" → "tableau" is 1). Capped like `osaDistance`.
 */
export function osaPrefixDistance(typed: string, target: string, max: number): number {
  if (target.startsWith(typed)) return 0;
  return boundedOsa(typed, target, Math.max(0, Math.floor(max)), true);
}

/**
 * How many typos we forgive for an input of `length` characters (spaces not counted). Short words get none:
 * "ki" must not become "ui", and "sql" must not become "seo".
 */
export function maxTyposFor(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  if (length < 12) return 2;
  return 3;
}

type KeyKind = 'name' | 'slug' | 'alias';

/** When several keys match, a display name is the better evidence, then the slug, then an alias. */
const KIND_PENALTY: Readonly<Record<KeyKind, number>> = { name: 0, slug: 50, alias: 100 };

interface IndexedKey {
  norm: string;
  compact: string;
  /** `norm` with a leading space, to test word starts with one `includes`. */
  spaced: string;
  skill: number;
  kind: KeyKind;
}

interface SkillIndex {
  size: number;
  keys: IndexedKey[];
  byCompact: Map<string, IndexedKey[]>;
}

const indexCache = new WeakMap<readonly ResolvableSkill[], SkillIndex>();

function buildIndex(skills: readonly ResolvableSkill[]): SkillIndex {
  const keys: IndexedKey[] = [];
  const byCompact = new Map<string, IndexedKey[]>();
  skills.forEach((skill, i) => {
    const seen = new Set<string>();
    const add = (raw: string | undefined, kind: KeyKind): void => {
      if (!raw) return;
      const norm = normalizeSkillText(raw);
      const compact = compactOf(norm);
      // One key per distinct text and skill; names win over aliases because they are added first.
      if (!compact || seen.has(norm)) return;
      seen.add(norm);
      const key: IndexedKey = { norm, compact, spaced: ` ${norm}`, skill: i, kind };
      keys.push(key);
      const bucket = byCompact.get(compact);
      if (bucket) bucket.push(key);
      else byCompact.set(compact, [key]);
    };
    for (const name of Object.values(skill.names)) add(name, 'name');
    add(skill.slug, 'slug');
    for (const alias of skill.aliases) add(alias, 'alias');
  });
  return { size: skills.length, keys, byCompact };
}

/** The index for this array, built once and reused while the array keeps its length. */
function indexFor(skills: readonly ResolvableSkill[]): SkillIndex {
  const cached = indexCache.get(skills);
  if (cached && cached.size === skills.length) return cached;
  const built = buildIndex(skills);
  indexCache.set(skills, built);
  return built;
}

/** Keeps the lowest score per skill. */
function keepBest(best: Map<number, number>, skill: number, score: number): void {
  const old = best.get(skill);
  if (old === undefined || score < old) best.set(skill, score);
}

/** Skill positions ordered by score, then catalogue order. */
function ranked(best: Map<number, number>): number[] {
  return [...best.entries()].sort((x, y) => x[1] - y[1] || x[0] - y[0]).map(([skill]) => skill);
}

/**
 * Finds the one skill a member meant, case- and accent-insensitively, in four steps that stop at the first
 * hit: exact name or slug (`exact`) or alias (`alias`); then a prefix of at least three characters that only one
 * skill has — of the whole name or of one of its words, or from five characters on a piece inside a word,
 * for German compounds (`prefix`); then a typo-tolerant comparison (`fuzzy`, Damerau–Levenshtein/OSA, more typos
 * allowed for longer input). When a step finds several skills, the answer is `ambiguous` with at most five
 * candidates, best first; when no step finds anything, `none`.
 *
 * @example resolveSkill('tablaeu', skills) // → { kind: 'match', skill: Tableau, via: 'fuzzy' }
 */
export function resolveSkill<S extends ResolvableSkill>(
  input: string,
  skills: readonly S[],
): SkillResolution<S> {
  const none: SkillResolution<S> = { kind: 'none', input };
  const q = normalizeSkillText(input);
  const qc = compactOf(q);
  if (!qc) return none;

  const index = indexFor(skills);
  const pick = (positions: number[]): S[] =>
    positions.slice(0, MAX_AMBIGUOUS_CANDIDATES).map((p) => skills[p]!);

  // 1. Exact: a name, slug or alias, ignoring case, accents, punctuation and spaces.
  const exact = index.byCompact.get(qc);
  if (exact) {
    const best = new Map<number, number>();
    for (const key of exact) keepBest(best, key.skill, key.kind === 'alias' ? 1 : 0);
    const order = ranked(best);
    const first = order[0]!;
    if (order.length === 1) {
      return { kind: 'match', skill: skills[first]!, via: best.get(first) === 0 ? 'exact' : 'alias' };
    }
    return { kind: 'ambiguous', candidates: pick(order) };
  }

  // 2. Prefix: the start of a name ("tabl" → Tableau) or of any word in it ("formu" → Excel formulas).
  //    Then, for longer input, a piece inside a word, which German compounds need ("visualisierung" →
  //    "Datenvisualisierung"). Names rank before aliases, whole-key starts before word starts, short before long.
  if (qc.length >= MIN_PREFIX_LENGTH) {
    const starts = new Map<number, number>();
    const wordStarts = new Map<number, number>();
    const inside = new Map<number, number>();
    for (const key of index.keys) {
      const score = KIND_PENALTY[key.kind] * 10 + key.compact.length - qc.length;
      if (key.compact.startsWith(qc)) keepBest(starts, key.skill, score);
      else if (key.spaced.includes(` ${q}`)) keepBest(wordStarts, key.skill, score);
      else if (qc.length >= MIN_INFIX_LENGTH && key.compact.includes(qc)) keepBest(inside, key.skill, score);
    }
    // A name that starts with the input wins even if some other name merely has a word starting with it
    // ("tabl": Tableau, not "pivot table"); when several names start with it, all word starts join the list.
    if (starts.size === 1) return { kind: 'match', skill: skills[ranked(starts)[0]!]!, via: 'prefix' };
    if (starts.size > 1) {
      const order = ranked(starts);
      const more = ranked(wordStarts).filter((p) => !starts.has(p));
      return { kind: 'ambiguous', candidates: pick([...order, ...more]) };
    }
    for (const found of [wordStarts, inside]) {
      if (found.size === 0) continue;
      const order = ranked(found);
      if (order.length === 1) return { kind: 'match', skill: skills[order[0]!]!, via: 'prefix' };
      return { kind: 'ambiguous', candidates: pick(order) };
    }
  }

  // 3. Fuzzy: typos, swapped letters, a missing or extra letter.
  const max = maxTyposFor(qc.length);
  if (max > 0) {
    const distances = new Map<number, number>();
    for (const key of index.keys) {
      const d = osaDistance(qc, key.compact, max);
      if (d <= max) keepBest(distances, key.skill, d);
    }
    if (distances.size > 0) {
      const order = ranked(distances);
      const bestDistance = distances.get(order[0]!)!;
      const tied = order.filter((p) => distances.get(p) === bestDistance);
      if (tied.length === 1) return { kind: 'match', skill: skills[order[0]!]!, via: 'fuzzy' };
      return { kind: 'ambiguous', candidates: pick(order) };
    }
  }

  return none;
}

/** Score bands for suggestions; lower is better. */
const BAND = { exact: 0, prefix: 1_000, wordStart: 2_000, substring: 3_000, fuzzy: 4_000 } as const;

/**
 * Ranks skills for autocomplete (a Slack external select): exact matches first, then names starting with the
 * input, names with a word starting with it, names containing it, and finally close typos (also of a
 * half-typed word: "tabla" still suggests Tableau). Names beat aliases and shorter names beat longer ones
 * within a band; ties keep catalogue order. Empty input returns the first `n` skills in catalogue order.
 *
 * @param n how many suggestions at most (Slack shows up to 100 options; 10 is a good default)
 */
export function suggestSkills<S extends ResolvableSkill>(input: string, skills: readonly S[], n = 10): S[] {
  if (n <= 0) return [];
  const q = normalizeSkillText(input);
  const qc = compactOf(q);
  if (!qc) return skills.slice(0, n);

  const index = indexFor(skills);
  const max = maxTyposFor(qc.length);
  const best = new Map<number, number>();
  for (const key of index.keys) {
    // Within a band: names before aliases, then the closest length.
    const tie = KIND_PENALTY[key.kind] + Math.min(Math.abs(key.compact.length - qc.length), 99);
    let score: number | undefined;
    if (key.compact === qc) score = BAND.exact + tie;
    else if (key.compact.startsWith(qc)) score = BAND.prefix + tie;
    else if (key.spaced.includes(` ${q}`)) score = BAND.wordStart + tie;
    else if (qc.length >= 2 && key.compact.includes(qc)) score = BAND.substring + tie;
    else if (max > 0) {
      // Compare with the whole key and with its start, since the member may still be typing.
      const d = Math.min(osaDistance(qc, key.compact, max), osaPrefixDistance(qc, key.compact, max));
      if (d <= max) score = BAND.fuzzy + d * 250 + tie;
    }
    if (score !== undefined) keepBest(best, key.skill, score);
  }
  return ranked(best)
    .slice(0, n)
    .map((p) => skills[p]!);
}
