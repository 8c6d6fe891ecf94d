import type { Member } from '../db/repositories/members';
import { createAdminRepository, type WorkspaceSettings } from '../db/repositories/admin';
import { createLeadRepository } from '../db/repositories/leads';
import type { MessageKey } from '../i18n';
import { BlockIds } from '../slack/ids';
import type { SettingsInput } from '../views/admin/settings';
import { adminRoster } from './admin';
import type { ServiceDeps } from './deps';

/** The settings form's prefill: saved settings and admins (in bootstrap mode, the admin opening it). */
export async function loadSettingsForm(
  deps: Pick<ServiceDeps, 'db'>,
  admin: Member,
): Promise<{ settings: WorkspaceSettings; admins: string[] }> {
  const [settings, roster] = await Promise.all([
    createAdminRepository(deps.db).settings(admin.teamId),
    adminRoster(deps, admin.teamId),
  ]);
  return { settings, admins: roster.mode === 'bootstrap' ? [admin.slackUserId] : roster.ids };
}

export type SaveSettingsResult =
  { ok: true; admins: string[] } | { ok: false; block: string; key: MessageKey };

/**
 * Saves the workspace settings and the admin list together. A change of the Slack profile field forgets the
 * cached field values; choosing the field as lead source starts a sync of everyone's field in the background.
 */
export async function saveAdminSettings(
  deps: ServiceDeps,
  admin: Member,
  input: SettingsInput,
): Promise<SaveSettingsResult> {
  const repo = createAdminRepository(deps.db);
  if ((await repo.unusableMembers(admin.teamId, input.admins)).length)
    return { ok: false, block: BlockIds.admin.admins, key: 'admin.err_admins_bots' };
  const now = deps.clock();
  const before = await repo.settings(admin.teamId);
  await repo.saveSettings(admin.teamId, input.settings, input.admins, admin.slackUserId, now);
  const leads = createLeadRepository(deps.db);
  if (before.leadFieldId !== input.settings.leadFieldId) await leads.clearSlackField(admin.teamId);
  if (input.settings.leadSource === 'slack_field') {
    // One sync per workspace and quarter hour: saving twice does not read every profile twice.
    const bucket = Math.floor(now.getTime() / (15 * 60_000));
    await deps.jobs.enqueue(
      { name: 'lead.sync', data: { teamId: admin.teamId } },
      { jobId: `lead-sync-${admin.teamId}-${bucket}` },
    );
  }
  deps.logger.info(
    {
      team: admin.teamId,
      by: admin.slackUserId,
      admins: input.admins.length,
      leadSource: input.settings.leadSource,
    },
    'program settings saved',
  );
  return { ok: true, admins: input.admins };
}
