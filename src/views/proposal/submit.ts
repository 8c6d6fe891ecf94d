import type { ServiceDeps } from '../../services/deps';
import { proposePairing } from '../../services/pairings';
import { BlockIds } from '../../slack/ids';
import { escapeMrkdwn } from '../escape';
import { buildSavedModal } from '../self-evaluation/build';
import { skillName } from '../skills';
import { toSlackErrors, withSubmitter } from '../submit-helpers';
import { langFromLocale } from '../../i18n';
import { parseProposal } from './parse';

/** Proposal submitted: validate, re-check the mentor is still available, create once, DM the mentor. */
export const handleProposalSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.proposal.goals, async ({ slack, member, tr, values, metadata }) => {
    const parsed = parseProposal(values);
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    if (!metadata.mentorMemberId || !metadata.skillId) {
      return { response: { response_action: 'errors', errors: { [BlockIds.proposal.goals]: tr('pairing.gone') } } };
    }
    const mentee = await deps.profiles.getMentee(member.id);
    const result = await proposePairing(deps, slack, member, {
      mentorMemberId: metadata.mentorMemberId,
      skillId: metadata.skillId,
      goals: parsed.data.goals,
      kpis: parsed.data.kpis,
      offers: parsed.data.offers,
      offerNote: mentee?.profile.offerNote ?? '',
      format: parsed.data.format,
      sessionMinutes: parsed.data.sessionMinutes,
    });
    if (!result.ok) {
      const skill = result.skill ? skillName(result.skill.names, langFromLocale(member.locale)) : '';
      const text = result.reason === 'not_available' ? tr('proposal.not_available', { name: escapeMrkdwn(result.mentorName ?? ''), skill }) : tr('pairing.gone');
      return { response: { response_action: 'errors', errors: { [BlockIds.proposal.goals]: text } } };
    }
    const body = result.created
      ? tr('proposal.sent_body', { name: escapeMrkdwn(result.mentorName) })
      : tr('proposal.already_open', { name: escapeMrkdwn(result.mentorName) });
    return { response: { response_action: 'update', view: buildSavedModal(tr, tr('proposal.sent_title'), body, '') } };
  });
