import type { Db } from '../db/client';
import type { Logger } from '../logger';
import { createMemberRepository } from '../db/repositories/members';
import { createSkillRepository } from '../db/repositories/skills';
import { createProfileRepository } from '../db/repositories/profiles';
import { createPairingRepository } from '../db/repositories/pairings';
import { createMatchingRepository } from '../db/repositories/matching';
import { createSessionRepository } from '../db/repositories/sessions';
import type { Clock, JobsPort } from './ports';

/** Everything a use case may need, built once in main.ts and handed to adapters. */
export interface ServiceDeps {
  db: Db;
  members: ReturnType<typeof createMemberRepository>;
  skills: ReturnType<typeof createSkillRepository>;
  profiles: ReturnType<typeof createProfileRepository>;
  pairings: ReturnType<typeof createPairingRepository>;
  matching: ReturnType<typeof createMatchingRepository>;
  sessions: ReturnType<typeof createSessionRepository>;
  clock: Clock;
  logger: Logger;
  jobs: JobsPort;
}

export function createServiceDeps(args: { db: Db; clock: Clock; logger: Logger; jobs: JobsPort }): ServiceDeps {
  return {
    ...args,
    members: createMemberRepository(args.db),
    skills: createSkillRepository(args.db),
    profiles: createProfileRepository(args.db),
    pairings: createPairingRepository(args.db),
    matching: createMatchingRepository(args.db),
    sessions: createSessionRepository(args.db),
  };
}
