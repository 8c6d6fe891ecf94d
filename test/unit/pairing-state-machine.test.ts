import fc from 'fast-check';
import {
  PAIRING_EVENT_TYPES,
  PAIRING_STATES,
  type PairingEffect,
  type PairingEvent,
  type PairingRecord,
  type TransitionErrorCode,
  initialPairing,
  isOpen,
  isTerminal,
  transition,
} from '../../src/domain/pairing/state-machine';

// Every state, and inside `coffee` every sub-state the events care about (verdicts, plan pending).
const records = {
  proposed: { state: 'proposed', planSubmitted: false },
  accepted: { state: 'accepted', planSubmitted: false },
  coffee: { state: 'coffee', planSubmitted: false },
  coffee_mentee_continued: { state: 'coffee', menteeVerdict: 'continue', planSubmitted: false },
  coffee_mentor_continued: { state: 'coffee', mentorVerdict: 'continue', planSubmitted: false },
  coffee_both_continued: {
    state: 'coffee',
    menteeVerdict: 'continue',
    mentorVerdict: 'continue',
    planSubmitted: false,
  },
  coffee_plan_pending: {
    state: 'coffee',
    menteeVerdict: 'continue',
    mentorVerdict: 'continue',
    planSubmitted: true,
  },
  active: { state: 'active', menteeVerdict: 'continue', mentorVerdict: 'continue', planSubmitted: true },
  completed: {
    state: 'completed',
    menteeVerdict: 'continue',
    mentorVerdict: 'continue',
    planSubmitted: true,
    outcome: 'completed',
  },
  declined: { state: 'declined', planSubmitted: false, outcome: 'not_now' },
  expired: { state: 'expired', planSubmitted: false, outcome: 'no_answer' },
  ended: { state: 'ended', planSubmitted: false, outcome: 'ended', endedBy: 'mentee' },
} satisfies Record<string, PairingRecord>;
type RecordName = keyof typeof records;

// Every event type, with every side (and every reason/verdict) it can come with.
const events = {
  accept_by_mentor: { type: 'accept', by: 'mentor' },
  accept_by_mentee: { type: 'accept', by: 'mentee' },
  decline_not_now_by_mentor: { type: 'decline', by: 'mentor', reason: 'not_now' },
  decline_suggest_other_by_mentor: { type: 'decline', by: 'mentor', reason: 'suggest_other' },
  decline_by_mentee: { type: 'decline', by: 'mentee', reason: 'not_now' },
  expire: { type: 'expire' },
  schedule_coffee_by_mentee: { type: 'schedule_coffee', by: 'mentee' },
  schedule_coffee_by_mentor: { type: 'schedule_coffee', by: 'mentor' },
  continue_by_mentee: { type: 'coffee_verdict', by: 'mentee', verdict: 'continue' },
  continue_by_mentor: { type: 'coffee_verdict', by: 'mentor', verdict: 'continue' },
  not_a_fit_by_mentee: { type: 'coffee_verdict', by: 'mentee', verdict: 'not_a_fit' },
  not_a_fit_by_mentor: { type: 'coffee_verdict', by: 'mentor', verdict: 'not_a_fit' },
  submit_plan_by_mentee: { type: 'submit_plan', by: 'mentee' },
  submit_plan_by_mentor: { type: 'submit_plan', by: 'mentor' },
  confirm_plan_by_mentor: { type: 'confirm_plan', by: 'mentor' },
  confirm_plan_by_mentee: { type: 'confirm_plan', by: 'mentee' },
  complete: { type: 'complete' },
  end_by_mentee: { type: 'end', by: 'mentee', reason: '  no time this quarter ' },
  end_by_mentor: { type: 'end', by: 'mentor' },
} satisfies Record<string, PairingEvent>;
type EventName = keyof typeof events;

type Legal = { next: PairingRecord; effects: PairingEffect[] };
type Key = `${RecordName}|${EventName}`;

