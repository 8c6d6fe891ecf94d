/**
 * Program-admin jobs (cohort invitations, batch matching, publishing, the survey, CSV exports and the Slack
 * profile-field lead sync). Listed in `JobRequest`; their zod schemas live in `jobs/processors/cohort-schemas`.
 */
import type { ExportKind } from '../db/repositories/admin';

export type { ExportKind };

export type AdminJobRequest =
  | { name: 'cohort.invite'; data: { teamId: string; cohortId: number } }
  | {
      name: 'cohort.match';
      data: { teamId: string; cohortId: number; revision: number; adminUserId: string; viewId?: string };
    }
  | {
      name: 'cohort.publish';
      data: { teamId: string; cohortId: number; revision: number; adminUserId: string };
    }
  | { name: 'cohort.survey'; data: { teamId: string; cohortId: number } }
  | { name: 'admin.export'; data: { teamId: string; userId: string; kind: ExportKind; cohortId?: number } }
  | { name: 'lead.sync'; data: { teamId: string } };
