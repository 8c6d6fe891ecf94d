import fc from 'fast-check';
import { parseCommandText, foldWord, isCalendarDate, type ParsedCommand } from '../../src/commands/parse';
import { stateValuesSchema, parseSkillRef, parseLevel, type StateValues } from '../../src/views/state';
import { parseSelfEvaluation } from '../../src/views/self-evaluation/parse';
import { parseMentorProfile } from '../../src/views/mentor-profile/parse';
import { parseProposal, lines } from '../../src/views/proposal/parse';
import { parseCoffee } from '../../src/views/coffee/parse';
import { parsePlan } from '../../src/views/plan/parse';
import { parseCheckin } from '../../src/views/checkin/parse';
import { parseAgenda, topicLines, mergeTopics } from '../../src/views/agenda/parse';
import { parsePrivacyDelete } from '../../src/views/privacy/parse';
import { parseCohortNew, parseCohortInvite } from '../../src/views/admin/cohort';
import { parseSurvey, SURVEY_QUESTIONS } from '../../src/views/admin/survey';
import { parseSettings } from '../../src/views/admin/settings';
import { decodeAdminMetadata, idFromValue, cohortRevisionFromValue } from '../../src/views/admin/metadata';
import { decodeMetadata, encodeMetadata, metadataSchema, type Metadata } from '../../src/views/metadata';
import { parseIdValue, parseProposeValue } from '../../src/actions/values';
import { jobSchemas, type JobName } from '../../src/jobs/queues';
import { checkSlackBody, verifySlackSignature } from '../../src/http/slack-request-guard';
import { createSecretBox, SecretBoxError } from '../../src/db/secret-box';
import { neutralizeControlSequences, hardenMrkdwn, escapeMrkdwn } from '../../src/views/escape';
import { BlockIds, SKILL_SLOTS } from '../../src/slack/ids';
import { AGENDA_LIMITS } from '../../src/views/agenda/build';
import { CHECKIN_LIMITS } from '../../src/views/checkin/build';
import { PLAN_LIMITS } from '../../src/views/plan/build';
import { PROPOSAL_LIMITS } from '../../src/views/proposal/build';
import { LIMITS as SELF_EVAL_LIMITS } from '../../src/views/self-evaluation/build';
import { catalogues } from '../../src/i18n';

/**
 * Every parser at a trust boundary (command text, modal state, button values, private_metadata, job data,
 * the HTTP body guard) gets random and hostile input: it must answer with a result or a clear, translatable
 * error, never throw, never hand back more than the limits allow, and answer the same way twice.
 */

const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 300), endOnFailure: true };

/** Strings people (and attackers) type: unicode, control characters, Slack control sequences, huge input. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u00a0',
    '<!channel>',
    '<!here|here>',
    '<!subteam^S0123|@team>',
    '<https://evil.example|click me>',
    '<@U0ADMIN>',
    '&lt;!channel&gt;',
    '__proto__',
    'constructor',
    'toString',
    'learn learn learn',
    'pause until 2999-02-30',
    'privacy löschen',
    'ADMIN skill add <x>',
    '9'.repeat(40),
    '-1',
    '1e3',
    '0x10',
    '１２３',
    'NaN',
    'Infinity',
    '😀'.repeat(50),
    'Ｌｅａｒｎ',
    'glossário',
  ),
  fc.string({ minLength: 1000, maxLength: 6000 }),
);

/** Every block id any modal uses, so random state hits the fields parsers actually read. */
function allBlockIds(): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') ids.add(v);
    else if (typeof v === 'function') for (const arg of [...Array.from({ length: SKILL_SLOTS + 2 }, (_, n) => n), ...SURVEY_QUESTIONS]) ids.add(String((v as (a: unknown) => string)(arg)));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(BlockIds);
  return [...ids];
}
const BLOCK_IDS = allBlockIds();

