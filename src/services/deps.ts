import type { Pacer } from '../slack/pacer';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import { createMemberRepository } from '../db/repositories/members';
import { createSkillRepository } from '../db/repositories/skills';
import { createProfileRepository } from '../db/repositories/profiles';
import { createPairingRepository } from '../db/repositories/pairings';
import { createMatchingRepository } from '../db/repositories/matching';
import { createSessionRepository } from '../db/repositories/sessions';
import { createKpiRepository } from '../db/repositories/kpis';
import { createDigestRepository } from '../db/repositories/digest';
import { createInstallationRepository } from '../db/repositories/installations';
import { createPrivacyRepository } from '../db/repositories/privacy';
import type { SecretBox } from '../db/secret-box';
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
  kpis: ReturnType<typeof createKpiRepository>;
  digest: ReturnType<typeof createDigestRepository>;
  /** OAuth installations (tokens sealed at rest) and whether each workspace is active. */
  installations: ReturnType<typeof createInstallationRepository>;
  /** GDPR export and erasure of one person, notes retention. */
  privacy: ReturnType<typeof createPrivacyRepository>;
  clock: Clock;
  logger: Logger;
  jobs: JobsPort;
  /** How long a once-only delivery claim is owned before another attempt may check whether it went out. */
  deliveryLeaseMs?: number;
  /** Per-workspace send pace shared through Redis (none in unit-level setups). */
  pacer?: Pacer;
}

export function createServiceDeps(args: {
  db: Db;
  clock: Clock;
  logger: Logger;
  jobs: JobsPort;
  secretBox?: SecretBox;
  deliveryLeaseMs?: number;
  pacer?: Pacer;
}): ServiceDeps {
  const { secretBox, ...rest } = args;
  return {
    ...rest,
    installations: createInstallationRepository(args.db, secretBox),
    privacy: createPrivacyRepository(args.db),
    members: createMemberRepository(args.db),
    skills: createSkillRepository(args.db),
    profiles: createProfileRepository(args.db),
    pairings: createPairingRepository(args.db),
    matching: createMatchingRepository(args.db),
    sessions: createSessionRepository(args.db),
    kpis: createKpiRepository(args.db),
    digest: createDigestRepository(args.db),
  };
}
