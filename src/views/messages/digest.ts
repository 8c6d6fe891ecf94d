import type { KnownBlock } from '@slack/types';
import type { Translate } from '../../i18n';
import type { DigestModel } from '../../domain/digest';
import type { SlackMessage } from '../../services/ports';
import { context, divider, header, section } from '../blocks';

/**
 * The weekly team-lead digest. Built only from the digest model, which has no field for notes or feedback,
 * so nothing private can reach a lead.
 */
export function buildDigestMessage(tr: Translate, model: DigestModel): SlackMessage {
  const t = model.totals;
  const summary = [
    tr('digest.totals', { people: t.people, mentees: t.mentees, mentors: t.mentors, active: t.activePairings }),
    tr('digest.sessions', { held: t.sessionsHeld, planned: t.sessionsPlanned }),
  ];
  if (t.kpiPercentAvg !== null) summary.push(tr('digest.kpi', { percent: t.kpiPercentAvg }));
  if (t.confidenceChangeAvg !== null) summary.push(tr('digest.confidence', { change: `${t.confidenceChangeAvg > 0 ? '+' : ''}${t.confidenceChangeAvg}` }));
  const blocks: KnownBlock[] = [header(tr('digest.header')), section(summary.join('\n'))];
  if (t.atRiskCount > 0) blocks.push(section(tr('digest.at_risk', { n: t.atRiskCount })));
  if (model.lines.length) {
    const lines = model.lines.slice(0, 40).map((l) =>
      tr('digest.line', {
        user: l.slackUserId,
        roles: [l.isMentee ? tr('digest.role_mentee') : '', l.isMentor ? tr('digest.role_mentor') : ''].filter(Boolean).join(' & '),
        pairings: l.activePairings,
        held: l.sessionsHeldThisWeek,
        planned: l.sessionsPlannedThisWeek,
        kpi: l.kpiPercentAvg !== null ? tr('digest.line_kpi', { percent: l.kpiPercentAvg }) : '',
        risk: l.atRisk ? tr('digest.line_risk') : '',
      }),
    );
    blocks.push(divider(), section(`${tr('digest.people_title')}\n${lines.join('\n')}`));
  }
  const foot = [tr('digest.footer')];
  if (t.notSharedCount > 0) foot.unshift(tr('digest.not_shared', { n: t.notSharedCount }));
  blocks.push(context(foot));
  return { text: tr('digest.text', { people: t.people }), blocks };
}
