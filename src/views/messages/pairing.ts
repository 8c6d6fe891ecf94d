import type { KnownBlock, Button } from '@slack/types';
import type { Lang, MessageKey, Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import type { SkillSuggestions } from '../../services/matching';
import { topReasons, HARD_RULES, type ReasonCode } from '../../domain/matching/score';
import { ActionIds, BlockIds } from '../../slack/ids';
import { context, header, plain, section, truncate } from '../blocks';
import { skillName } from '../skills';
import { escapeMrkdwn } from '../escape';

const button = (text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  // Slack refuses button labels over 75 characters; translations and names must never break a message.
  text: plain(truncate(text, 75)),
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

/** One translated reason line fragment. */
export function reasonText(tr: Translate, r: ReasonCode): string {
  switch (r.code) {
    case 'expert':
      return tr('reason.expert', { level: r.level });
    case 'level_above':
      return tr('reason.level_above', { levels: r.levels });
    case 'style_match':
      return tr('reason.style_match');
    case 'same_timezone':
      return tr('reason.same_timezone');
    case 'overlap_hours':
      return tr('reason.overlap_hours', { hours: r.hours });
    case 'shared_language':
      return tr('reason.shared_language');
    case 'other_team':
      return tr('reason.other_team');
    case 'has_time':
      return tr('reason.has_time');
  }
}

/** The top-5 list with a one-line reason each and a *Propose* button; or why nobody fits, with the waitlist. */
export function buildSuggestionsMessage(
  tr: Translate,
  lang: Lang,
  s: SkillSuggestions,
  names: Map<number, string>,
  opts: { introKey?: MessageKey; introParams?: Record<string, string> } = {},
): SlackMessage {
  const skill = skillName(s.skill.names, lang);
  const blocks: KnownBlock[] = [];
  if (opts.introKey) blocks.push(section(tr(opts.introKey, opts.introParams)));

  if (s.result.suggestions.length === 0) {
    const counts = HARD_RULES.filter((rule) => (s.result.excluded[rule] ?? 0) > 0 && rule !== 'self');
    const lines = counts.map((rule) => `• ${tr(`nomatch.${rule}` as MessageKey, { n: s.result.excluded[rule] })}`);
    const text = lines.length ? `${tr('nomatch.some', { skill })}\n${lines.join('\n')}` : tr('nomatch.nobody', { skill });
    blocks.push(header(tr('nomatch.header', { skill })), section(text), {
      type: 'actions',
      block_id: BlockIds.pairingActions,
      elements: [button(tr('nomatch.waitlist'), ActionIds.waitlist, String(s.skill.id), 'primary')],
    });
    return { text: tr('nomatch.header', { skill }), blocks };
  }

  blocks.push(header(tr('suggest.header', { skill })), section(tr('suggest.intro', { skill })));
  for (const sug of s.result.suggestions) {
    const name = escapeMrkdwn(names.get(sug.candidate.memberId) ?? sug.candidate.slackUserId);
    const level = sug.candidate.teaching.find((t) => t.skillId === s.skill.id)?.level ?? 0;
    const reasons = topReasons(sug, 2).map((r) => reasonText(tr, r));
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `${tr('suggest.line', { name, skill, level })}\n${reasons.join(' · ')}` },
      accessory: button(tr('suggest.propose'), ActionIds.propose, `${sug.candidate.memberId}.${s.skill.id}`),
    });
  }
  blocks.push(context([tr('suggest.more_skill_hint', { skill, level: s.currentLevel })]));
  return { text: tr('suggest.header', { skill }), blocks };
}

export interface ProposalView {
  pairingId: number;
  menteeSlackId: string;
  skill: string;
  level: number;
  goals: string;
  kpis: string[];
  offers: string[];
  format: string;
  minutes: number;
}

/** The mentor's DM: the proposal, then *Accept*, *Not now*, *Suggest someone else* (or the answer once given). */
export function buildProposalMessage(tr: Translate, p: ProposalView, answered?: MessageKey): SlackMessage {
  const blocks: KnownBlock[] = [
    header(tr('proposal.dm_header')),
    section(tr('proposal.dm_body', { mentee: p.menteeSlackId, skill: escapeMrkdwn(p.skill), level: p.level })),
  ];
  if (p.goals) blocks.push(section(tr('proposal.dm_goals', { goals: escapeMrkdwn(p.goals) })));
  if (p.kpis.length) blocks.push(section(tr('proposal.dm_kpis', { kpis: p.kpis.map((k) => `• ${escapeMrkdwn(k)}`).join('\n') })));
  if (p.offers.length) blocks.push(section(tr('proposal.dm_offers', { offers: p.offers.map(escapeMrkdwn).join(', ') })));
  blocks.push(context([tr('proposal.dm_format', { format: tr(`format.${p.format}` as MessageKey), minutes: p.minutes })]));
  if (answered) blocks.push(context([tr(answered)]));
  else
    blocks.push({
      type: 'actions',
      block_id: BlockIds.pairingActions,
      elements: [
        button(tr('proposal.accept'), ActionIds.accept, String(p.pairingId), 'primary'),
        button(tr('proposal.not_now'), ActionIds.notNow, String(p.pairingId)),
        button(tr('proposal.suggest_other'), ActionIds.suggestOther, String(p.pairingId)),
      ],
    });
  return { text: tr('proposal.dm_text', { mentee: `<@${p.menteeSlackId}>`, skill: p.skill }), blocks };
}

/** A plain DM: one section, optional buttons. */
export function buildNotice(text: string, fallback: string, buttons: Button[] = []): SlackMessage {
  const blocks: KnownBlock[] = [section(text)];
  if (buttons.length) blocks.push({ type: 'actions', block_id: BlockIds.pairingActions, elements: buttons });
  return { text: fallback, blocks };
}

export const pairingButton = button;
