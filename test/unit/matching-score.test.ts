import fc from 'fast-check';
import {
  HARD_RULES,
  SCORE_WEIGHTS,
  type CandidateProfile,
  type MenteeRequest,
  type TeachingStyle,
  buildReportingLine,
  hardRuleViolation,
  pairScoreForBatch,
  scoreCandidate,
  suggestMentors,
  topReasons,
  weeklyOverlapMinutes,
} from '../../src/domain/matching/score';

const TABLEAU = 7;
const EXCEL = 8;
const WINTER = new Date('2027-01-15T12:00:00Z');
const SUMMER = new Date('2027-07-15T12:00:00Z');
const noLine = buildReportingLine(new Map());

function mentee(overrides: Partial<MenteeRequest> = {}): MenteeRequest {
  return {
    memberId: 1,
    slackUserId: 'UMENTEE',
    teamLabel: 'Finance',
    leadSlackUserId: null,
    tz: 'Europe/Berlin',
    languages: ['de', 'en'],
    skillId: TABLEAU,
    currentLevel: 1,
    preferredStyles: ['patience'],
    availability: [],
    doNotPair: [],
    recentPairings: [],
    ...overrides,
  };
}

function candidate(memberId: number, overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    memberId,
    slackUserId: `U${memberId}`,
    teamLabel: 'Marketing',
    leadSlackUserId: null,
    tz: 'Europe/Berlin',
    languages: ['en'],
    paused: false,
    teaching: [{ skillId: TABLEAU, level: 4 }],
    styles: ['patience'],
    capacity: 2,
    openPairings: 0,
    availability: [],
    ...overrides,
  };
}

/** `now` minus whole calendar months (UTC), for repeat-window tests. */
const monthsAgo = (now: Date, months: number): Date => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

