/**
 * The pairing lifecycle as a pure state machine.
 *
 * ```
 * proposed ──accept──► accepted ──schedule_coffee──► coffee ──confirm_plan──► active ──complete──► completed
 * proposed ──decline──► declined                     proposed ──expire──► expired
 * accepted | coffee | active ──end──► ended          coffee ──coffee_verdict(not_a_fit)──► ended
 * inside coffee: both verdicts "continue" → submit_plan (mentee) → plan pending → confirm_plan (mentor)
 * ```
 *
 * The machine only decides; it never sends anything. A legal transition returns the next record and a list of
 * descriptive {@link PairingEffect}s (who to notify, which timers to start or cancel) that the service layer
 * turns into Slack messages and jobs. A refused one returns a coded error: the code is what the UI translates,
 * the message is for developers and logs.
 *
 * Who clicked is a runtime fact (the service compares the Slack user with the pairing's mentee and mentor), so
 * every event carries `by` as a plain side and the machine checks it: a mentee pressing the mentor's button,
 * say in a forwarded message, gets `not_allowed`, never a silent state change.
 */

/** Every state a pairing can be in. */
export type PairingState =
  'proposed' | 'accepted' | 'coffee' | 'active' | 'completed' | 'declined' | 'expired' | 'ended';

/** All states, in lifecycle order (handy for exhaustive tests and admin filters). */
export const PAIRING_STATES: readonly PairingState[] = [
  'proposed',
  'accepted',
  'coffee',
  'active',
  'completed',
  'declined',
  'expired',
  'ended',
];

/** One side of a pairing. */
export type PairingSide = 'mentee' | 'mentor';

/** What each side says after the virtual coffee. */
export type CoffeeVerdict = 'continue' | 'not_a_fit';

/** Why a mentor declined a proposal. */
export type DeclineReason = 'not_now' | 'suggest_other';

/**
 * Something that happened to a pairing. `by` is who did it; the machine refuses events from the wrong side.
 * `expire` and `complete` come from the system (a timer, the end of the plan) and carry no side.
 */
export type PairingEvent =
  | { type: 'accept'; by: PairingSide }
  | { type: 'decline'; by: PairingSide; reason: DeclineReason }
  | { type: 'expire' }
  | { type: 'schedule_coffee'; by: PairingSide }
  | { type: 'coffee_verdict'; by: PairingSide; verdict: CoffeeVerdict }
  | { type: 'submit_plan'; by: PairingSide }
  | { type: 'confirm_plan'; by: PairingSide }
  | { type: 'complete' }
  | { type: 'end'; by: PairingSide; reason?: string };

/** The event type names (for exhaustive tests and zod enums in adapters). */
export type PairingEventType = PairingEvent['type'];

/** All event types. */
export const PAIRING_EVENT_TYPES: readonly PairingEventType[] = [
  'accept',
  'decline',
  'expire',
  'schedule_coffee',
  'coffee_verdict',
  'submit_plan',
  'confirm_plan',
  'complete',
  'end',
];

/**
 * How a pairing finished, set when it reaches a terminal state. Reported in pilot stats, so a "not a fit"
 * after the coffee (a success of the process: rapport was checked) is kept apart from a pairing that ended
 * later.
 */
export type PairingOutcome = 'completed' | 'not_now' | 'suggest_other' | 'no_answer' | 'not_a_fit' | 'ended';

/**
 * The persisted shape of a pairing's lifecycle. Kept small and flat so it maps onto a few columns.
 * `menteeVerdict`/`mentorVerdict` are recorded per side because the coffee needs both answers;
 * `planSubmitted` marks the "plan pending the mentor's confirmation" phase inside `coffee`.
 */
export interface PairingRecord {
  state: PairingState;
  menteeVerdict?: CoffeeVerdict;
  mentorVerdict?: CoffeeVerdict;
  planSubmitted: boolean;
  /** Set on entering a terminal state. */
  outcome?: PairingOutcome;
  /** Who ended the pairing (an explicit `end`, or the side that said "not a fit"). */
  endedBy?: PairingSide;
  /** Free-text reason given with `end`, if any. Private to the pair and admins. */
  endReason?: string;
}

/**
 * What the service layer should do after a transition. Descriptive on purpose: the machine says *what*
 * happened, the service decides the wording, language and channel.
 */
