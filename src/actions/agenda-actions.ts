import type { ServiceDeps } from '../services/deps';
import { AGENDA_FAILURE_KEYS, openAgenda } from '../services/agenda';
import { exportJournal, loadJournal } from '../services/journal';
import { buildJournalModal, buildJournalNoticeModal } from '../views/journal/build';
import { withMember } from './with-member';
import { parseIdValue } from './values';

const sessionIdOf = parseIdValue;

/**
 * *Prepare agenda* (session reminder DM, value = session id): opens the agenda modal. The id is only a hint;
 * `openAgenda` re-checks that the clicker is the mentee of that session's pairing.
 */
export const handlePrepareAgenda = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = sessionIdOf(ctx.value);
    if (!id) return ctx.tell(ctx.tr('agenda.gone'));
    const result = await openAgenda(deps, ctx.slack, ctx.member, ctx.body.trigger_id, id, ctx.inModal);
    // A mentor who clicks is not refusing anything: they are told the agenda comes to them once it is ready.
    if (!result.ok) await ctx.tell(ctx.tr(result.reason === 'mentor' ? 'agenda.none_mentor' : AGENDA_FAILURE_KEYS[result.reason]));
  });

/**
 * *Export as Markdown* (learning journal modal): uploads the clicker's own journal to their DM. The button's
 * value is ignored on purpose: whose journal is exported follows from who clicks (Slack's signed payload).
 */
export const handleJournalExport = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const result = await exportJournal(deps, ctx.slack, ctx.member);
    const text = result.ok ? ctx.tr('journal.export_done', { filename: result.filename }) : ctx.tr('journal.export_empty');
    // From the modal there is no response_url: confirm with a small modal on top of the journal instead.
    if (ctx.inModal) {
      await ctx.slack
        .pushModal(ctx.body.trigger_id, buildJournalNoticeModal(ctx.tr, ctx.tr('journal.export_done_title'), text))
        .catch((err: unknown) => deps.logger.warn({ err }, 'could not confirm the journal export'));
    } else {
      await ctx.tell(text);
    }
  });

/** *Learning journal* (App Home): the same modal as `/mentor-me journal`. */
export const handleOpenJournal = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    await ctx.slack.openModal(ctx.body.trigger_id, buildJournalModal(ctx.tr, await loadJournal(deps, ctx.member)));
  });