describe('hard rules', () => {
  it('when every rule passes, then there is no violation', () => {
    expect(hardRuleViolation(mentee(), candidate(2), noLine, WINTER)).toBeNull();
  });

  it('when the candidate is the mentee, then self', () => {
    expect(hardRuleViolation(mentee(), candidate(1, { slackUserId: 'UMENTEE' }), noLine, WINTER)).toBe(
      'self',
    );
    expect(hardRuleViolation(mentee(), candidate(1), noLine, WINTER)).toBe('self'); // same member id
  });

  it('when the candidate is paused, then paused', () => {
    expect(hardRuleViolation(mentee(), candidate(2, { paused: true }), noLine, WINTER)).toBe('paused');
  });

  it('when the candidate has no free slot, then at_capacity; with one free slot, then allowed', () => {
    expect(hardRuleViolation(mentee(), candidate(2, { capacity: 2, openPairings: 2 }), noLine, WINTER)).toBe(
      'at_capacity',
    );
    expect(hardRuleViolation(mentee(), candidate(2, { capacity: 0 }), noLine, WINTER)).toBe('at_capacity');
    expect(
      hardRuleViolation(mentee(), candidate(2, { capacity: 2, openPairings: 1 }), noLine, WINTER),
    ).toBeNull();
  });

  it('when the candidate does not teach the skill above the mentee level, then no_skill', () => {
    const m = mentee({ currentLevel: 3 });
    expect(
      hardRuleViolation(m, candidate(2, { teaching: [{ skillId: EXCEL, level: 5 }] }), noLine, WINTER),
    ).toBe('no_skill');
    expect(
      hardRuleViolation(m, candidate(2, { teaching: [{ skillId: TABLEAU, level: 3 }] }), noLine, WINTER),
    ).toBe('no_skill');
    expect(hardRuleViolation(m, candidate(2, { teaching: [] }), noLine, WINTER)).toBe('no_skill');
    expect(
      hardRuleViolation(m, candidate(2, { teaching: [{ skillId: TABLEAU, level: 4 }] }), noLine, WINTER),
    ).toBeNull();
  });

  it('when the candidate is the mentee’s lead by the mentee’s own field, then own_lead', () => {
    const m = mentee({ leadSlackUserId: 'U2' });
    expect(hardRuleViolation(m, candidate(2), noLine, WINTER)).toBe('own_lead');
  });

  it('when the candidate is the mentee’s lead by the lead mapping, then own_lead', () => {
    const line = buildReportingLine(new Map([['UMENTEE', 'U2']]));
    expect(hardRuleViolation(mentee(), candidate(2), line, WINTER)).toBe('own_lead');
  });

  describe('a three-level reporting line UMENTEE → U2 → U3 → U4', () => {
    const line = buildReportingLine(
      new Map([
        ['UMENTEE', 'U2'],
        ['U2', 'U3'],
        ['U3', 'U4'],
      ]),
    );

    it('when the candidate is two or three levels above the mentee, then reporting_line', () => {
      expect(hardRuleViolation(mentee(), candidate(3), line, WINTER)).toBe('reporting_line');
      expect(hardRuleViolation(mentee(), candidate(4), line, WINTER)).toBe('reporting_line');
    });

    it('when the candidate is one, two or three levels below the mentee, then reporting_line', () => {
      const boss = (id: string): MenteeRequest => mentee({ memberId: 100, slackUserId: id });
      const below = candidate(50, { slackUserId: 'UMENTEE' });
      expect(hardRuleViolation(boss('U2'), below, line, WINTER)).toBe('reporting_line');
      expect(hardRuleViolation(boss('U3'), below, line, WINTER)).toBe('reporting_line');
      expect(hardRuleViolation(boss('U4'), below, line, WINTER)).toBe('reporting_line');
    });

    it('when the candidate is outside the line, then allowed', () => {
      expect(hardRuleViolation(mentee(), candidate(5), line, WINTER)).toBeNull();
      expect(line.inLine('UMENTEE', 'U5')).toBe(false);
      expect(line.above('UMENTEE')).toEqual(new Set(['U2', 'U3', 'U4']));
    });

    it('when only the profiles’ own lead fields link into the mapping, then the line is still followed', () => {
      // The mentee's own field says U3 is their lead; the mapping knows U3 → U4.
      const m = mentee({ slackUserId: 'UNEW', leadSlackUserId: 'U3' });
      expect(hardRuleViolation(m, candidate(4), line, WINTER)).toBe('reporting_line');
      // The candidate's own field says the mentee (U2) leads them.
      const c = candidate(9, { leadSlackUserId: 'U2' });
      expect(hardRuleViolation(mentee({ slackUserId: 'U2', memberId: 2 }), c, line, WINTER)).toBe(
        'reporting_line',
      );
    });
  });

  it('when the lead mapping has a cycle, then the walk stops and everyone on the cycle is in line', () => {
    const line = buildReportingLine(
      new Map([
        ['UA', 'UB'],
        ['UB', 'UC'],
        ['UC', 'UA'],
        ['UD', 'UD'], // a self-lead is ignored
      ]),
    );
    expect(line.above('UA')).toEqual(new Set(['UB', 'UC']));
    expect(line.inLine('UA', 'UC')).toBe(true);
    expect(line.inLine('UC', 'UB')).toBe(true);
    expect(line.inLine('UA', 'UA')).toBe(false);
    expect(line.above('UD')).toEqual(new Set());
    expect(line.inLine('UA', 'UD')).toBe(false);
    const m = mentee({ slackUserId: 'UA' });
    expect(hardRuleViolation(m, candidate(3, { slackUserId: 'UC' }), line, WINTER)).toBe('reporting_line');
    expect(hardRuleViolation(m, candidate(2, { slackUserId: 'UB' }), line, WINTER)).toBe('own_lead');
  });

  it('when the candidate is on the do-not-pair list, then do_not_pair', () => {
    expect(hardRuleViolation(mentee({ doNotPair: ['U2'] }), candidate(2), noLine, WINTER)).toBe(
      'do_not_pair',
    );
    expect(hardRuleViolation(mentee({ doNotPair: ['U3'] }), candidate(2), noLine, WINTER)).toBeNull();
  });

  it('when a pairing with the candidate ended 5 months ago, then recent_repeat; 7 months ago, then allowed', () => {
    const recent = (months: number) => [{ mentorSlackUserId: 'U2', endedAt: monthsAgo(WINTER, months) }];
    expect(hardRuleViolation(mentee({ recentPairings: recent(5) }), candidate(2), noLine, WINTER)).toBe(
      'recent_repeat',
    );
    expect(hardRuleViolation(mentee({ recentPairings: recent(7) }), candidate(2), noLine, WINTER)).toBeNull();
    // Exactly six months ago is no longer "within the last six months".
    expect(hardRuleViolation(mentee({ recentPairings: recent(6) }), candidate(2), noLine, WINTER)).toBeNull();
    // A recent pairing with someone else does not matter.
    expect(hardRuleViolation(mentee({ recentPairings: recent(5) }), candidate(3), noLine, WINTER)).toBeNull();
  });

  it('when the six-month window crosses a short month, then the day is clamped', () => {
    const now = new Date('2027-08-31T10:00:00Z'); // six months earlier: 2027-02-28T10:00Z
    const at = (iso: string) =>
      mentee({ recentPairings: [{ mentorSlackUserId: 'U2', endedAt: new Date(iso) }] });
    expect(hardRuleViolation(at('2027-02-28T10:00:01Z'), candidate(2), noLine, now)).toBe('recent_repeat');
    expect(hardRuleViolation(at('2027-02-28T10:00:00Z'), candidate(2), noLine, now)).toBeNull();
  });

  it('when the mentee asked for a repeat, then a recent pairing is allowed', () => {
    const m = mentee({
      allowRepeat: true,
      recentPairings: [{ mentorSlackUserId: 'U2', endedAt: monthsAgo(WINTER, 1) }],
    });
    expect(hardRuleViolation(m, candidate(2), noLine, WINTER)).toBeNull();
  });

  it('when several rules apply, then the structural one is reported before the temporary one', () => {
    const c = candidate(2, { paused: true, openPairings: 2, teaching: [] });
    expect(hardRuleViolation(mentee(), c, noLine, WINTER)).toBe('no_skill');
    expect(
      hardRuleViolation(mentee({ doNotPair: ['U2'] }), candidate(2, { paused: true }), noLine, WINTER),
    ).toBe('do_not_pair');
    expect(hardRuleViolation(mentee(), candidate(2, { paused: true, openPairings: 2 }), noLine, WINTER)).toBe(
      'paused',
    );
  });
});