export type PairingEffect =
  /** Proposal answered or timed out: the pending reminder/expiry jobs are obsolete. */
  | { type: 'cancel_proposal_timers' }
  | { type: 'notify_mentee_accepted' }
  | { type: 'notify_mentee_declined'; reason: DeclineReason }
  | { type: 'notify_mentee_expired' }
  /** The mentee still wants to learn: show the next-best mentor suggestion (blame-free re-match). */
  | { type: 'offer_next_candidate' }
  /** Ask the pair to book their short virtual coffee. */
  | { type: 'prompt_schedule_coffee' }
  | { type: 'notify_coffee_scheduled'; to: PairingSide }
  /** After the coffee, ask both sides "continue or not a fit?". */
  | { type: 'schedule_coffee_verdict_prompts' }
  /** One side answered "continue": tell them we wait for the other side. */
  | { type: 'await_other_verdict'; to: PairingSide; waitingFor: PairingSide }
  | { type: 'notify_other_side_not_a_fit'; to: PairingSide }
  /** Both said continue: the mentee drafts the action plan. */
  | { type: 'prompt_mentee_plan' }
  | { type: 'notify_mentor_plan_submitted'; revised: boolean }
  | { type: 'notify_mentee_plan_confirmed' }
  /** The plan is agreed: start the session cadence, check-ins and KPI nudges. */
  | { type: 'start_session_cadence' }
  | { type: 'notify_both_completed' }
  | { type: 'send_completion_survey' }
  | { type: 'notify_other_side_ended'; to: PairingSide }
  /** The pairing is over: every pending reminder, check-in and nudge for it must be dropped. */
  | { type: 'cancel_pairing_timers' };

/** Why an event was refused. `illegal_transition`: not possible in this state; `not_allowed`: wrong side. */
export type TransitionErrorCode = 'illegal_transition' | 'not_allowed';

/** Result of {@link transition}. */
export type TransitionResult =
  | { ok: true; next: PairingRecord; effects: PairingEffect[] }
  | { ok: false; error: { code: TransitionErrorCode; message: string } };

const TERMINAL: ReadonlySet<PairingState> = new Set(['completed', 'declined', 'expired', 'ended']);
const OPEN: ReadonlySet<PairingState> = new Set(['proposed', 'accepted', 'coffee', 'active']);

/** True when nothing can happen to the pairing any more (completed, declined, expired, ended). */
export function isTerminal(state: PairingState): boolean {
  return TERMINAL.has(state);
}

/**
 * True for the states that count against a mentor's capacity: proposed, accepted, coffee, active.
 * A proposal counts too, so one mentor cannot be flooded with parallel proposals beyond what they offered.
 */
export function isOpen(state: PairingState): boolean {
  return OPEN.has(state);
}

/** The record of a freshly proposed pairing. */
export function initialPairing(): PairingRecord {
  return { state: 'proposed', planSubmitted: false };
}

const other = (side: PairingSide): PairingSide => (side === 'mentee' ? 'mentor' : 'mentee');

const refuse = (code: TransitionErrorCode, message: string): TransitionResult => ({
  ok: false,
  error: { code, message },
});

const illegal = (current: PairingRecord, event: PairingEventType, why?: string): TransitionResult =>
  refuse(
    'illegal_transition',
    `Cannot apply '${event}' to a pairing in state '${current.state}'` + (why ? `: ${why}.` : '.'),
  );

const wrongSide = (event: PairingEventType, by: PairingSide, allowed: PairingSide): TransitionResult =>
  refuse('not_allowed', `Only the ${allowed} may '${event}' a pairing; got it from the ${by}.`);

const ok = (next: PairingRecord, effects: PairingEffect[]): TransitionResult => ({ ok: true, next, effects });

/** Leaving the pairing early (from accepted, coffee or active), by either side. */
function endBy(current: PairingRecord, by: PairingSide, reason: string | undefined): TransitionResult {
  const next: PairingRecord = { ...current, state: 'ended', outcome: 'ended', endedBy: by };
  if (reason !== undefined && reason.trim() !== '') next.endReason = reason.trim();
  return ok(next, [{ type: 'notify_other_side_ended', to: other(by) }, { type: 'cancel_pairing_timers' }]);
}

/**
 * Applies `event` to `current` and returns the next record plus the effects to carry out, or a coded refusal.
 *
 * Checks run in a fixed order so the error is the most useful one: first whether the event makes sense in
 * this state at all (`illegal_transition` — e.g. a stale button on an expired proposal), then whether this
 * side may do it (`not_allowed`), then sub-state conditions inside `coffee` (`illegal_transition` again, with
 * the reason spelled out). Never mutates `current`.
 */
