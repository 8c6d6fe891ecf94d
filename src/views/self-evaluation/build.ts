import type { KnownBlock, InputBlock } from '@slack/types';
import type { Lang, Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds, SKILL_SLOTS } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, section, type ModalView } from '../blocks';
import { FORMATS, OFFERS, SESSION_LENGTHS, keyedOptions, levelOptions, option, selectedOptions } from '../options';
import { skillOption } from '../skills';
import type { LocalisedText } from '../../db/schema';
import { encodeMetadata } from '../metadata';

export const LIMITS = { goal: 500, offerNote: 300, avoid: 20 } as const;

export interface SelfEvaluationPrefill {
  goals: { skillId: number; skillNames: LocalisedText; level: number; goal: string }[];
  offers: string[];
  offerNote: string;
  format: string;
  sessionMinutes: number;
  leadSlackUserId: string | null;
  shareWithLead: boolean;
  avoidSlackUserIds: string[];
}

/** The mentee's self-evaluation modal; prefilled when editing. One builder for open and update. */
export function buildSelfEvaluationModal(tr: Translate, lang: Lang, name: string, prefill?: SelfEvaluationPrefill): ModalView {
  const ids = BlockIds.selfEval;
  const levels = levelOptions(tr);
  const blocks: KnownBlock[] = [header(tr('welcome.greeting', { name: name || '👋' })), section(tr('selfeval.intro'))];

  for (let n = 1; n <= SKILL_SLOTS; n++) {
    const g = prefill?.goals[n - 1];
    const required = n === 1;
    blocks.push(
      n > 1 ? divider() : context([tr('selfeval.skill_hint')]),
      {
        type: 'input',
        block_id: ids.skill(n),
        optional: !required,
        label: plain(tr('selfeval.skill_label', { n })),
        element: {
          type: 'external_select',
          action_id: ActionIds.skillSelect,
          min_query_length: 1,
          placeholder: plain(tr('skill.placeholder')),
          ...(g ? { initial_option: skillOption({ id: g.skillId, names: g.skillNames }, lang) } : {}),
        },
      },
      {
        type: 'input',
        block_id: ids.level(n),
        optional: !required,
        label: plain(tr('selfeval.level_label', { n })),
        element: {
          type: 'static_select',
          action_id: ActionIds.input,
          options: levels,
          ...(g ? { initial_option: levels[g.level - 1] } : {}),
        },
      },
      {
        type: 'input',
        block_id: ids.goal(n),
        optional: true,
        label: plain(tr('selfeval.goal_label', { n })),
        element: {
          type: 'plain_text_input',
          action_id: ActionIds.input,
          multiline: true,
          max_length: LIMITS.goal,
          placeholder: plain(tr('selfeval.goal_placeholder')),
          ...(g?.goal ? { initial_value: g.goal } : {}),
        },
      },
    );
  }

  const offers = keyedOptions(tr, 'offer', OFFERS);
  const formats = keyedOptions(tr, 'format', FORMATS);
  const lengths = SESSION_LENGTHS.map((m) => option(tr('length.minutes', { n: m }), String(m)));
  const shareOption = option(tr('selfeval.share_option'), 'share');
  const chosenOffers = selectedOptions(offers, prefill?.offers ?? []);

  const rest: InputBlock[] = [
    {
      type: 'input',
      block_id: ids.offers,
      optional: true,
      label: plain(tr('selfeval.offers_label')),
      hint: plain(tr('selfeval.offers_hint')),
      element: {
        type: 'checkboxes',
        action_id: ActionIds.input,
        options: offers,
        ...(chosenOffers.length ? { initial_options: chosenOffers } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.offerNote,
      optional: true,
      label: plain(tr('selfeval.offer_note_label')),
      element: {
        type: 'plain_text_input',
        action_id: ActionIds.input,
        max_length: LIMITS.offerNote,
        ...(prefill?.offerNote ? { initial_value: prefill.offerNote } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.format,
      label: plain(tr('selfeval.format_label')),
      element: {
        type: 'radio_buttons',
        action_id: ActionIds.input,
        options: formats,
        initial_option: formats.find((f) => f.value === (prefill?.format ?? 'online')) ?? formats[0]!,
      },
    },
    {
      type: 'input',
      block_id: ids.length,
      label: plain(tr('selfeval.length_label')),
      element: {
        type: 'radio_buttons',
        action_id: ActionIds.input,
        options: lengths,
        initial_option: lengths.find((l) => l.value === String(prefill?.sessionMinutes ?? 30)) ?? lengths[0]!,
      },
    },
    {
      type: 'input',
      block_id: ids.lead,
      optional: true,
      label: plain(tr('selfeval.lead_label')),
      element: {
        type: 'users_select',
        action_id: ActionIds.input,
        ...(prefill?.leadSlackUserId ? { initial_user: prefill.leadSlackUserId } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.share,
      optional: true,
      label: plain(tr('selfeval.share_label')),
      hint: plain(tr('selfeval.share_hint')),
      element: {
        type: 'checkboxes',
        action_id: ActionIds.input,
        options: [shareOption],
        ...(prefill?.shareWithLead ? { initial_options: [shareOption] } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.avoid,
      optional: true,
      label: plain(tr('selfeval.avoid_label')),
      hint: plain(tr('selfeval.avoid_hint')),
      element: {
        type: 'multi_users_select',
        action_id: ActionIds.input,
        max_selected_items: LIMITS.avoid,
        ...(prefill?.avoidSlackUserIds.length ? { initial_users: prefill.avoidSlackUserIds.slice(0, LIMITS.avoid) } : {}),
      },
    },
  ];
  blocks.push(divider(), ...rest);

  return {
    type: 'modal',
    callback_id: CallbackIds.selfEvaluation,
    title: modalTitle(tr('selfeval.title')),
    submit: plain(tr('common.save')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1 }),
    blocks,
  };
}

/** What the modal turns into after a successful save. */
export function buildSavedModal(tr: Translate, title: string, body: string, next: string): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.welcome,
    title: modalTitle(title),
    close: plain(tr('common.close')),
    blocks: [section(body), context([next])],
  };
}
