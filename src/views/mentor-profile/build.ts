import type { KnownBlock } from '@slack/types';
import type { Lang, Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds, SKILL_SLOTS } from '../../slack/ids';
import { context, divider, modalTitle, plain, section, type ModalView } from '../blocks';
import { MENTOR_LANGUAGES, STYLES, WEEKDAYS, keyedOptions, levelOptions, option, selectedOptions } from '../options';
import { skillOption } from '../skills';
import type { AvailabilityWindow, LocalisedText } from '../../db/schema';
import { encodeMetadata } from '../metadata';

export const CAPACITIES = [1, 2, 3, 4, 5] as const;

export interface MentorProfilePrefill {
  teaching: { skillId: number; skillNames: LocalisedText; level: number }[];
  styles: string[];
  capacity: number;
  languages: string[];
  availability: AvailabilityWindow[];
}

/** Maps the UI language to a mentoring-language code used in the profile. */
export const mentoringLanguageOf = (lang: Lang): string => (lang === 'pt-BR' ? 'pt' : lang);

/** The mentor profile modal. Availability is days + one time range, in the member's own time zone. */
export function buildMentorProfileModal(tr: Translate, lang: Lang, tz: string, prefill?: MentorProfilePrefill): ModalView {
  const ids = BlockIds.mentor;
  const levels = levelOptions(tr);
  const blocks: KnownBlock[] = [section(tr('mentor.intro'))];

  for (let n = 1; n <= SKILL_SLOTS; n++) {
    const s = prefill?.teaching[n - 1];
    const required = n === 1;
    if (n > 1) blocks.push(divider());
    blocks.push(
      {
        type: 'input',
        block_id: ids.skill(n),
        optional: !required,
        label: plain(tr('mentor.skill_label', { n })),
        element: {
          type: 'external_select',
          action_id: ActionIds.skillSelect,
          min_query_length: 1,
          placeholder: plain(tr('skill.placeholder')),
          ...(s ? { initial_option: skillOption({ id: s.skillId, names: s.skillNames }, lang) } : {}),
        },
      },
      {
        type: 'input',
        block_id: ids.level(n),
        optional: !required,
        label: plain(tr('mentor.level_label', { n })),
        element: {
          type: 'static_select',
          action_id: ActionIds.input,
          options: levels,
          ...(s ? { initial_option: levels[s.level - 1] } : {}),
        },
      },
    );
  }

  const styles = keyedOptions(tr, 'style', STYLES);
  const chosenStyles = selectedOptions(styles, prefill?.styles ?? []);
  const capacities = CAPACITIES.map((c) => option(String(c), String(c)));
  const days = keyedOptions(tr, 'weekday', WEEKDAYS);
  const chosenDays = selectedOptions(days, [...new Set((prefill?.availability ?? []).map((w) => w.weekday))]);
  const first = prefill?.availability[0];
  const languages = keyedOptions(tr, 'language', MENTOR_LANGUAGES);
  const chosenLanguages = selectedOptions(languages, prefill?.languages.length ? prefill.languages : [mentoringLanguageOf(lang)]);

  blocks.push(
    divider(),
    {
      type: 'input',
      block_id: ids.styles,
      optional: true,
      label: plain(tr('mentor.styles_label')),
      element: { type: 'checkboxes', action_id: ActionIds.input, options: styles, ...(chosenStyles.length ? { initial_options: chosenStyles } : {}) },
    },
    {
      type: 'input',
      block_id: ids.capacity,
      label: plain(tr('mentor.capacity_label')),
      hint: plain(tr('mentor.capacity_hint')),
      element: {
        type: 'static_select',
        action_id: ActionIds.input,
        options: capacities,
        initial_option: capacities.find((c) => c.value === String(prefill?.capacity ?? 2)) ?? capacities[1]!,
      },
    },
    {
      type: 'input',
      block_id: ids.languages,
      label: plain(tr('mentor.languages_label')),
      element: { type: 'multi_static_select', action_id: ActionIds.input, options: languages, ...(chosenLanguages.length ? { initial_options: chosenLanguages } : {}) },
    },
    divider(),
    {
      type: 'input',
      block_id: ids.days,
      optional: true,
      label: plain(tr('mentor.days_label')),
      element: { type: 'checkboxes', action_id: ActionIds.input, options: days, ...(chosenDays.length ? { initial_options: chosenDays } : {}) },
    },
    {
      type: 'input',
      block_id: ids.from,
      optional: true,
      label: plain(tr('mentor.from_label')),
      element: { type: 'timepicker', action_id: ActionIds.input, ...(first ? { initial_time: first.start } : {}) },
    },
    {
      type: 'input',
      block_id: ids.to,
      optional: true,
      label: plain(tr('mentor.to_label')),
      element: { type: 'timepicker', action_id: ActionIds.input, ...(first ? { initial_time: first.end } : {}) },
    },
    context([tr('mentor.tz_hint', { tz })]),
  );

  return {
    type: 'modal',
    callback_id: CallbackIds.mentorProfile,
    title: modalTitle(tr('mentor.title')),
    submit: plain(tr('common.save')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeMetadata({ v: 1 }),
    blocks,
  };
}
