import { z } from 'zod';

const teamId = z.string().min(1).max(32);
const cohortId = z.number().int().positive();
const slackUser = z.string().regex(/^[UW][A-Z0-9]{2,20}$/);

/** Job data of the program-admin jobs (see `AdminJobRequest`), spread into `jobSchemas`. */
export const adminJobSchemas = {
  'cohort.invite': z.object({ teamId, cohortId }),
  'cohort.match': z.object({
    teamId,
    cohortId,
    revision: z.number().int().positive(),
    adminUserId: slackUser,
    viewId: z.string().max(32).optional(),
  }),
  'cohort.publish': z.object({
    teamId,
    cohortId,
    revision: z.number().int().positive(),
    adminUserId: slackUser,
  }),
  'cohort.survey': z.object({ teamId, cohortId }),
  'admin.export': z.object({
    teamId,
    userId: slackUser,
    kind: z.enum(['pairings', 'sessions', 'kpis']),
    cohortId: cohortId.optional(),
  }),
  'lead.sync': z.object({ teamId }),
} as const;