const endedBy = (from: PairingRecord, by: 'mentee' | 'mentor', endReason?: string): Legal => ({
  next: { ...from, state: 'ended', outcome: 'ended', endedBy: by, ...(endReason ? { endReason } : {}) },
  effects: [
    { type: 'notify_other_side_ended', to: by === 'mentee' ? 'mentor' : 'mentee' },
    { type: 'cancel_pairing_timers' },
  ],
});
const notAFit = (from: PairingRecord, by: 'mentee' | 'mentor'): Legal => ({
  next: {
    ...from,
    [by === 'mentee' ? 'menteeVerdict' : 'mentorVerdict']: 'not_a_fit',
    state: 'ended',
    outcome: 'not_a_fit',
    endedBy: by,
  },
  effects: [
    { type: 'notify_other_side_not_a_fit', to: by === 'mentee' ? 'mentor' : 'mentee' },
    { type: 'cancel_pairing_timers' },
    { type: 'offer_next_candidate' },
  ],
});
const coffeeStates = [
  'coffee',
  'coffee_mentee_continued',
  'coffee_mentor_continued',
  'coffee_both_continued',
  'coffee_plan_pending',
] as const;

/** The complete list of legal transitions; every other (record, event) pair must be refused. */
const legal: Partial<Record<Key, Legal>> = {
  'proposed|accept_by_mentor': {
    next: { state: 'accepted', planSubmitted: false },
    effects: [
      { type: 'cancel_proposal_timers' },
      { type: 'notify_mentee_accepted' },
      { type: 'prompt_schedule_coffee' },
    ],
  },
  'proposed|decline_not_now_by_mentor': {
    next: { state: 'declined', planSubmitted: false, outcome: 'not_now' },
    effects: [
      { type: 'cancel_proposal_timers' },
      { type: 'notify_mentee_declined', reason: 'not_now' },
      { type: 'offer_next_candidate' },
    ],
  },
  'proposed|decline_suggest_other_by_mentor': {
    next: { state: 'declined', planSubmitted: false, outcome: 'suggest_other' },
    effects: [
      { type: 'cancel_proposal_timers' },
      { type: 'notify_mentee_declined', reason: 'suggest_other' },
      { type: 'offer_next_candidate' },
    ],
  },
  'proposed|expire': {
    next: { state: 'expired', planSubmitted: false, outcome: 'no_answer' },
    effects: [
      { type: 'cancel_proposal_timers' },
      { type: 'notify_mentee_expired' },
      { type: 'offer_next_candidate' },
    ],
  },
  'accepted|schedule_coffee_by_mentee': {
    next: { state: 'coffee', planSubmitted: false },
    effects: [{ type: 'notify_coffee_scheduled', to: 'mentor' }, { type: 'schedule_coffee_verdict_prompts' }],
  },
  'accepted|schedule_coffee_by_mentor': {
    next: { state: 'coffee', planSubmitted: false },
    effects: [{ type: 'notify_coffee_scheduled', to: 'mentee' }, { type: 'schedule_coffee_verdict_prompts' }],
  },
  'accepted|end_by_mentee': endedBy(records.accepted, 'mentee', 'no time this quarter'),
  'accepted|end_by_mentor': endedBy(records.accepted, 'mentor'),

  'coffee|continue_by_mentee': {
    next: records.coffee_mentee_continued,
    effects: [{ type: 'await_other_verdict', to: 'mentee', waitingFor: 'mentor' }],
  },
  'coffee|continue_by_mentor': {
    next: records.coffee_mentor_continued,
    effects: [{ type: 'await_other_verdict', to: 'mentor', waitingFor: 'mentee' }],
  },
  'coffee|not_a_fit_by_mentee': notAFit(records.coffee, 'mentee'),
  'coffee|not_a_fit_by_mentor': notAFit(records.coffee, 'mentor'),
  'coffee_mentee_continued|continue_by_mentor': {
    next: records.coffee_both_continued,
    effects: [{ type: 'prompt_mentee_plan' }],
  },
  'coffee_mentee_continued|not_a_fit_by_mentor': notAFit(records.coffee_mentee_continued, 'mentor'),
  'coffee_mentor_continued|continue_by_mentee': {
    next: records.coffee_both_continued,
    effects: [{ type: 'prompt_mentee_plan' }],
  },
  'coffee_mentor_continued|not_a_fit_by_mentee': notAFit(records.coffee_mentor_continued, 'mentee'),
  'coffee_both_continued|submit_plan_by_mentee': {
    next: records.coffee_plan_pending,
    effects: [{ type: 'notify_mentor_plan_submitted', revised: false }],
  },
  'coffee_plan_pending|submit_plan_by_mentee': {
    next: records.coffee_plan_pending,
    effects: [{ type: 'notify_mentor_plan_submitted', revised: true }],
  },
  'coffee_plan_pending|confirm_plan_by_mentor': {
    next: records.active,
    effects: [{ type: 'notify_mentee_plan_confirmed' }, { type: 'start_session_cadence' }],
  },
  'active|complete': {
    next: records.completed,
    effects: [
      { type: 'notify_both_completed' },
      { type: 'send_completion_survey' },
      { type: 'cancel_pairing_timers' },
    ],
  },
  'active|end_by_mentee': endedBy(records.active, 'mentee', 'no time this quarter'),
  'active|end_by_mentor': endedBy(records.active, 'mentor'),
};
for (const name of coffeeStates) {
  legal[`${name}|end_by_mentee`] = endedBy(records[name], 'mentee', 'no time this quarter');
  legal[`${name}|end_by_mentor`] = endedBy(records[name], 'mentor');
}