const optionValue = fc.oneof(hostileString, fc.constantFrom('1', '2', '5', '6', '0', 's:1', 's:999999999999999', 'new:Miro', 'new:<!here>', 'share', 'online', 'weekly', '30', 'erase', 'en', 'pt'));
const element = fc.record(
  {
    type: fc.constantFrom('plain_text_input', 'static_select', 'external_select', 'checkboxes', 'radio_buttons', 'users_select', 'multi_users_select', 'timepicker', 'datepicker', 'multi_static_select', 'file_input', 'x'),
    value: fc.option(hostileString, { nil: null }),
    selected_option: fc.option(fc.record({ value: optionValue }), { nil: null }),
    selected_options: fc.option(fc.array(fc.record({ value: optionValue }), { maxLength: 25 }), { nil: null }),
    selected_user: fc.option(fc.oneof(hostileString, fc.constantFrom('U0ABC', 'W0XYZ', 'UMEE')), { nil: null }),
    selected_users: fc.option(fc.array(fc.oneof(hostileString, fc.constantFrom('U0ABC', 'UMEE')), { maxLength: 30 }), { nil: null }),
    selected_time: fc.option(fc.oneof(hostileString, fc.constantFrom('09:00', '23:59', '24:00', '9:00')), { nil: null }),
    selected_date: fc.option(fc.oneof(hostileString, fc.constantFrom('2030-01-15', '2030-02-30', '1999-12-31', '2030-1-1')), { nil: null }),
  },
  { requiredKeys: ['type'] },
);

/** Well-shaped state values (as zod would let through) with random content in real block ids. */
const stateValues: fc.Arbitrary<StateValues> = fc
  .dictionary(fc.oneof(fc.constantFrom(...BLOCK_IDS), fc.string({ maxLength: 12 })), fc.dictionary(fc.constantFrom('mm_input', 'mm_skill_select', 'other'), element, { maxKeys: 2 }), { maxKeys: 14 })
  .map((v) => v as unknown as StateValues);

/** Anything at all, as `view.state.values` could be in a forged payload, run through the same zod decode the handlers use. */
const decodedAnything: fc.Arbitrary<StateValues> = fc.anything({ maxDepth: 4 }).map((raw) => {
  const parsed = stateValuesSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
});
const anyState = fc.oneof(stateValues, decodedAnything);

type Result = { ok: true; data: unknown } | { ok: false; errors: Record<string, { key: string }> };

/** The shared contract of every modal parser's answer. */
function expectCleanResult(r: Result): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    const entries = Object.entries(r.errors);
    expect(entries.length).toBeGreaterThan(0);
    for (const [block, e] of entries) {
      expect(BLOCK_IDS).toContain(block);
      // A field error is always a sentence in every language, never a raw exception.
      expect(typeof catalogues.en[e.key as keyof typeof catalogues.en]).toBe('string');
      expect(typeof catalogues.de[e.key as keyof typeof catalogues.de]).toBe('string');
      expect(typeof catalogues['pt-BR'][e.key as keyof (typeof catalogues)['pt-BR']]).toBe('string');
    }
  }
}

const NOW = new Date('2030-01-10T12:00:00Z');

