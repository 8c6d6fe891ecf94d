import type { KnownBlock } from '@slack/types';
import type { Lang, MessageKey, Translate } from '../../i18n';
import type { KpiRow } from '../../db/repositories/kpis';
import type { SlackMessage } from '../../services/ports';
import { kpiProgress, dueThisMonth } from '../../domain/kpi';
import { formatDateTime } from '../../domain/time';
import { ActionIds, BlockIds } from '../../slack/ids';
import { context, header, plain, section } from '../blocks';
import { escapeMrkdwn } from '../escape';

const fmtNumber = (n: number, lang: Lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);

/** One KPI as a progress bar line (App Home, nudges, the KPI modal). */
export function kpiLine(tr: Translate, lang: Lang, k: KpiRow, today: string): string {
  const due = k.dueDate ?? today;
  const p = kpiProgress({ id: k.id, pairingId: k.pairingId, description: k.description, target: k.target, unit: k.unit, startDate: k.startDate, dueDate: due, current: k.current }, today);
  const line = tr('kpi.line', {
    description: escapeMrkdwn(k.description),
    bar: p.bar,
    percent: p.percent,
    current: fmtNumber(k.current, lang),
    target: fmtNumber(k.target, lang),
    unit: escapeMrkdwn(k.unit),
    due: formatDateTime(new Date(`${due}T12:00:00Z`), 'UTC', lang, 'date'),
  });
  return `${line} · ${tr(`kpi.status.${p.status}` as MessageKey)}`;
}

/** The monthly KPI nudge: each KPI's progress, what is due this month, and an *Update* button. */
export function buildKpiNudgeMessage(tr: Translate, lang: Lang, a: { pairingId: number; skill: string; mentorSlackId: string; kpis: KpiRow[]; today: string; yearMonth: string }): SlackMessage {
  const blocks: KnownBlock[] = [
    header(tr('nudge_kpi.header')),
    section(tr('nudge_kpi.intro', { skill: escapeMrkdwn(a.skill), mentor: a.mentorSlackId })),
    ...a.kpis.slice(0, 20).map((k) => section(kpiLine(tr, lang, k, a.today))),
  ];
  const due = dueThisMonth(a.kpis.filter((k) => k.dueDate).map((k) => ({ ...k, dueDate: k.dueDate! })), a.yearMonth);
  if (due.length) blocks.push(context([tr('nudge_kpi.due_this_month', { items: due.map((k) => escapeMrkdwn(k.description)).join(', ') })]));
  blocks.push({
    type: 'actions',
    block_id: BlockIds.pairingActions,
    elements: [{ type: 'button', action_id: ActionIds.kpiUpdate, text: plain(tr('kpi.update_button')), style: 'primary', value: String(a.pairingId) }],
  });
  return { text: tr('nudge_kpi.text', { skill: a.skill }), blocks };
}
