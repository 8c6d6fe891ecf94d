import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { modalTitle, plain, section, type ModalView } from '../blocks';
import { FORMATS, OFFERS, SESSION_LENGTHS, keyedOptions, option, selectedOptions } from '../options';
import { encodeMetadata } from '../metadata';
import { escapeMrkdwn } from '../escape';

export const PROPOSAL_LIMITS = { goals: 1000, kpis: 1000, kpiLines: 5, kpiLine: 200, offerNote: 300 } as const;

export interface ProposalPrefill {
  mentorName: string;
  skill: string;
  mentorMemberId: number;
  skillId: number;
  goals: string;
  offers: string[];
  format: string;
  sessionMinutes: number;
}

/** The proposal modal: goals, draft KPIs, what I offer in return, format and length. */
export function buildProposalModal(tr: Translate, p: ProposalPrefill): ModalView {
  const ids = BlockIds.proposal;
  const offers = keyedOptions(tr, 'offer', OFFERS);
  const chosen = selectedOptions(offers, p.offers);
  const formats = keyedOptions(tr, 'format', FORMATS);
  const lengths = SESSION_LENGTHS.map((m) => option(tr('length.minutes', { n: m }), String(m)));
  return {
    type: 'modal',
    callback_id: CallbackIds.proposal,
    title: modalTitle(tr('proposal.title')),
    submit: plain(tr('proposal.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1, mentorMemberId: p.mentorMemberId, skillId: p.skillId }),
    blocks: [
      section(tr('proposal.intro', { skill: escapeMrkdwn(p.skill), name: escapeMrkdwn(p.mentorName) })),
      {
        type: 'input',
        block_id: ids.goals,
        label: plain(tr('proposal.goals_label')),
        element: {
          type: 'plain_text_input',
          action_id: ActionIds.input,
          multiline: true,
          max_length: PROPOSAL_LIMITS.goals,
          placeholder: plain(tr('proposal.goals_placeholder')),
          ...(p.goals ? { initial_value: p.goals.slice(0, PROPOSAL_LIMITS.goals) } : {}),
        },
      },
      {
        type: 'input',
        block_id: ids.kpis,
        optional: true,
        label: plain(tr('proposal.kpis_label')),
        hint: plain(tr('proposal.kpis_hint')),
        element: { type: 'plain_text_input', action_id: ActionIds.input, multiline: true, max_length: PROPOSAL_LIMITS.kpis },
      },
      {
        type: 'input',
        block_id: ids.offers,
        optional: true,
        label: plain(tr('proposal.offer_label')),
        element: { type: 'checkboxes', action_id: ActionIds.input, options: offers, ...(chosen.length ? { initial_options: chosen } : {}) },
      },
      {
        type: 'input',
        block_id: ids.format,
        label: plain(tr('proposal.format_label')),
        element: { type: 'radio_buttons', action_id: ActionIds.input, options: formats, initial_option: formats.find((f) => f.value === p.format) ?? formats[0]! },
      },
      {
        type: 'input',
        block_id: ids.length,
        label: plain(tr('proposal.length_label')),
        element: {
          type: 'radio_buttons',
          action_id: ActionIds.input,
          options: lengths,
          initial_option: lengths.find((l) => l.value === String(p.sessionMinutes)) ?? lengths[0]!,
        },
      },
    ],
  };
}
