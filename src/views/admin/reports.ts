import type { KnownBlock } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n';
import type { ProgramStats } from '../../domain/stats';
import type { PrimerStatus } from '../../db/repositories/admin';
import { PAIRING_STATES } from '../../domain/pairing/state-machine';
import { CallbackIds } from '../../slack/ids';
import { context, header, modalTitle, plain, section, type ModalView } from '../blocks';
import { escapeMrkdwn } from '../escape';

const dash = (v: number | null, suffix = ''): string => (v === null ? '–' : `${v}${suffix}`);

/** Program statistics (workspace or one cohort), the numbers `buildProgramStats` computed. */
export function buildStatsModal(tr: Translate, scope: string, s: ProgramStats): ModalView {
  const states = PAIRING_STATES.filter((st) => s.pairs.byState[st] > 0).map(
    (st) => `${tr(`admin.state.${st}` as MessageKey)}: *${s.pairs.byState[st]}*`,
  );
  const change =
    s.confidence.change === null ? '–' : `${s.confidence.change > 0 ? '+' : ''}${s.confidence.change}`;
  const blocks: KnownBlock[] = [
    header(scope),
    section(
      tr('admin.stats_participants', {
        total: s.participants.total,
        mentees: s.participants.mentees,
        mentors: s.participants.mentors,
      }),
    ),
    section(
      `${tr('admin.stats_pairs', { total: s.pairs.total })}${states.length ? `\n${states.join(' · ')}` : ''}`,
    ),
    section(
      [
        tr('admin.stats_sessions', { n: s.sessionsHeld }),
        tr('admin.stats_rating', { average: dash(s.averageRating), count: s.ratingCount }),
        tr('admin.stats_kpis', {
          done: s.kpisDone,
          total: s.kpisTotal,
          rate: dash(s.kpiCompletionRate, ' %'),
        }),
        tr('admin.stats_confidence', {
          before: dash(s.confidence.beforeAvg),
          after: dash(s.confidence.afterAvg),
          change,
        }),
      ].join('\n'),
    ),
    context([tr('admin.stats_footer')]),
  ];
  return {
    type: 'modal',
    callback_id: CallbackIds.adminInfo,
    title: modalTitle(tr('admin.stats_title')),
    close: plain(tr('common.close')),
    blocks,
  };
}

/** At most this many names are listed; the counts always cover everyone. */
const PRIMER_NAMES = 120;

/** Who has read the mentor primer (and who got it but has not confirmed yet). */
export function buildPrimerStatusModal(
  tr: Translate,
  rows: readonly PrimerStatus[],
  formatDate: (d: Date) => string,
): ModalView {
  const read = rows.filter((r) => r.ackAt).length;
  const blocks: KnownBlock[] = [section(tr('admin.primer_summary', { read, total: rows.length }))];
  if (!rows.length) blocks.push(context([tr('admin.primer_none')]));
  const lines = rows.slice(0, PRIMER_NAMES).map((r) => {
    const name = escapeMrkdwn(r.name);
    if (r.ackAt)
      return `:white_check_mark: ${name} · ${tr('admin.primer_read', { date: formatDate(r.ackAt) })}`;
    if (r.sentAt) return `:envelope: ${name} · ${tr('admin.primer_sent', { date: formatDate(r.sentAt) })}`;
    return `:hourglass: ${name} · ${tr('admin.primer_not_sent')}`;
  });
  // Sections hold 3,000 characters; group the lines so a long list still fits in a few blocks.
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) blocks.push(section(chunk.join('\n')));
    chunk = [];
  };
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > 2900) flush();
    chunk.push(line);
  }
  flush();
  if (rows.length > PRIMER_NAMES)
    blocks.push(context([tr('admin.more_people', { n: rows.length - PRIMER_NAMES })]));
  return {
    type: 'modal',
    callback_id: CallbackIds.adminInfo,
    title: modalTitle(tr('admin.primer_title')),
    close: plain(tr('common.close')),
    blocks,
  };
}

/** A small read-only modal with one sentence (confirmations from inside a modal, where there is no DM reply). */
export function buildAdminNoticeModal(tr: Translate, title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.adminInfo,
    title: modalTitle(title),
    close: plain(tr('common.close')),
    blocks: [section(text)],
  };
}