// Every row has three entries: jest reads a test function with more parameters than a row's values as one
// that wants a `done` callback.
const modalParsers: [string, (v: StateValues) => Result, ((data: never) => void) | undefined][] = [
  [
    'self-evaluation',
    (v) => parseSelfEvaluation(v, 'UMEE') as Result,
    (d: { goals: { goal: string; level: number }[]; offerNote: string; avoidSlackUserIds: string[]; leadSlackUserId: string | null }) => {
      expect(d.goals.length).toBeGreaterThan(0);
      expect(d.goals.length).toBeLessThanOrEqual(SKILL_SLOTS);
      for (const g of d.goals) {
        expect(g.goal.length).toBeLessThanOrEqual(SELF_EVAL_LIMITS.goal);
        expect([1, 2, 3, 4, 5]).toContain(g.level);
      }
      expect(d.offerNote.length).toBeLessThanOrEqual(SELF_EVAL_LIMITS.offerNote);
      expect(d.avoidSlackUserIds.length).toBeLessThanOrEqual(SELF_EVAL_LIMITS.avoid);
      expect(d.avoidSlackUserIds).not.toContain('UMEE');
      expect(d.leadSlackUserId).not.toBe('UMEE');
    },
  ],
  [
    'mentor profile',
    (v) => parseMentorProfile(v) as Result,
    (d: { teaching: unknown[]; capacity: number; languages: string[] }) => {
      expect(d.teaching.length).toBeGreaterThan(0);
      expect(d.teaching.length).toBeLessThanOrEqual(SKILL_SLOTS);
      expect(Number.isInteger(d.capacity)).toBe(true);
      expect(d.languages.length).toBeGreaterThan(0);
    },
  ],
  [
    'proposal',
    (v) => parseProposal(v) as Result,
    (d: { goals: string; kpis: string[] }) => {
      expect(d.goals.length).toBeGreaterThan(0);
      expect(d.goals.length).toBeLessThanOrEqual(PROPOSAL_LIMITS.goals);
      expect(d.kpis.length).toBeLessThanOrEqual(PROPOSAL_LIMITS.kpiLines);
      for (const k of d.kpis) expect(k.length).toBeLessThanOrEqual(PROPOSAL_LIMITS.kpiLine);
    },
  ],
  [
    'coffee',
    (v) => parseCoffee(v, 'Europe/Berlin', NOW) as Result,
    (d: { at: Date; minutes: number }) => {
      expect(d.at.getTime()).toBeGreaterThan(NOW.getTime());
      expect(d.at.getTime() - NOW.getTime()).toBeLessThanOrEqual(60 * 24 * 3600_000);
    },
  ],
  [
    'plan',
    (v) => parsePlan(v, '2030-01-10') as Result,
    (d: { criteria: string; kpis: string[]; start: string }) => {
      expect(d.criteria.length).toBeLessThanOrEqual(PLAN_LIMITS.criteria);
      expect(d.kpis.length).toBeLessThanOrEqual(PLAN_LIMITS.kpiLines);
      expect(isCalendarDate(d.start)).toBe(true);
    },
  ],
  [
    'check-in (mentee)',
    (v) => parseCheckin(v, 'mentee') as Result,
    (d: { learned: string; feedback: string; confidence: number | null }) => {
      expect(d.learned.length).toBeLessThanOrEqual(CHECKIN_LIMITS.learned);
      expect(d.feedback.length).toBeLessThanOrEqual(CHECKIN_LIMITS.feedback);
      expect(d.confidence).not.toBeNull();
    },
  ],
  ['check-in (mentor)', (v) => parseCheckin(v, 'mentor') as Result, (d: { confidence: number | null }) => expect(d.confidence).toBeNull()],
  [
    'agenda',
    (v) => parseAgenda(v, ['Basics', 'Formulas', 'Pivot tables']) as Result,
    (d: { topics: string[]; handsOn: string }) => {
      expect(d.topics.length).toBeGreaterThan(0);
      expect(d.topics.length).toBeLessThanOrEqual(AGENDA_LIMITS.topics);
      for (const t of d.topics) expect(t.length).toBeLessThanOrEqual(AGENDA_LIMITS.topicChars);
      expect(d.handsOn.length).toBeLessThanOrEqual(AGENDA_LIMITS.handsOn);
    },
  ],
  ['privacy delete confirmation', (v) => parsePrivacyDelete(v) as Result, (d: { confirmed: boolean }) => expect(d.confirmed).toBe(true)],
  ['admin: new cohort', (v) => parseCohortNew(v) as Result, undefined],
  ['admin: cohort invite', (v) => parseCohortInvite(v) as Result, undefined],
  ['admin: survey', (v) => parseSurvey(v) as Result, undefined],
  ['admin: settings', (v) => parseSettings(v, 'UADMIN') as Result, undefined],
];

describe('modal state parsers under random and hostile input', () => {
  it('when view.state.values is anything at all, then the zod decode never throws and yields a record or fails cleanly', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5 }), (raw) => {
        const r = stateValuesSchema.safeParse(raw);
        expect(typeof r.success).toBe('boolean');
      }),
      RUNS,
    );
  });

  it.each(modalParsers)('when the %s modal is submitted with random state, then it returns data within limits or field errors, never throws, and is deterministic', (_name, parse, checkData) => {
    fc.assert(
      fc.property(anyState, (values) => {
        const r = parse(values);
        expectCleanResult(r);
        if (r.ok && checkData) checkData(r.data as never);
        expect(JSON.stringify(parse(values))).toBe(JSON.stringify(r));
      }),
      RUNS,
    );
  });

  it.each(modalParsers)('when the %s modal is submitted empty, then it answers with errors or defaults, never throws', (_name, parse) => {
    expectCleanResult(parse({}));
  });

  it('when skill option values are random, then parseSkillRef returns a bounded id or name, or nothing', () => {
    fc.assert(
      fc.property(fc.option(hostileString, { nil: undefined }), (v) => {
        const ref = parseSkillRef(v);
        if (ref?.kind === 'id') expect(Number.isSafeInteger(ref.id)).toBe(true);
        if (ref?.kind === 'new') {
          expect(ref.name.length).toBeGreaterThanOrEqual(2);
          expect(ref.name.length).toBeLessThanOrEqual(60);
          expect(ref.name).not.toMatch(/[<>\p{Cc}]/u);
        }
      }),
      RUNS,
    );
  });

  it('when level values are random, then parseLevel returns 1–5, "invalid" or undefined', () => {
    fc.assert(
      fc.property(fc.option(hostileString, { nil: undefined }), (v) => {
        const level = parseLevel(v);
        expect(level === undefined || level === 'invalid' || [1, 2, 3, 4, 5].includes(level)).toBe(true);
      }),
      RUNS,
    );
  });

  it('when multi-line text is random, then topic and KPI lines are trimmed, non-empty and never contain line breaks', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        for (const l of [...topicLines(text), ...lines(text)]) {
          expect(l.length).toBeGreaterThan(0);
          expect(l).not.toMatch(/[\r\n]/);
        }
      }),
      RUNS,
    );
  });

  it('when suggestions are picked by random indexes, then mergeTopics never invents or repeats a topic', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 10 }), fc.array(fc.integer({ min: -5, max: 20 }), { maxLength: 12 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 10 }), (s, chosen, typed) => {
        const merged = mergeTopics(s, chosen, typed);
        for (const t of merged) expect([...s, ...typed]).toContain(t);
        expect(merged.length).toBeLessThanOrEqual(s.length + typed.length);
      }),
      RUNS,
    );
  });
});

