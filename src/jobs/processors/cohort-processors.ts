import type { z } from 'zod';
import type { ServiceDeps } from '../../services/deps';
import type { SlackPort } from '../../services/ports';
import {
  publishCohort,
  runCohortMatching,
  sendCohortInvitations,
  sendCohortSurvey,
} from '../../services/admin-cohorts';
import { exportCsv } from '../../services/admin-reports';
import { syncSlackFieldLeads } from '../../services/admin-leads';
import type { adminJobSchemas } from './cohort-schemas';

type Data<K extends keyof typeof adminJobSchemas> = z.infer<(typeof adminJobSchemas)[K]>;
type SlackFor = (teamId: string) => Promise<SlackPort>;

/**
 * Program-admin jobs. Each re-reads Postgres and claims its work there (per invitee, per proposal, per survey
 * recipient), so a retried or duplicated job sends nothing twice.
 */
export function adminProcessors(deps: ServiceDeps, slackFor: SlackFor) {
  return {
    'cohort.invite': async (d: Data<'cohort.invite'>) => {
      await sendCohortInvitations(deps, await slackFor(d.teamId), d.teamId, d.cohortId);
    },
    // Batch matching runs here, in the worker, never in a request: an exact solve of a large cohort can take
    // longer than Slack's 3 s.
    'cohort.match': async (d: Data<'cohort.match'>) => {
      await runCohortMatching(deps, await slackFor(d.teamId), d);
    },
    'cohort.publish': async (d: Data<'cohort.publish'>) => {
      await publishCohort(deps, await slackFor(d.teamId), d);
    },
    'cohort.survey': async (d: Data<'cohort.survey'>) => {
      await sendCohortSurvey(deps, await slackFor(d.teamId), d.teamId, d.cohortId);
    },
    'admin.export': async (d: Data<'admin.export'>) => {
      await exportCsv(deps, await slackFor(d.teamId), d);
    },
    'lead.sync': async (d: Data<'lead.sync'>) => {
      await syncSlackFieldLeads(deps, await slackFor(d.teamId), d.teamId);
    },
  };
}
