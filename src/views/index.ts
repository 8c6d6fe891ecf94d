import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { CallbackIds } from '../slack/ids';
import { handleSelfEvaluationSubmit } from './self-evaluation/submit';
import { handleMentorProfileSubmit } from './mentor-profile/submit';

/** Registers every modal submission handler. */
export function register(app: App, deps: ServiceDeps): void {
  app.view(CallbackIds.selfEvaluation, handleSelfEvaluationSubmit(deps));
  app.view(CallbackIds.mentorProfile, handleMentorProfileSubmit(deps));
}
