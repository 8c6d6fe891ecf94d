import type { KnownBlock, View, Button } from '@slack/types';
import type { Lang, MessageKey, Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, section, truncate, type ModalView } from '../blocks';
import { skillName } from '../skills';
import type { ProfileSnapshot } from '../../services/profiles';
import { escapeMrkdwn } from '../escape';

export interface HomePairing {
  id: number;
  skill: string;
  otherSlackUserId: string;
  role: 'mentee' | 'mentor';
  state: 'proposed' | 'accepted' | 'coffee' | 'active';
  /** The upcoming session (active pairings), already formatted in the member's zone. */
  nextSession?: { id: number; when: string; minutes: number; status: 'proposed' | 'confirmed' };
  /** KPI lines with progress bars (active pairings). */
  kpiLines?: string[];
}

export interface HomeModel {
  name: string;
  tz: string;
  profile: ProfileSnapshot;
  paused: { until: string | null; untilLabel?: string } | null;
  pairings?: HomePairing[];
}

const button = (text: string, actionId: string, style?: 'primary' | 'danger', value?: string): Button => ({
  type: 'button',
  // Slack refuses button labels over 75 characters; translations and names must never break a message.
  text: plain(truncate(text, 75)),
  action_id: actionId,
  ...(style ? { style } : {}),
  ...(value ? { value } : {}),
});

const dots = (level: number) => '●'.repeat(level) + '○'.repeat(Math.max(0, 5 - level));

/** Both sides of a profile as blocks; shared by the App Home and `/mentor-me profile`. */
export function buildProfileBlocks(tr: Translate, lang: Lang, model: HomeModel): KnownBlock[] {
  const { mentee, mentor } = model.profile;
  const blocks: KnownBlock[] = [];

  const learning = mentee?.goals.length
    ? mentee.goals
        .map((g) => {
          const goal = g.goal ? `\n     _${escapeMrkdwn(g.goal.slice(0, 200))}_` : '';
          return `• *${escapeMrkdwn(skillName(g.skillNames, lang))}*  ${dots(g.level)}  ${tr('home.level', { level: g.level })}${goal}`;
        })
        .join('\n')
    : tr('home.learning_empty');
  blocks.push(section(`${tr('home.learning_title')}\n${learning}`));
  if (mentee) {
    const offers = mentee.profile.offers.map((o) => tr(`offer.${o}` as MessageKey)).concat(mentee.profile.offerNote ? [escapeMrkdwn(mentee.profile.offerNote)] : []);
    const lines = [offers.length ? tr('home.offers', { offers: offers.join(', ') }) : undefined];
    if (mentee.profile.leadSlackUserId) {
      lines.push(tr('home.lead', { lead: `<@${mentee.profile.leadSlackUserId}>`, sharing: tr(mentee.profile.shareWithLead ? 'home.yes' : 'home.no') }));
    }
    const present = lines.filter((l): l is string => Boolean(l));
    if (present.length) blocks.push(context(present));
  }

  const teaching = mentor?.teaching.length
    ? mentor.teaching
        .map((s) => `• *${escapeMrkdwn(skillName(s.skillNames, lang))}*  ${dots(s.level)}  ${tr('home.level', { level: s.level })}`)
        .join('\n')
    : tr('home.teaching_empty');
  blocks.push(section(`${tr('home.teaching_title')}\n${teaching}`));
  if (mentor) {
    const languages = mentor.profile.languages.map((l) => tr(`language.${l}` as MessageKey)).join(', ');
    const styles = mentor.profile.styles.map((s) => tr(`style.${s}` as MessageKey));
    blocks.push(context([tr('home.teaching_meta', { capacity: mentor.profile.capacity, languages }), ...(styles.length ? [styles.join(' · ')] : [])]));
  }
  return blocks;
}