export function transition(current: PairingRecord, event: PairingEvent): TransitionResult {
  if (isTerminal(current.state)) {
    return illegal(current, event.type, 'the pairing is already over');
  }

  switch (event.type) {
    case 'accept': {
      if (current.state !== 'proposed')
        return illegal(current, event.type, 'only a proposal can be accepted');
      if (event.by !== 'mentor') return wrongSide(event.type, event.by, 'mentor');
      return ok({ ...current, state: 'accepted' }, [
        { type: 'cancel_proposal_timers' },
        { type: 'notify_mentee_accepted' },
        { type: 'prompt_schedule_coffee' },
      ]);
    }

    case 'decline': {
      if (current.state !== 'proposed')
        return illegal(current, event.type, 'only a proposal can be declined');
      if (event.by !== 'mentor') return wrongSide(event.type, event.by, 'mentor');
      // Both reasons leave the mentee without a mentor, so both offer the next candidate; the reason only
      // changes the wording ("not now" is about timing, "suggest someone else" about fit).
      return ok({ ...current, state: 'declined', outcome: event.reason }, [
        { type: 'cancel_proposal_timers' },
        { type: 'notify_mentee_declined', reason: event.reason },
        { type: 'offer_next_candidate' },
      ]);
    }

    case 'expire': {
      if (current.state !== 'proposed')
        return illegal(current, event.type, 'only an unanswered proposal expires');
      return ok({ ...current, state: 'expired', outcome: 'no_answer' }, [
        { type: 'cancel_proposal_timers' },
        { type: 'notify_mentee_expired' },
        { type: 'offer_next_candidate' },
      ]);
    }

    case 'schedule_coffee': {
      if (current.state !== 'accepted') {
        return illegal(current, event.type, 'the coffee is scheduled once, right after the mentor accepts');
      }
      return ok({ ...current, state: 'coffee' }, [
        { type: 'notify_coffee_scheduled', to: other(event.by) },
        { type: 'schedule_coffee_verdict_prompts' },
      ]);
    }

    case 'coffee_verdict': {
      if (current.state !== 'coffee')
        return illegal(current, event.type, 'verdicts are given after the coffee');
      const mine = event.by === 'mentee' ? current.menteeVerdict : current.mentorVerdict;
      // A verdict is final: letting a side flip "continue" after the other side acted on it would be confusing,
      // and a double click must not count twice.
      if (mine !== undefined) return illegal(current, event.type, `the ${event.by} already gave a verdict`);
      const key = event.by === 'mentee' ? 'menteeVerdict' : 'mentorVerdict';
      const recorded: PairingRecord = { ...current, [key]: event.verdict };

      if (event.verdict === 'not_a_fit') {
        // One "not a fit" is enough: rapport needs both. Blame-free, so the mentee is offered someone else.
        return ok({ ...recorded, state: 'ended', outcome: 'not_a_fit', endedBy: event.by }, [
          { type: 'notify_other_side_not_a_fit', to: other(event.by) },
          { type: 'cancel_pairing_timers' },
          { type: 'offer_next_candidate' },
        ]);
      }
      const theirs = event.by === 'mentee' ? current.mentorVerdict : current.menteeVerdict;
      if (theirs === 'continue') return ok(recorded, [{ type: 'prompt_mentee_plan' }]);
      return ok(recorded, [{ type: 'await_other_verdict', to: event.by, waitingFor: other(event.by) }]);
    }

    case 'submit_plan': {
      if (current.state !== 'coffee')
        return illegal(current, event.type, 'a plan is written after the coffee');
      if (event.by !== 'mentee') return wrongSide(event.type, event.by, 'mentee');
      if (current.menteeVerdict !== 'continue' || current.mentorVerdict !== 'continue') {
        return illegal(current, event.type, 'both sides must say "continue" after the coffee first');
      }
      // Resubmitting while the mentor has not confirmed yet is a revision (e.g. after a chat about cadence).
      return ok({ ...current, planSubmitted: true }, [
        { type: 'notify_mentor_plan_submitted', revised: current.planSubmitted },
      ]);
    }

    case 'confirm_plan': {
      if (current.state !== 'coffee')
        return illegal(current, event.type, 'there is no plan waiting for confirmation');
      if (event.by !== 'mentor') return wrongSide(event.type, event.by, 'mentor');
      if (!current.planSubmitted)
        return illegal(current, event.type, 'the mentee has not submitted a plan yet');
      return ok({ ...current, state: 'active' }, [
        { type: 'notify_mentee_plan_confirmed' },
        { type: 'start_session_cadence' },
      ]);
    }

    case 'complete': {
      if (current.state !== 'active')
        return illegal(current, event.type, 'only an active pairing can complete');
      return ok({ ...current, state: 'completed', outcome: 'completed' }, [
        { type: 'notify_both_completed' },
        { type: 'send_completion_survey' },
        { type: 'cancel_pairing_timers' },
      ]);
    }

    case 'end': {
      // A proposal is answered by the mentor (accept/decline) or expires; it is not "ended".
      if (current.state === 'proposed')
        return illegal(current, event.type, 'a proposal is declined or expires instead');
      return endBy(current, event.by, event.reason);
    }

    default: {
      // Reached only with input that bypassed the types (e.g. an unparsed job payload).
      const unknown = event as { type?: unknown };
      return refuse('illegal_transition', `Unknown pairing event '${String(unknown.type)}'.`);
    }
  }
}
