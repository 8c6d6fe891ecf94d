import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { CallbackIds } from '../slack/ids';
import { handleSelfEvaluationSubmit } from './self-evaluation/submit';
import { handleMentorProfileSubmit } from './mentor-profile/submit';
import { handleProposalSubmit } from './proposal/submit';
import { handleCoffeeSubmit } from './coffee/submit';
import { handlePlanSubmit } from './plan/submit';
import { handleEndPairingSubmit } from './end-pairing/submit';
import { handleAgendaSubmit } from './agenda/submit';
import { handleMoveSessionSubmit } from './session-move/submit';
import { handleCheckinSubmit } from './checkin/submit';
import { handlePrivacyDeleteSubmit } from './privacy/submit';
import { handleKpiSubmit } from './kpi/submit';
import { registerAdminViews } from './admin/submit';

/** Registers every modal submission handler. */
export function register(app: App, deps: ServiceDeps): void {
  app.view(CallbackIds.selfEvaluation, handleSelfEvaluationSubmit(deps));
  app.view(CallbackIds.mentorProfile, handleMentorProfileSubmit(deps));
  app.view(CallbackIds.proposal, handleProposalSubmit(deps));
  app.view(CallbackIds.coffee, handleCoffeeSubmit(deps));
  app.view(CallbackIds.plan, handlePlanSubmit(deps));
  app.view(CallbackIds.endPairing, handleEndPairingSubmit(deps));
  app.view(CallbackIds.agenda, handleAgendaSubmit(deps));
  app.view(CallbackIds.moveSession, handleMoveSessionSubmit(deps));
  app.view(CallbackIds.checkin, handleCheckinSubmit(deps));
  app.view(CallbackIds.privacyDelete, handlePrivacyDeleteSubmit(deps));
  app.view(CallbackIds.kpi, handleKpiSubmit(deps));
  registerAdminViews(app, deps);
}
