import type { ServiceDeps } from '../../services/deps';
import type { SessionTimerData, SlackPort } from '../../services/ports';
import { runSessionTimer } from '../../services/sessions';

/** Reminders, agenda prompts and check-ins (see runSessionTimer for the once-only rules). */
export const processSessionTimer = (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) => async (d: SessionTimerData) => {
  await runSessionTimer(deps, await slackFor(d.teamId), d);
};