/** The App Home tab. A newcomer sees one clear first step. */
export function buildHomeView(tr: Translate, lang: Lang, model: HomeModel): View {
  const { mentee, mentor } = model.profile;
  const newcomer = !mentee && !mentor && !(model.pairings ?? []).length;
  const blocks: KnownBlock[] = [header(tr('home.header'))];

  if (model.paused) {
    blocks.push({
      type: 'section',
      block_id: BlockIds.home.paused,
      text: { type: 'mrkdwn', text: model.paused.until ? tr('home.paused_until', { date: model.paused.untilLabel ?? model.paused.until }) : tr('home.paused_indef') },
      accessory: button(tr('home.resume'), ActionIds.resume, 'primary'),
    });
  }

  if (newcomer) {
    blocks.push(section(tr('home.newcomer')), {
      type: 'actions',
      block_id: BlockIds.home.actions,
      elements: [button(tr('home.start_selfeval'), ActionIds.openSelfEvaluation, 'primary'), button(tr('home.become_mentor'), ActionIds.openMentorProfile), button(tr('home.help'), ActionIds.openHelp)],
    });
    blocks.push(context([tr('home.tz_note', { tz: model.tz })]));
    return { type: 'home', blocks };
  }

  blocks.push(...buildProfileBlocks(tr, lang, model));

  if (mentor && !mentor.profile.primerAckAt) {
    blocks.push({
      type: 'section',
      block_id: BlockIds.home.primer,
      text: { type: 'mrkdwn', text: tr('home.primer_pending') },
      accessory: button(tr('home.primer_show'), ActionIds.primerShow),
    });
  }

  blocks.push(divider());
  const pairings = model.pairings ?? [];
  if (pairings.length === 0) blocks.push(section(`${tr('home.pairings_title')}\n${tr('home.pairings_empty')}`));
  else {
    blocks.push(section(tr('home.pairings_title')));
    // At most 12 pairings: each can take four blocks, and the Home tab holds 100.
    for (const p of pairings.slice(0, 12)) {
      blocks.push({
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: tr('pairing.home_line', {
            skill: escapeMrkdwn(p.skill),
            other: p.otherSlackUserId,
            role: tr(`pairing.role.${p.role}` as MessageKey),
            state: tr(`pairing.state.${p.state}` as MessageKey),
          }),
        },
        accessory: button(tr('end.button'), ActionIds.endPairing, undefined, String(p.id)),
      });
      if (p.nextSession) {
        const s = p.nextSession;
        blocks.push(
          section(tr('home.next_session', { when: s.when, minutes: s.minutes, status: tr(`home.session_status.${s.status}` as MessageKey) })),
          {
            type: 'actions',
            elements: [
              ...(s.status === 'proposed' ? [button(tr('session.confirm'), ActionIds.confirmSession, 'primary', String(s.id))] : []),
              button(tr('session.move'), ActionIds.moveSession, undefined, String(s.id)),
              button(tr('session.skip'), ActionIds.skipSession, undefined, String(s.id)),
            ],
          },
        );
      }
      if (p.kpiLines?.length) {
        blocks.push({
          type: 'section',
          text: { type: 'mrkdwn', text: `${tr('kpi.home_title')}\n${p.kpiLines.slice(0, 5).join('\n')}`.slice(0, 3000) },
          accessory: button(tr('kpi.update_button'), ActionIds.kpiUpdate, undefined, String(p.id)),
        });
      }
    }
  }
  blocks.push(
    ...(pairings.some((p) => p.nextSession) ? [] : [section(`${tr('home.next_session_title')}\n${tr('home.next_session_empty')}`)]),
    divider(),
  );

  const actions: Button[] = [
    button(tr(mentee ? 'home.edit_selfeval' : 'home.start_selfeval'), ActionIds.openSelfEvaluation, mentee ? undefined : 'primary'),
    button(tr(mentor ? 'home.edit_mentor' : 'home.become_mentor'), ActionIds.openMentorProfile),
  ];
  if (!model.paused) {
    actions.push({
      ...button(tr('home.pause'), ActionIds.pause),
      confirm: {
        title: plain(tr('home.pause_confirm_title')),
        text: plain(tr('home.pause_confirm_text')),
        confirm: plain(tr('home.pause_confirm_yes')),
        deny: plain(tr('home.pause_confirm_no')),
      },
    });
  }
  if (pairings.length) actions.push(button(tr('home.journal'), ActionIds.openJournal));
  actions.push(button(tr('home.help'), ActionIds.openHelp));
  blocks.push({ type: 'actions', block_id: BlockIds.home.actions, elements: actions }, context([tr('home.tz_note', { tz: model.tz })]));
  return { type: 'home', blocks };
}

/** `/mentor-me profile`: both sides in a modal, with the same edit buttons. */
export function buildProfileModal(tr: Translate, lang: Lang, model: HomeModel): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.profile,
    title: modalTitle(tr('profile.title')),
    close: plain(tr('common.close')),
    blocks: [
      ...buildProfileBlocks(tr, lang, model),
      {
        type: 'actions',
        block_id: BlockIds.home.actions,
        elements: [
          button(tr(model.profile.mentee ? 'home.edit_selfeval' : 'home.start_selfeval'), ActionIds.openSelfEvaluation),
          button(tr(model.profile.mentor ? 'home.edit_mentor' : 'home.become_mentor'), ActionIds.openMentorProfile),
        ],
      },
    ],
  };
}
