import type { KnownBlock } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import type { SurveyQuestionSummary } from '../../domain/stats';
import { rateOf } from '../../domain/stats';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, header, modalTitle, plain, section, type ModalView } from '../blocks';
import { option } from '../options';
import { escapeMrkdwn } from '../escape';
import { readSelected, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { encodeAdminMetadata } from './metadata';

/** The end-of-pilot questions, each answered 1–5. Codes are stored; the wording lives in the catalogue. */
export const SURVEY_QUESTIONS = ['useful', 'skill', 'match', 'time', 'recommend'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** The DM asking a participant to answer (once per person and cohort). */
export function buildSurveyInvite(tr: Translate, a: { cohortId: number; cohortName: string }): SlackMessage {
  const text = tr('survey.dm_text', { cohort: escapeMrkdwn(a.cohortName) });
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: BlockIds.survey.actions,
        elements: [
          {
            type: 'button',
            text: plain(tr('survey.open')),
            action_id: ActionIds.surveyOpen,
            value: String(a.cohortId),
            style: 'primary',
          },
        ],
      },
      context([tr('survey.dm_privacy')]),
    ],
  };
}

/** The survey modal: five 1–5 questions. */
export function buildSurveyModal(tr: Translate, a: { cohortId: number; cohortName: string }): ModalView {
  const scale = [1, 2, 3, 4, 5].map((n) => option(tr(`survey.scale.${n}` as MessageKey), String(n)));
  const blocks: KnownBlock[] = [section(tr('survey.intro', { cohort: escapeMrkdwn(a.cohortName) }))];
  for (const q of SURVEY_QUESTIONS) {
    blocks.push({
      type: 'input',
      block_id: BlockIds.survey.question(q),
      label: plain(tr(`survey.q.${q}` as MessageKey)),
      element: { type: 'radio_buttons', action_id: ActionIds.input, options: scale },
    });
  }
  blocks.push(context([tr('survey.dm_privacy')]));
  return {
    type: 'modal',
    callback_id: CallbackIds.survey,
    title: modalTitle(tr('survey.title')),
    submit: plain(tr('survey.submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeAdminMetadata({ v: 1, cohortId: a.cohortId }),
    blocks,
  };
}

/** Every question answered with 1–5; anything else (forged values included) is an error on that question. */
export function parseSurvey(values: StateValues): ParseResult<Record<SurveyQuestion, number>> {
  const errors: FieldErrors = {};
  const answers = {} as Record<SurveyQuestion, number>;
  for (const q of SURVEY_QUESTIONS) {
    const v = readSelected(values, BlockIds.survey.question(q)) ?? '';
    if (/^[1-5]$/.test(v)) answers[q] = Number(v);
    else errors[BlockIds.survey.question(q)] = { key: 'survey.err_answer' };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: answers };
}

/** A small bar like `▇▇▇░░` for a share of the answers. */
const bar = (n: number, total: number): string => {
  const filled = total > 0 ? Math.round((n / total) * 10) : 0;
  return `${'▇'.repeat(filled)}${'░'.repeat(10 - filled)}`;
};

/** Survey results for the admin: response rate, then each question's average and distribution. */
export function buildSurveyResultsModal(
  tr: Translate,
  a: {
    cohortName: string;
    participants: number;
    responses: number;
    summary: SurveyQuestionSummary[];
    sentAt: string | null;
  },
): ModalView {
  const blocks: KnownBlock[] = [header(a.cohortName)];
  if (!a.sentAt) blocks.push(section(tr('admin.survey_not_sent')));
  else {
    const rate = rateOf(a.responses, a.participants);
    blocks.push(
      section(
        tr('admin.survey_rate', {
          responses: a.responses,
          participants: a.participants,
          rate: rate === null ? '–' : `${rate} %`,
        }),
      ),
    );
    if (!a.summary.length) blocks.push(context([tr('admin.survey_none_yet')]));
    for (const s of a.summary) {
      const known = (SURVEY_QUESTIONS as readonly string[]).includes(s.question);
      const question = known ? tr(`survey.q.${s.question}` as MessageKey) : escapeMrkdwn(s.question);
      const lines = ([5, 4, 3, 2, 1] as const).map(
        (score) => `\`${score}\` ${bar(s.distribution[score], s.count)} ${s.distribution[score]}`,
      );
      blocks.push(
        section(
          `*${question}*\n${tr('admin.survey_average', { average: s.average.toFixed(1), count: s.count })}\n${lines.join('\n')}`,
        ),
      );
    }
    blocks.push(context([tr('admin.survey_sent', { date: a.sentAt })]));
  }
  return {
    type: 'modal',
    callback_id: CallbackIds.adminInfo,
    title: modalTitle(tr('admin.survey_results_title')),
    close: plain(tr('common.close')),
    blocks,
  };
}