describe('command text under random and hostile input', () => {
  const KINDS: ParsedCommand['kind'][] = ['menu', 'help', 'learn', 'teach', 'profile', 'agenda', 'log', 'kpi', 'journal', 'glossary', 'pause', 'resume', 'privacy', 'admin', 'invalid', 'unknown'];

  it('when /mentor-me gets any text, then it parses to a known command with bounded arguments, and the same text parses the same way', () => {
    fc.assert(
      fc.property(hostileString, fc.option(fc.constantFrom('2030-01-10', '1999-01-01', '2999-12-31'), { nil: undefined }), (text, today) => {
        const parsed = parseCommandText(text, today);
        expect(KINDS).toContain(parsed.kind);
        const json = JSON.stringify(parsed);
        expect(json.length).toBeLessThan(700);
        if (parsed.kind === 'learn' && parsed.skill) expect(parsed.skill.length).toBeLessThanOrEqual(100);
        if (parsed.kind === 'glossary' && parsed.term) expect(parsed.term.length).toBeLessThanOrEqual(100);
        if (parsed.kind === 'admin') expect(parsed.args.length).toBeLessThanOrEqual(500);
        if (parsed.kind === 'unknown' || parsed.kind === 'invalid') expect(parsed.input.length).toBeLessThanOrEqual(100);
        if (parsed.kind === 'pause' && parsed.until) {
          expect(isCalendarDate(parsed.until)).toBe(true);
          if (today) expect(parsed.until > today).toBe(true);
        }
        if (parsed.kind === 'privacy') expect([undefined, 'export', 'delete']).toContain(parsed.action);
        expect(JSON.stringify(parseCommandText(text, today))).toBe(json);
      }),
      RUNS,
    );
  });

  it('when a known subcommand is padded with random whitespace and case, then it still parses to the same kind', () => {
    const words = fc.constantFrom(['help', 'help'], ['LERNEN', 'learn'], ['ensinar', 'teach'], ['Datenschutz', 'privacy'], ['resume', 'resume'], ['glossário', 'glossary']);
    fc.assert(
      fc.property(words, fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n'), ([word, kind], pad) => {
        expect(parseCommandText(`${pad}${word}${pad}`).kind).toBe(kind);
      }),
      RUNS,
    );
  });

  it('when any word is folded, then the result is lower-case without diacritics and folding is idempotent', () => {
    fc.assert(
      fc.property(hostileString, (w) => {
        const f = foldWord(w);
        expect(foldWord(f)).toBe(f);
        expect(f).not.toMatch(/\p{Diacritic}/u);
      }),
      RUNS,
    );
  });

  it('when dates are random strings, then isCalendarDate accepts exactly real YYYY-MM-DD dates', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.date({ noInvalidDate: true, min: new Date('1000-01-01'), max: new Date('9999-12-31') }).map((d) => d.toISOString().slice(0, 10))), (s) => {
        const ok = isCalendarDate(s);
        if (ok) expect(new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s);
        else expect(/^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString?.().slice(0, 10) === s).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('button values under random and hostile input', () => {
  it('when a button value is anything, then an id is a positive safe integer written in plain ASCII digits, or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.anything(), fc.integer().map(String), fc.bigInt().map(String)), (v) => {
        for (const parse of [parseIdValue, (x: unknown) => (typeof x === 'string' ? idFromValue(x) : undefined)]) {
          const id = parse(v);
          if (id !== undefined) {
            expect(Number.isSafeInteger(id)).toBe(true);
            expect(String(v)).toMatch(/^\d{1,15}$/);
          }
        }
        const p = parseProposeValue(v);
        if (p) {
          expect(p.mentorMemberId).toBeGreaterThan(0);
          expect(p.skillId).toBeGreaterThan(0);
        }
        if (typeof v === 'string') expect(() => cohortRevisionFromValue(v)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('when a valid id is written as a value, then it parses back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999_999 }), fc.integer({ min: 1, max: 999_999 }), (a, b) => {
        expect(parseIdValue(String(a))).toBe(a);
        expect(parseProposeValue(`${a}.${b}`)).toEqual({ mentorMemberId: a, skillId: b });
      }),
      RUNS,
    );
  });

  it('when the value is zero, negative, fractional, padded or too long, then it is refused', () => {
    for (const v of ['0', '-1', '1.5', ' 1', '1 ', '+1', '1e3', '0x1', '1234567890123456', '١٢', '', '1.2.3', '.1', '1.']) {
      expect(parseIdValue(v)).toBeUndefined();
    }
    expect(parseProposeValue('1.0')).toBeUndefined();
    expect(parseProposeValue('0.1')).toBeUndefined();
  });
});

