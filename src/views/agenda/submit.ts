import type { ServiceDeps } from '../../services/deps';
import { AGENDA_FAILURE_KEYS, agendaSuggestions, loadAgendaSubject, saveAgenda, sendAgendaToMentor } from '../../services/agenda';
import { BlockIds } from '../../slack/ids';
import type { MessageKey } from '../../i18n';
import { escapeMrkdwn } from '../escape';
import { buildSavedModal } from '../self-evaluation/build';
import { toSlackErrors, withSubmitter, type SubmitOutcome } from '../submit-helpers';
import { parseAgenda } from './parse';

/**
 * Agenda submitted: only the pairing's mentee may save (checked from the database, never from metadata); a
 * change is stored and then DMed to the mentor after the ack; an unchanged agenda writes and sends nothing.
 */
export const handleAgendaSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.agenda.topics, async ({ slack, member, tr, values, metadata }): Promise<SubmitOutcome> => {
    const refuse = (key: MessageKey): SubmitOutcome => ({ response: { response_action: 'errors', errors: { [BlockIds.agenda.topics]: tr(key) } } });
    if (!metadata.sessionId) return refuse('agenda.gone');
    const loaded = await loadAgendaSubject(deps, member, metadata.sessionId);
    if (!loaded.ok) return refuse(AGENDA_FAILURE_KEYS[loaded.reason]);
    const parsed = parseAgenda(values, agendaSuggestions(loaded.subject));
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const saved = await saveAgenda(deps, member, loaded.subject, parsed.data);
    if (!saved.ok) return refuse(AGENDA_FAILURE_KEYS[saved.reason]);
    const mentor = saved.subject.mentor;
    const name = escapeMrkdwn(mentor.displayName || mentor.realName || mentor.slackUserId);
    const view = buildSavedModal(tr, tr('agenda.saved_title'), tr(saved.changed ? 'agenda.saved_body' : 'agenda.unchanged_body', { name }), tr('agenda.saved_next'));
    if (!saved.changed) return { response: { response_action: 'update', view } };
    return {
      response: { response_action: 'update', view },
      after: () => sendAgendaToMentor(slack, saved.subject, saved.session, saved.updated),
    };
  });