/** Refusals because the wrong side acted (the state itself would accept the event type). */
const notAllowed = new Set<Key>([
  'proposed|accept_by_mentee',
  'proposed|decline_by_mentee',
  ...coffeeStates.flatMap((s): Key[] => [`${s}|submit_plan_by_mentor`, `${s}|confirm_plan_by_mentee`]),
]);

const recordNames = Object.keys(records) as RecordName[];
const eventNames = Object.keys(events) as EventName[];
const cases = recordNames.flatMap((r) => eventNames.map((e) => [r, e] as const));

describe('pairing state machine: every (state, event) combination', () => {
  it('when the table is built, then it covers every state and every event type', () => {
    expect(new Set(recordNames.map((r) => records[r].state))).toEqual(new Set(PAIRING_STATES));
    expect(new Set(eventNames.map((e) => events[e].type))).toEqual(new Set(PAIRING_EVENT_TYPES));
    expect(cases).toHaveLength(12 * 19);
    // Every listed legal key names a real record and event (guards against typos in the table).
    for (const key of Object.keys(legal)) {
      const [r, e] = key.split('|');
      expect(recordNames).toContain(r);
      expect(eventNames).toContain(e);
    }
  });

  it.each(cases)('when the pairing is %s and %s arrives, then the table decides', (r, e) => {
    const current = structuredClone(records[r]) as PairingRecord;
    const before = structuredClone(current);
    const result = transition(current, events[e]);
    const key: Key = `${r}|${e}`;
    const expected = legal[key];

    expect(current).toEqual(before); // never mutates its input
    if (expected) {
      expect(result).toEqual({ ok: true, next: expected.next, effects: expected.effects });
    } else {
      const code: TransitionErrorCode = notAllowed.has(key) ? 'not_allowed' : 'illegal_transition';
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(/^(Cannot apply|Only the)/);
        expect(result.error.message).toContain(`'${events[e].type}'`);
      }
    }
  });
});

describe('pairing state machine: details', () => {
  it('when a pairing is proposed, then it starts in proposed with no verdicts and no plan', () => {
    expect(initialPairing()).toEqual({ state: 'proposed', planSubmitted: false });
  });

  it('when a pairing is over, then the refusal says so', () => {
    const result = transition(records.expired, events.accept_by_mentor);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'illegal_transition',
        message: "Cannot apply 'accept' to a pairing in state 'expired': the pairing is already over.",
      },
    });
  });

  it('when the mentee presses the mentor button, then the refusal names who may', () => {
    const result = transition(records.proposed, events.accept_by_mentee);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not_allowed',
        message: "Only the mentor may 'accept' a pairing; got it from the mentee.",
      },
    });
  });

  it('when the mentee submits a plan before both verdicts, then the reason is spelled out', () => {
    const result = transition(records.coffee_mentee_continued, events.submit_plan_by_mentee);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('both sides must say "continue"');
  });

  it('when an end reason is blank, then no reason is recorded', () => {
    const result = transition(records.active, { type: 'end', by: 'mentor', reason: '   ' });
    expect(result.ok && result.next).toEqual({
      ...records.active,
      state: 'ended',
      outcome: 'ended',
      endedBy: 'mentor',
    });
  });

  it('when an unknown event type slips through unparsed, then it is refused, not thrown', () => {
    const result = transition(records.active, { type: 'teleport' } as unknown as PairingEvent);
    expect(result).toEqual({
      ok: false,
      error: { code: 'illegal_transition', message: "Unknown pairing event 'teleport'." },
    });
  });

  it.each(PAIRING_STATES)('when the state is %s, then it is exactly one of open or terminal', (state) => {
    expect(isOpen(state)).toBe(!isTerminal(state));
  });

  it('when counting mentor capacity, then proposed, accepted, coffee and active count', () => {
    expect(PAIRING_STATES.filter(isOpen)).toEqual(['proposed', 'accepted', 'coffee', 'active']);
    expect(PAIRING_STATES.filter(isTerminal)).toEqual(['completed', 'declined', 'expired', 'ended']);
  });
});