describe('private_metadata under random and hostile input', () => {
  const metadata: fc.Arbitrary<Metadata> = fc.record(
    {
      v: fc.constant(1 as const),
      channelId: fc.string({ maxLength: 32 }),
      pairingId: fc.integer({ min: 1, max: 2 ** 40 }),
      mentorMemberId: fc.integer({ min: 1, max: 2 ** 40 }),
      skillId: fc.integer({ min: 1, max: 2 ** 40 }),
      sessionId: fc.integer({ min: 1, max: 2 ** 40 }),
    },
    { requiredKeys: ['v'] },
  );

  it('when private_metadata is any string (or missing), then decoding never throws and gives a valid version-1 object', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(hostileString, fc.json(), fc.anything().map((a) => JSON.stringify(a) ?? '')), { nil: undefined }), (raw) => {
        const m = decodeMetadata(raw);
        expect(metadataSchema.safeParse(m).success).toBe(true);
        expect(m.v).toBe(1);
        expect(() => decodeAdminMetadata(raw)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('when metadata is encoded, then it decodes to the same value and stays within Slack’s 3000 characters', () => {
    fc.assert(
      fc.property(metadata, (m) => {
        const raw = encodeMetadata(m);
        expect(raw.length).toBeLessThanOrEqual(3000);
        expect(decodeMetadata(raw)).toEqual(m);
      }),
      RUNS,
    );
  });

  it('when ids in metadata are forged into other types, then they are dropped as a whole, never coerced', () => {
    fc.assert(
      fc.property(fc.constantFrom('pairingId', 'sessionId', 'mentorMemberId', 'skillId'), fc.oneof(fc.string(), fc.double(), fc.constant(-1), fc.constant(0), fc.constant(null), fc.array(fc.integer())), (field, value) => {
        const m = decodeMetadata(JSON.stringify({ v: 1, [field]: value }));
        expect(m).toEqual({ v: 1 });
      }),
      RUNS,
    );
  });
});

describe('job data under random and hostile input', () => {
  const names = Object.keys(jobSchemas) as JobName[];
  const validJob: Record<string, fc.Arbitrary<unknown>> = {
    'member.refresh': fc.record({ teamId: fc.constantFrom('T0TEST', 'TA'), userId: fc.constantFrom('UMEE', 'U0ABC') }),
    'pairing.remind': fc.record({ teamId: fc.constant('T0TEST'), pairingId: fc.integer({ min: 1, max: 2 ** 31 }) }),
    'pairing.expire': fc.record({ teamId: fc.constant('T0TEST'), pairingId: fc.integer({ min: 1, max: 2 ** 31 }) }),
    'pairing.verdict': fc.record({ teamId: fc.constant('T0TEST'), pairingId: fc.integer({ min: 1, max: 2 ** 31 }) }),
    'system.reconcile': fc.constant({}),
    'session.timer': fc.record({
      teamId: fc.constant('T0TEST'),
      sessionId: fc.integer({ min: 1, max: 2 ** 31 }),
      revision: fc.integer({ min: 1, max: 1000 }),
      kind: fc.constantFrom('agenda_prompt', 'reminder', 'checkin'),
      recipient: fc.constantFrom('UMEE', 'W0ABC12'),
      offsetLabel: fc.constantFrom('1440m', '60m'),
      startsAt: fc.date({ noInvalidDate: true, min: new Date('2020-01-01'), max: new Date('2040-01-01') }).map((d) => d.toISOString()),
    }),
  };

  it.each(names)('when %s job data is anything at all, then the schema accepts or rejects it without throwing', (name) => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (data) => {
        const r = jobSchemas[name].safeParse(data);
        expect(typeof r.success).toBe('boolean');
      }),
      RUNS,
    );
  });

  it.each(names.filter((n) => validJob[n]))('when %s job data is well formed, then it round-trips unchanged through the schema', (name) => {
    fc.assert(
      fc.property(validJob[name]!, (data) => {
        const r = jobSchemas[name].safeParse(data);
        expect(r.success).toBe(true);
        if (r.success) expect(r.data).toEqual(data);
      }),
      RUNS,
    );
  });

  it.each(names.filter((n) => n !== 'system.reconcile'))('when %s job data names a team with a hostile id, then it is rejected', (name) => {
    for (const teamId of ['', 'T'.repeat(33), 123, null, undefined, { $gt: '' }]) {
      expect(jobSchemas[name].safeParse({ teamId, pairingId: 1, userId: 'U1', sessionId: 1 }).success).toBe(false);
    }
  });
});

