import type { Member } from '../db/repositories/members';
import { createAdminRepository } from '../db/repositories/admin';
import { createLeadRepository } from '../db/repositories/leads';
import { langFromLocale, translator } from '../i18n';
import { buildAdminConsole, CONSOLE_COHORTS, type ConsoleModel } from '../views/admin/console';
import { adminRoster } from './admin';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** What the console shows: admins, lead source, the newest cohorts (three small reads). */
export async function loadConsoleModel(deps: Pick<ServiceDeps, 'db'>, teamId: string): Promise<ConsoleModel> {
  const leads = createLeadRepository(deps.db);
  const [roster, lead, csvCount, cohorts] = await Promise.all([
    adminRoster(deps, teamId),
    leads.source(teamId),
    leads.countCsv(teamId),
    createAdminRepository(deps.db).listCohorts(teamId, CONSOLE_COHORTS),
  ]);
  return {
    roster,
    lead: { source: lead.source, fieldId: lead.fieldId, csvCount },
    cohorts: cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      invited: c.invited,
      proposals: c.proposals,
    })),
  };
}

/** `/mentor-me admin`: the console modal (the caller has checked that `admin` is a program admin). */
export async function openAdminConsole(
  deps: ServiceDeps,
  slack: SlackPort,
  admin: Member,
  triggerId: string,
): Promise<void> {
  const model = await loadConsoleModel(deps, admin.teamId);
  await slack.openModal(triggerId, buildAdminConsole(translator(langFromLocale(admin.locale)), model));
}
