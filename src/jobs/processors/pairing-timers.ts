import type { ServiceDeps } from '../../services/deps';
import type { SlackPort } from '../../services/ports';
import { expireProposal, promptVerdicts, remindMentor } from '../../services/pairings';

type Data = { teamId: string; pairingId: number };

/**
 * Pairing timers. Each one re-reads Postgres and claims its work there, so a duplicated, retried or
 * early job changes nothing.
 */
export const processPairingRemind = (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) => async (d: Data) => {
  await remindMentor(deps, await slackFor(d.teamId), d.teamId, d.pairingId);
};

export const processPairingExpire = (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) => async (d: Data) => {
  await expireProposal(deps, await slackFor(d.teamId), d.teamId, d.pairingId);
};

export const processPairingVerdict = (deps: ServiceDeps, slackFor: (teamId: string) => Promise<SlackPort>) => async (d: Data) => {
  await promptVerdicts(deps, await slackFor(d.teamId), d.teamId, d.pairingId);
};