describe('the HTTP door and the output net under random and hostile input', () => {
  it('when a signed body is anything, then the shape check answers ok or 400, never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', undefined), fc.oneof(hostileString, fc.json(), fc.anything().map((a) => `payload=${encodeURIComponent(JSON.stringify(a) ?? '')}`)), (ct, body) => {
        const v = checkSlackBody(ct, body);
        expect(v.ok || v.status === 400).toBe(true);
      }),
      RUNS,
    );
  });

  it('when signature headers are random, then verification refuses with 401 and never throws', () => {
    fc.assert(
      fc.property(fc.option(hostileString, { nil: undefined }), fc.option(hostileString, { nil: undefined }), hostileString, (ts, sig, body) => {
        const v = verifySlackSignature({ signingSecret: 's3cret', timestamp: ts, signature: sig, body, nowMs: Date.now() });
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.status).toBe(401);
      }),
      RUNS,
    );
  });

  it('when any text goes out as mrkdwn, then no broadcast, user group, link or channel control sequence survives, and user mentions do', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileString, fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<!subteam^S1>', '<https://x.y|z>', '<mailto:a@b>', '<#C123>', '<@U0OK>')), { maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        const safe = neutralizeControlSequences(text);
        expect(safe).not.toMatch(/<(?!@[UW][A-Z0-9]{2,20}>)/);
        const view = hardenMrkdwn({ type: 'modal', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }, { type: 'header', text: { type: 'plain_text', text } }] });
        expect(view.blocks[0]!.text).toEqual({ type: 'mrkdwn', text: safe, verbatim: true });
        expect(view.blocks[1]!.text.text).toBe(text);
        // Escaped user text is already safe and stays exactly as escaped.
        expect(neutralizeControlSequences(escapeMrkdwn(text))).toBe(escapeMrkdwn(text));
      }),
      RUNS,
    );
  });

  it('when a sealed token is tampered with or random, then opening it fails with SecretBoxError only; untouched, it round-trips', () => {
    const box = createSecretBox(Buffer.alloc(32, 7));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), hostileString, fc.nat(), (plain, aad, junk, at) => {
        const sealed = box.seal(plain, aad);
        expect(box.open(sealed, aad)).toBe(plain);
        const i = at % sealed.length;
        const flipped = sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
        for (const bad of [flipped, junk, `${sealed}x`]) {
          if (bad === sealed) continue;
          try {
            // A flipped character that base64url decodes to the same bytes can still open; that is not tampering.
            const opened = box.open(bad, aad);
            expect(opened).toBe(plain);
          } catch (err) {
            expect(err).toBeInstanceOf(SecretBoxError);
          }
        }
        expect(() => box.open(sealed, `${aad}!`)).toThrow(SecretBoxError);
      }),
      { numRuns: 150 },
    );
  });
});