describe('time-zone and availability overlap', () => {
  const berlin = { tz: 'Europe/Berlin', availability: [] };
  const saoPaulo = { tz: 'America/Sao_Paulo', availability: [] };
  const kolkata = { tz: 'Asia/Kolkata', availability: [] };

  it('when nobody gave windows, then working hours (Mon–Fri 08–20) are compared by UTC offset in winter', () => {
    expect(weeklyOverlapMinutes(berlin, berlin, WINTER)).toEqual({
      overlapMinutes: 60 * 60,
      smallerTotalMinutes: 60 * 60,
      sameOffset: true,
    });
    // Berlin UTC+1, São Paulo UTC−3: 4 h apart → 8 h a day in common.
    expect(weeklyOverlapMinutes(berlin, saoPaulo, WINTER)?.overlapMinutes).toBe(5 * 8 * 60);
    // Berlin UTC+1, Kolkata UTC+5:30: 4.5 h apart → 7.5 h a day.
    expect(weeklyOverlapMinutes(berlin, kolkata, WINTER)?.overlapMinutes).toBe(5 * 7.5 * 60);
    // São Paulo and Kolkata: 8.5 h apart → 3.5 h a day.
    expect(weeklyOverlapMinutes(saoPaulo, kolkata, WINTER)?.overlapMinutes).toBe(5 * 3.5 * 60);
  });

  it('when Berlin is on summer time, then Kolkata gets closer and São Paulo further away', () => {
    expect(weeklyOverlapMinutes(berlin, saoPaulo, SUMMER)?.overlapMinutes).toBe(5 * 7 * 60);
    expect(weeklyOverlapMinutes(berlin, kolkata, SUMMER)?.overlapMinutes).toBe(5 * 8.5 * 60);
    expect(weeklyOverlapMinutes(saoPaulo, kolkata, SUMMER)?.overlapMinutes).toBe(5 * 3.5 * 60);
  });

  it('when scoring the three cities, then the tz part follows the overlap', () => {
    const tzPoints = (m: string, c: string, now: Date) =>
      scoreCandidate(mentee({ tz: m }), candidate(2, { tz: c }), now).parts.tzOverlap;
    const same = tzPoints('Europe/Berlin', 'Europe/Berlin', WINTER);
    const berlinSp = tzPoints('Europe/Berlin', 'America/Sao_Paulo', WINTER);
    const berlinKolkata = tzPoints('Europe/Berlin', 'Asia/Kolkata', WINTER);
    const spKolkata = tzPoints('America/Sao_Paulo', 'Asia/Kolkata', WINTER);
    expect(same).toBe(SCORE_WEIGHTS.tzOverlap);
    expect(berlinSp).toBe(Math.round((200 * 40) / 60));
    expect(berlinKolkata).toBe(Math.round((200 * 37.5) / 60));
    expect(spKolkata).toBe(Math.round((200 * 17.5) / 60));
    expect(same).toBeGreaterThan(berlinSp);
    expect(berlinSp).toBeGreaterThan(berlinKolkata);
    expect(berlinKolkata).toBeGreaterThan(spKolkata);
    // In summer Kolkata overtakes São Paulo for a Berlin mentee.
    expect(tzPoints('Europe/Berlin', 'Asia/Kolkata', SUMMER)).toBeGreaterThan(
      tzPoints('Europe/Berlin', 'America/Sao_Paulo', SUMMER),
    );
  });

  it('when both gave windows, then the common hours count, across zones', () => {
    // Tuesday 17:00–19:00 Berlin (UTC+1) = 16:00–18:00Z.
    const m = mentee({ availability: [{ weekday: 2, start: '17:00', end: '19:00' }] });
    // Tuesday 13:00–15:00 São Paulo (UTC−3) = 16:00–18:00Z: a full match.
    const sp = candidate(2, {
      tz: 'America/Sao_Paulo',
      availability: [{ weekday: 2, start: '13:00', end: '15:00' }],
    });
    // Tuesday 22:30 – Wednesday 00:30 Kolkata (UTC+5:30) = Tuesday 17:00–19:00Z: one hour in common.
    const kol = candidate(3, {
      tz: 'Asia/Kolkata',
      availability: [{ weekday: 2, start: '22:30', end: '00:30' }],
    });
    // Wednesday 09:00–10:00 Kolkata: nothing in common.
    const none = candidate(4, {
      tz: 'Asia/Kolkata',
      availability: [{ weekday: 3, start: '09:00', end: '10:00' }],
    });

    expect(weeklyOverlapMinutes(m, sp, WINTER)?.overlapMinutes).toBe(120);
    expect(weeklyOverlapMinutes(m, kol, WINTER)?.overlapMinutes).toBe(60);
    expect(weeklyOverlapMinutes(m, none, WINTER)?.overlapMinutes).toBe(0);

    const spScore = scoreCandidate(m, sp, WINTER);
    expect(spScore.parts.tzOverlap).toBe(200);
    expect(spScore.reasons).toContainEqual({ code: 'overlap_hours', hours: 2 });
    expect(scoreCandidate(m, kol, WINTER).parts.tzOverlap).toBe(100); // half of either side's 2 h
    expect(scoreCandidate(m, none, WINTER).parts.tzOverlap).toBe(0);
  });

  it('when a window runs over midnight into Monday, then the week wraps', () => {
    // Sunday 23:00 – Monday 01:00 UTC against Monday 00:00–01:00 UTC.
    const a = { tz: 'UTC', availability: [{ weekday: 7, start: '23:00', end: '01:00' }] };
    const b = { tz: 'UTC', availability: [{ weekday: 1, start: '00:00', end: '01:00' }] };
    expect(weeklyOverlapMinutes(a, b, WINTER)?.overlapMinutes).toBe(60);
    // Monday 00:30 in Berlin is Sunday 23:30Z: shifting into the previous week still lines up.
    const c = { tz: 'Europe/Berlin', availability: [{ weekday: 1, start: '00:00', end: '00:30' }] };
    expect(weeklyOverlapMinutes(a, c, WINTER)?.overlapMinutes).toBe(30);
  });

  it('when only one side gave windows, then the other side’s working hours are used', () => {
    const evening = { tz: 'Europe/Berlin', availability: [{ weekday: 2, start: '19:00', end: '21:00' }] };
    // Working hours end at 20:00, so one of the two hours is shared.
    expect(
      weeklyOverlapMinutes(evening, { tz: 'Europe/Berlin', availability: [] }, WINTER)?.overlapMinutes,
    ).toBe(60);
  });

  it('when windows are malformed, then they are skipped instead of throwing', () => {
    const bad = {
      tz: 'Europe/Berlin',
      availability: [
        { weekday: 9, start: '10:00', end: '11:00' },
        { weekday: 2, start: '9am', end: '11:00' },
      ],
    };
    // Nothing usable: falls back to working hours.
    expect(weeklyOverlapMinutes(bad, { tz: 'Europe/Berlin', availability: [] }, WINTER)?.overlapMinutes).toBe(
      3600,
    );
  });

  it('when a zone is unknown, then overlap is unknown and the tz part is neutral', () => {
    expect(weeklyOverlapMinutes({ tz: 'Mars/Olympus', availability: [] }, berlin, WINTER)).toBeNull();
    expect(scoreCandidate(mentee(), candidate(2, { tz: 'Mars/Olympus' }), WINTER).parts.tzOverlap).toBe(100);
  });
});

