import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ActionIds } from '../slack/ids';
import { handleSkillOptions } from './skill-options';
import {
  handleOpenHelp,
  handleOpenMentorProfile,
  handleOpenSelfEvaluation,
  handlePause,
  handlePrimerGotIt,
  handlePrimerShow,
  handleResume,
} from './profile-actions';
import {
  handleAccept,
  handleConfirmPlan,
  handleEndPairing,
  handleNotNow,
  handleOpenPlan,
  handlePickCoffee,
  handlePropose,
  handleSuggestOther,
  handleVerdictContinue,
  handleVerdictNotFit,
  handleWaitlist,
} from './pairing-actions';
import { handleJournalExport, handlePrepareAgenda, handleOpenJournal } from './agenda-actions';
import { handleKpiUpdate } from './kpi-actions';
import { registerAdminActions } from './admin-actions';
import { handleCheckinNo, handleCheckinYes, handleConfirmSession, handleMoveSession, handleSkipSession } from './session-actions';

/** Registers every button / select handler. */
export function register(app: App, deps: ServiceDeps): void {
  // Link buttons and purely informative elements still send an action; acknowledge them so Slack shows no error.
  app.action(ActionIds.noop, async ({ ack }) => {
    await ack();
  });
  app.options(ActionIds.skillSelect, handleSkillOptions(deps));
  app.action(ActionIds.openSelfEvaluation, handleOpenSelfEvaluation(deps));
  app.action(ActionIds.openMentorProfile, handleOpenMentorProfile(deps));
  app.action(ActionIds.openHelp, handleOpenHelp(deps));
  app.action(ActionIds.primerGotIt, handlePrimerGotIt(deps));
  app.action(ActionIds.primerShow, handlePrimerShow(deps));
  app.action(ActionIds.pause, handlePause(deps));
  app.action(ActionIds.resume, handleResume(deps));
  app.action(ActionIds.propose, handlePropose(deps));
  app.action(ActionIds.waitlist, handleWaitlist(deps));
  app.action(ActionIds.accept, handleAccept(deps));
  app.action(ActionIds.notNow, handleNotNow(deps));
  app.action(ActionIds.suggestOther, handleSuggestOther(deps));
  app.action(ActionIds.pickCoffee, handlePickCoffee(deps));
  app.action(ActionIds.verdictContinue, handleVerdictContinue(deps));
  app.action(ActionIds.verdictNotFit, handleVerdictNotFit(deps));
  app.action(ActionIds.openPlan, handleOpenPlan(deps));
  app.action(ActionIds.confirmPlan, handleConfirmPlan(deps));
  app.action(ActionIds.endPairing, handleEndPairing(deps));
  app.action(ActionIds.prepareAgenda, handlePrepareAgenda(deps));
  app.action(ActionIds.journalExport, handleJournalExport(deps));
  app.action(ActionIds.confirmSession, handleConfirmSession(deps));
  app.action(ActionIds.moveSession, handleMoveSession(deps));
  app.action(ActionIds.skipSession, handleSkipSession(deps));
  app.action(ActionIds.checkinYes, handleCheckinYes(deps));
  app.action(ActionIds.checkinNo, handleCheckinNo(deps));
  app.action(ActionIds.kpiUpdate, handleKpiUpdate(deps));
  app.action(ActionIds.openJournal, handleOpenJournal(deps));
  registerAdminActions(app, deps);
}
