import { LANGS, translator, type Lang } from '../../src/i18n';
import { expectValidMessage, expectValidView } from '../support/block-kit-limits';
import { buildSuggestionsMessage, buildProposalMessage, buildNotice, pairingButton } from '../../src/views/messages/pairing';
import { buildProposalModal } from '../../src/views/proposal/build';
import { buildCoffeeModal } from '../../src/views/coffee/build';
import { buildPlanModal } from '../../src/views/plan/build';
import { buildEndPairingModal } from '../../src/views/end-pairing/build';
import { buildMoveSessionModal } from '../../src/views/session-move/build';
import { buildCheckinModal } from '../../src/views/checkin/build';
import { buildKpiModal } from '../../src/views/kpi/build';
import { buildKpiNudgeMessage } from '../../src/views/messages/kpi';
import { buildDigestMessage } from '../../src/views/messages/digest';
import { buildDigestModel } from '../../src/domain/digest';
import { emptyExclusions, scoreCandidate, type CandidateProfile } from '../../src/domain/matching/score';
import type { SkillSuggestions } from '../../src/services/matching';
import type { KpiRow } from '../../src/db/repositories/kpis';

const long = (n: number) => 'Ä'.repeat(n);
const names = { en: long(80), de: long(80), 'pt-BR': long(80) };
const skill = { id: 7, teamId: null, slug: 'tableau', groupSlug: 'data', names, aliases: [], createdBy: null, createdAt: new Date() };
const candidate = (i: number): CandidateProfile => ({
  memberId: i,
  slackUserId: `U${i}`,
  tz: 'Europe/Berlin',
  languages: ['en'],
  paused: false,
  teaching: [{ skillId: 7, level: 5 }],
  styles: ['patience', 'hands_on'],
  capacity: 3,
  openPairings: 0,
  availability: [],
});
const request = { memberId: 99, slackUserId: 'U99', tz: 'America/Sao_Paulo', languages: ['en'], skillId: 7, currentLevel: 1, preferredStyles: [], availability: [], doNotPair: [], recentPairings: [] };
const suggestions = (n: number): SkillSuggestions => ({
  skill,
  currentLevel: 1,
  result: {
    suggestions: Array.from({ length: n }, (_, i) => ({ candidate: candidate(i + 1), ...scoreCandidate(request, candidate(i + 1), new Date('2027-03-01T10:00:00Z')) })),
    eligibleCount: n,
    excluded: { ...emptyExclusions(), at_capacity: 3, paused: 2, reporting_line: 1 },
  },
});
const kpi = (i: number): KpiRow => ({
  id: i,
  teamId: 'T1',
  pairingId: 1,
  description: long(200),
  target: 3,
  unit: long(40),
  dueDate: '2027-03-31',
  current: i % 4,
  startDate: '2027-01-01',
  doneAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
});

describe.each(LANGS)('pairing, session, KPI and digest surfaces in %s stay within Block Kit limits', (lang: Lang) => {
  const tr = translator(lang);

  it('when suggestions are listed (five, or none with reasons), then the messages are valid', () => {
    const names5 = new Map(Array.from({ length: 5 }, (_, i) => [i + 1, long(80)] as const));
    expectValidMessage(buildSuggestionsMessage(tr, lang, suggestions(5), names5));
    expectValidMessage(buildSuggestionsMessage(tr, lang, suggestions(0), new Map()));
  });

  it('when a proposal is shown to the mentor, open and answered, then both are valid', () => {
    const p = { pairingId: 1, menteeSlackId: 'U1', skill: long(80), level: 2, goals: long(1000), kpis: Array.from({ length: 5 }, () => long(200)), offers: [long(300)], format: 'async', minutes: 60 };
    expectValidMessage(buildProposalMessage(tr, p));
    expectValidMessage(buildProposalMessage(tr, p, 'proposal.answered_accepted'));
  });

  it('when the proposal, coffee, plan, end, move, check-in and KPI modals are built, then each is valid', () => {
    expectValidView(buildProposalModal(tr, { mentorName: long(80), skill: long(80), mentorMemberId: 1, skillId: 7, goals: long(1200), offers: ['leadership'], format: 'online', sessionMinutes: 45 }));
    expectValidView(buildCoffeeModal(tr, { pairingId: 1, otherName: long(80), tz: 'America/Argentina/ComodRivadavia', defaultDate: '2027-03-02' }));
    expectValidView(buildPlanModal(tr, { pairingId: 1, start: '2027-03-08', criteria: long(1000), kpis: Array.from({ length: 5 }, () => long(200)) }));
    expectValidView(buildEndPairingModal(tr, { pairingId: 1, otherName: long(80), skill: long(80) }));
    expectValidView(buildMoveSessionModal(tr, { sessionId: 1, otherName: long(80), tz: 'Asia/Kolkata', date: '2027-03-02', time: '09:30' }));
    for (const role of ['mentee', 'mentor'] as const) expectValidView(buildCheckinModal(tr, { sessionId: 1, role, otherName: long(80), skill: long(80) }));
    expectValidView(buildKpiModal(tr, lang, Array.from({ length: 12 }, (_, i) => kpi(i + 1)), '2027-03-01'));
  });

  it('when the monthly KPI nudge and notices are built, then they are valid', () => {
    expectValidMessage(buildKpiNudgeMessage(tr, lang, { pairingId: 1, skill: long(80), mentorSlackId: 'U2', kpis: Array.from({ length: 25 }, (_, i) => kpi(i + 1)), today: '2027-03-01', yearMonth: '202703' }));
    expectValidMessage(buildNotice(long(2900), long(100), [pairingButton(long(90), 'mm_x', '1', 'primary')]));
  });

  it('when a lead digest with many consenting people is built, then it is valid and has no note fields', () => {
    const people = Array.from({ length: 60 }, (_, i) => ({
      slackUserId: `U0${String(i).padStart(2, '0')}ABCDEF`,
      displayName: long(80),
      consented: i % 3 !== 0,
      isMentee: true,
      isMentor: i % 2 === 0,
      activePairings: 2,
      sessionsHeldThisWeek: 1,
      sessionsPlannedThisWeek: 2,
      kpiPercentAvg: 40,
      confidenceBefore: 2,
      confidenceNow: 3,
      atRisk: i % 7 === 0,
    }));
    const model = buildDigestModel({ people: people.map((p) => ({ ...p, note: 'SECRET NOTE', feedback: 'SECRET FEEDBACK' })) });
    const msg = buildDigestMessage(tr, model);
    expectValidMessage(msg);
    expect(JSON.stringify(msg)).not.toContain('SECRET');
    expect(msg.blocks?.length).toBeLessThanOrEqual(50);
  });
});