describe('score', () => {
  it('when the mentor is 1, 2 or 3 levels above, then the level gap saturates from 2', () => {
    const gap = (level: number) =>
      scoreCandidate(
        mentee({ currentLevel: 1 }),
        candidate(2, { teaching: [{ skillId: TABLEAU, level }] }),
        WINTER,
      ).parts.levelGap;
    expect(gap(2)).toBe(150);
    expect(gap(3)).toBe(250);
    expect(gap(4)).toBe(250);
  });

  it('when everything matches, then the score is 1000 and the parts add up', () => {
    const result = scoreCandidate(
      mentee({ tz: 'Europe/Berlin' }),
      candidate(2, { teaching: [{ skillId: TABLEAU, level: 5 }], languages: ['de'] }),
      WINTER,
    );
    expect(result.parts).toEqual({
      levelGap: 250,
      styleFit: 150,
      freeCapacity: 100,
      tzOverlap: 200,
      language: 200,
      crossTeam: 100,
    });
    expect(result.score).toBe(1000);
    expect(result.reasons).toEqual([
      { code: 'expert', level: 5 },
      { code: 'style_match', styles: ['patience'] },
      { code: 'same_timezone' },
      { code: 'other_team', team: 'Marketing' },
      { code: 'has_time' },
      { code: 'shared_language', language: 'de' },
    ]);
  });

  it('when languages differ only by region, then they are shared', () => {
    const r = scoreCandidate(mentee({ languages: ['pt-BR'] }), candidate(2, { languages: ['pt'] }), WINTER);
    expect(r.parts.language).toBe(200);
    expect(r.reasons).toContainEqual({ code: 'shared_language', language: 'pt-BR' });
    expect(
      scoreCandidate(mentee({ languages: ['de'] }), candidate(2, { languages: ['pt'] }), WINTER).parts
        .language,
    ).toBe(0);
    expect(scoreCandidate(mentee({ languages: [] }), candidate(2), WINTER).parts.language).toBe(100);
  });

  it('when styles, capacity or team are partly known or mismatched, then the parts follow', () => {
    const m = mentee({ preferredStyles: ['patience', 'hands_on'] });
    expect(scoreCandidate(m, candidate(2, { styles: ['hands_on'] }), WINTER).parts.styleFit).toBe(75);
    expect(scoreCandidate(m, candidate(2, { styles: ['step_by_step'] }), WINTER).parts.styleFit).toBe(0);
    expect(scoreCandidate(m, candidate(2, { styles: [] }), WINTER).parts.styleFit).toBe(75); // unknown: neutral
    expect(scoreCandidate(m, candidate(2, { capacity: 4, openPairings: 1 }), WINTER).parts.freeCapacity).toBe(
      75,
    );
    expect(scoreCandidate(m, candidate(2, { teamLabel: ' finance ' }), WINTER).parts.crossTeam).toBe(0);
    expect(scoreCandidate(m, candidate(2, { teamLabel: null }), WINTER).parts.crossTeam).toBe(50);
  });

  it('when asking for the top reasons, then the strongest come first and the language last', () => {
    const result = scoreCandidate(
      mentee({ currentLevel: 2 }),
      candidate(2, { teaching: [{ skillId: TABLEAU, level: 3 }], capacity: 3, openPairings: 1 }),
      WINTER,
    );
    // level_above is only worth 60 % (one level), so full-strength reasons go first.
    expect(topReasons(result)).toEqual([
      { code: 'style_match', styles: ['patience'] },
      { code: 'same_timezone' },
    ]);
    expect(topReasons(result, 10).map((r) => r.code)).toEqual([
      'style_match',
      'same_timezone',
      'other_team',
      'shared_language',
      'level_above',
    ]);
    expect(topReasons(result, 0)).toEqual([]);
  });
});

