import type { Button, KnownBlock } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n';
import type { AdminRoster } from '../../services/admin';
import type { LeadSource } from '../../db/repositories/leads';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, truncate, type ModalView } from '../blocks';
import { escapeMrkdwn } from '../escape';

/** What the console shows. */
export interface ConsoleModel {
  roster: AdminRoster;
  lead: { source: LeadSource; fieldId: string | null; csvCount: number };
  cohorts: { id: number; name: string; status: string; invited: number; proposals: number }[];
}

/** The newest cohorts listed; older ones stay in the database and the exports. */
export const CONSOLE_COHORTS = 15;

const button = (text: string, actionId: string, value: string, style?: 'primary'): Button => ({
  type: 'button',
  text: plain(truncate(text, 75)),
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

/** The program-admin console: settings, lead mapping, pilot cohorts, reports and exports. */
export function buildAdminConsole(tr: Translate, m: ConsoleModel): ModalView {
  const admins =
    m.roster.mode === 'bootstrap'
      ? tr('admin.console_admins_bootstrap')
      : tr(m.roster.mode === 'installer' ? 'admin.console_admins_installer' : 'admin.console_admins', {
          admins: m.roster.ids.map((id) => `<@${id}>`).join(', '),
        });
  const lead =
    m.lead.source === 'slack_field'
      ? tr('admin.console_lead_field', { field: escapeMrkdwn(m.lead.fieldId ?? '–') })
      : m.lead.source === 'csv'
        ? tr('admin.console_lead_csv', { count: m.lead.csvCount })
        : tr('admin.console_lead_profile');

  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(admins, 3000) },
      accessory: button(tr('admin.settings'), ActionIds.adminSettings, 'settings'),
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(lead, 3000) },
      accessory: button(tr('admin.leads_upload'), ActionIds.adminLeads, 'leads'),
    },
    divider(),
    header(tr('admin.console_cohorts')),
  ];
  if (!m.cohorts.length) blocks.push(context([tr('admin.console_no_cohorts')]));
  for (const c of m.cohorts.slice(0, CONSOLE_COHORTS)) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `*${escapeMrkdwn(c.name)}*\n${tr('admin.cohort_status', { status: tr(`admin.cohort_state.${c.status}` as MessageKey), invited: c.invited, proposals: c.proposals })}`,
          3000,
        ),
      },
      accessory: button(tr('admin.cohort_open'), ActionIds.adminCohortOpen, String(c.id)),
    });
  }
  blocks.push(
    {
      type: 'actions',
      block_id: BlockIds.admin.consoleCohorts,
      elements: [button(tr('admin.cohort_new'), ActionIds.adminCohortNew, 'new', 'primary')],
    },
    divider(),
    header(tr('admin.console_reports')),
    {
      type: 'actions',
      block_id: BlockIds.admin.consoleReports,
      elements: [
        button(tr('admin.stats'), ActionIds.adminStats, 'all'),
        button(tr('admin.primer'), ActionIds.adminPrimer, 'all'),
        button(tr('admin.export_pairings'), ActionIds.adminExportPairings, 'all'),
        button(tr('admin.export_sessions'), ActionIds.adminExportSessions, 'all'),
        button(tr('admin.export_kpis'), ActionIds.adminExportKpis, 'all'),
      ],
    },
    context([tr('admin.console_footer')]),
  );
  return {
    type: 'modal',
    callback_id: CallbackIds.adminConsole,
    title: modalTitle(tr('admin.console_title')),
    close: plain(tr('common.close')),
    blocks,
  };
}