describe('pairing state machine: properties', () => {
  const side = fc.constantFrom<'mentee' | 'mentor'>('mentee', 'mentor');
  const event: fc.Arbitrary<PairingEvent> = fc.oneof(
    fc.record({ type: fc.constant('accept' as const), by: side }),
    fc.record({
      type: fc.constant('decline' as const),
      by: side,
      reason: fc.constantFrom('not_now' as const, 'suggest_other' as const),
    }),
    fc.constant({ type: 'expire' as const }),
    fc.record({ type: fc.constant('schedule_coffee' as const), by: side }),
    fc.record({
      type: fc.constant('coffee_verdict' as const),
      by: side,
      verdict: fc.constantFrom('continue' as const, 'not_a_fit' as const),
    }),
    fc.record({ type: fc.constant('submit_plan' as const), by: side }),
    fc.record({ type: fc.constant('confirm_plan' as const), by: side }),
    fc.constant({ type: 'complete' as const }),
    fc.record({
      type: fc.constant('end' as const),
      by: side,
      reason: fc.option(fc.string(), { nil: undefined }),
    }),
  );
  // Random walks mostly die early (a decline, an expiry, a "not a fit"), so most steps are a 'next' token that
  // plays the happy-path event for the current record; the rest is noise from every event there is.
  const happyNext = (r: PairingRecord): PairingEvent => {
    switch (r.state) {
      case 'proposed':
        return events.accept_by_mentor;
      case 'accepted':
        return events.schedule_coffee_by_mentee;
      case 'coffee':
        if (!r.menteeVerdict) return events.continue_by_mentee;
        if (!r.mentorVerdict) return events.continue_by_mentor;
        return r.planSubmitted ? events.confirm_plan_by_mentor : events.submit_plan_by_mentee;
      default:
        return events.complete;
    }
  };
  const step = fc.oneof(
    { weight: 3, arbitrary: fc.constant('next' as const) },
    { weight: 1, arbitrary: event },
  );

  it('when random events are applied, then every state is defined, consistent, and terminal states accept nothing', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (sequence) => {
        let current = initialPairing();
        reached.add(current.state);
        for (const token of sequence) {
          const e = token === 'next' ? happyNext(current) : token;
          const frozen = Object.freeze({ ...current });
          const result = transition(frozen, e);
          if (isTerminal(current.state)) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error.code).toBe('illegal_transition');
            continue;
          }
          if (!result.ok) {
            expect(['illegal_transition', 'not_allowed']).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
            continue;
          }
          current = result.next;
          reached.add(current.state);
          expect(PAIRING_STATES).toContain(current.state);
          expect(current.outcome !== undefined).toBe(isTerminal(current.state));
          // A plan exists only after two "continue"s, and active always has one.
          if (current.planSubmitted) {
            expect(current.menteeVerdict).toBe('continue');
            expect(current.mentorVerdict).toBe('continue');
          }
          if (current.state === 'active' || current.state === 'completed')
            expect(current.planSubmitted).toBe(true);
          if (current.outcome === 'not_a_fit') {
            expect([current.menteeVerdict, current.mentorVerdict]).toContain('not_a_fit');
          }
        }
      }),
      { numRuns: 500 },
    );
    // The property is only meaningful if the random walks actually visit the whole machine.
    expect(reached).toEqual(new Set(PAIRING_STATES));
  });

  it('when any event reaches a terminal record, then it is refused', () => {
    const terminal = fc.constantFrom(records.completed, records.declined, records.expired, records.ended);
    fc.assert(
      fc.property(terminal, event, (record, e) => {
        const result = transition(record, e);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('illegal_transition');
      }),
    );
  });
});