describe('suggestions', () => {
  it('when candidates differ, then they are ordered by score', () => {
    const expert = candidate(10, { teaching: [{ skillId: TABLEAU, level: 5 }], languages: ['de'] });
    const farAway = candidate(11, { tz: 'Asia/Kolkata', teaching: [{ skillId: TABLEAU, level: 2 }] });
    const busy = candidate(12, { capacity: 3, openPairings: 2, languages: ['de'] });
    const { suggestions } = suggestMentors(mentee(), [farAway, busy, expert], noLine, WINTER);
    expect(suggestions.map((s) => s.candidate.memberId)).toEqual([10, 12, 11]);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('when scores tie, then the lower memberId comes first, whatever the input order', () => {
    const twins = [candidate(30), candidate(20), candidate(40), candidate(10)];
    const first = suggestMentors(mentee(), twins, noLine, WINTER);
    const second = suggestMentors(mentee(), [...twins].reverse(), noLine, WINTER);
    expect(first.suggestions.map((s) => s.candidate.memberId)).toEqual([10, 20, 30, 40]);
    expect(second).toEqual(first);
  });

  it('when there are more candidates than the limit, then the best `limit` are returned with the total count', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(i + 10));
    const result = suggestMentors(mentee(), many, noLine, WINTER);
    expect(result.suggestions).toHaveLength(5);
    expect(result.eligibleCount).toBe(8);
    expect(suggestMentors(mentee(), many, noLine, WINTER, 2).suggestions).toHaveLength(2);
  });

  it('when two people teach Tableau but both are at capacity, then nobody is suggested and the counts say why', () => {
    const result = suggestMentors(
      mentee(),
      [
        candidate(2, { openPairings: 2 }),
        candidate(3, { capacity: 1, openPairings: 1 }),
        candidate(4, { teaching: [{ skillId: EXCEL, level: 5 }] }),
        candidate(1, { slackUserId: 'UMENTEE' }),
      ],
      noLine,
      WINTER,
    );
    expect(result.suggestions).toEqual([]);
    expect(result.eligibleCount).toBe(0);
    expect(result.excluded).toEqual({
      self: 1,
      no_skill: 1,
      own_lead: 0,
      reporting_line: 0,
      do_not_pair: 0,
      recent_repeat: 0,
      paused: 0,
      at_capacity: 2,
    });
  });

  it('when there are no candidates at all, then every exclusion count is zero', () => {
    const result = suggestMentors(mentee(), [], noLine, WINTER);
    expect(result.suggestions).toEqual([]);
    expect(Object.keys(result.excluded).sort()).toEqual([...HARD_RULES].sort());
    expect(Object.values(result.excluded).every((n) => n === 0)).toBe(true);
  });

  it('when a candidate is listed twice, then they are considered once', () => {
    const result = suggestMentors(mentee(), [candidate(2), candidate(2)], noLine, WINTER);
    expect(result.suggestions).toHaveLength(1);
  });

  it('when building batch edges, then allowed pairs weigh at least 1 and forbidden ones 0', () => {
    expect(pairScoreForBatch(mentee(), candidate(2), WINTER)).toBe(
      scoreCandidate(mentee(), candidate(2), WINTER).score,
    );
    expect(pairScoreForBatch(mentee(), candidate(2, { paused: true }), WINTER)).toBe(0);
    const line = buildReportingLine(
      new Map([
        ['UMENTEE', 'UX'],
        ['UX', 'U2'],
      ]),
    );
    expect(pairScoreForBatch(mentee(), candidate(2), WINTER, line)).toBe(0);
    // Nothing in common but the skill: still a usable edge.
    const poor = candidate(3, {
      teaching: [{ skillId: TABLEAU, level: 2 }],
      languages: ['ja'],
      styles: ['hands_on'],
      teamLabel: 'Finance',
      tz: 'Pacific/Kiritimati',
      availability: [{ weekday: 6, start: '03:00', end: '04:00' }],
      capacity: 2,
      openPairings: 1,
    });
    expect(pairScoreForBatch(mentee(), poor, WINTER)).toBeGreaterThanOrEqual(1);
  });
});

describe('properties', () => {
  const ids = ['UMENTEE', 'U1', 'U2', 'U3', 'U4', 'U5'];
  const id = fc.constantFrom(...ids);
  const tz = fc.constantFrom('Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'UTC', 'Pacific/Auckland');
  const style = fc.constantFrom<TeachingStyle>('patience', 'step_by_step', 'hands_on');
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const window = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), start: hhmm, end: hhmm });
  const lang = fc.constantFrom('en', 'de', 'pt-BR', 'pt');
  const team = fc.option(fc.constantFrom('Finance', 'Marketing', 'IT'), { nil: null });
  const date = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2028-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  const candidateArb: fc.Arbitrary<CandidateProfile> = fc.record({
    memberId: fc.integer({ min: 1, max: 30 }),
    slackUserId: id,
    teamLabel: team,
    leadSlackUserId: fc.option(id, { nil: null }),
    tz,
    languages: fc.array(lang, { maxLength: 2 }),
    paused: fc.boolean(),
    teaching: fc.array(
      fc.record({ skillId: fc.constantFrom(TABLEAU, EXCEL), level: fc.integer({ min: 1, max: 5 }) }),
      {
        maxLength: 2,
      },
    ),
    styles: fc.uniqueArray(style, { maxLength: 3 }),
    capacity: fc.integer({ min: 0, max: 4 }),
    openPairings: fc.integer({ min: 0, max: 4 }),
    availability: fc.array(window, { maxLength: 3 }),
  });
  const menteeArb: fc.Arbitrary<MenteeRequest> = fc.record({
    memberId: fc.integer({ min: 1, max: 30 }),
    slackUserId: fc.constant('UMENTEE'),
    teamLabel: team,
    leadSlackUserId: fc.option(id, { nil: null }),
    tz,
    languages: fc.array(lang, { maxLength: 2 }),
    skillId: fc.constant(TABLEAU),
    currentLevel: fc.integer({ min: 1, max: 5 }),
    preferredStyles: fc.uniqueArray(style, { maxLength: 3 }),
    availability: fc.array(window, { maxLength: 3 }),
    doNotPair: fc.uniqueArray(id, { maxLength: 2 }),
    recentPairings: fc.array(fc.record({ mentorSlackUserId: id, endedAt: date }), { maxLength: 2 }),
    allowRepeat: fc.boolean(),
  });
  const leadMap = fc.array(fc.tuple(id, id), { maxLength: 6 }).map((pairs) => new Map(pairs));

  it('when anything is scored, then the score is an integer in 0..1000 equal to the sum of its parts', () => {
    fc.assert(
      fc.property(menteeArb, candidateArb, date, (m, c, now) => {
        const { score, parts } = scoreCandidate(m, c, now);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1000);
        expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(score);
        for (const [part, weight] of Object.entries(SCORE_WEIGHTS)) {
          const points = parts[part as keyof typeof parts];
          expect(Number.isInteger(points) && points >= 0 && points <= weight).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('when suggesting, then hard-rule violators are never suggested and every candidate is accounted for', () => {
    fc.assert(
      fc.property(
        menteeArb,
        fc.array(candidateArb, { maxLength: 12 }),
        leadMap,
        date,
        (m, cs, leads, now) => {
          const line = buildReportingLine(leads);
          const result = suggestMentors(m, cs, line, now, 100);
          const unique = new Set(cs.map((c) => c.memberId)).size;
          const excludedTotal = Object.values(result.excluded).reduce((a, b) => a + b, 0);
          expect(result.suggestions.length + excludedTotal).toBe(unique);
          for (const s of result.suggestions) {
            expect(hardRuleViolation(m, s.candidate, line, now)).toBeNull();
            expect(s.candidate.slackUserId).not.toBe(m.slackUserId);
            expect(m.doNotPair).not.toContain(s.candidate.slackUserId);
            expect(s.candidate.paused).toBe(false);
            expect(s.candidate.openPairings).toBeLessThan(s.candidate.capacity);
            expect(line.inLine(m.slackUserId, s.candidate.slackUserId)).toBe(false);
            expect(pairScoreForBatch(m, s.candidate, now, line)).toBeGreaterThanOrEqual(1);
          }
          for (let i = 1; i < result.suggestions.length; i++) {
            const a = result.suggestions[i - 1]!;
            const b = result.suggestions[i]!;
            expect(
              a.score > b.score || (a.score === b.score && a.candidate.memberId < b.candidate.memberId),
            ).toBe(true);
          }
          for (const c of cs) {
            const allowed = hardRuleViolation(m, c, line, now) === null;
            expect(pairScoreForBatch(m, c, now, line) > 0).toBe(allowed);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
