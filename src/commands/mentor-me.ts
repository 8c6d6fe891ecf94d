import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ensureMember } from '../services/members';
import { loadHomeModel, publishHome } from '../services/home';
import { pauseMember, resumeMember } from '../services/pause';
import { loadProfile } from '../services/profiles';
import { addSkill, isProgramAdmin } from '../services/admin';
import { openAdminConsole } from '../services/admin-console';
import { suggestForSkill } from '../services/matching';
import { openKpiModal } from '../services/kpi-modals';
import { openLatestCheckin } from '../services/session-modals';
import { memberNames } from '../services/pairings';
import { findAgendaSession, openAgenda, AGENDA_FAILURE_KEYS } from '../services/agenda';
import { loadJournal } from '../services/journal';
import { buildJournalModal } from '../views/journal/build';
import { exportPersonalData, privacyOverview } from '../services/privacy';
import { buildPrivacyDeleteModal, buildPrivacyMessage } from '../views/privacy/build';
import { buildSuggestionsMessage } from '../views/messages/pairing';
import { createSlackPort } from '../slack/web-slack-port';
import { langFromLocale, translator, t, type Lang, type Translate } from '../i18n';
import { parseCommandText, type ParsedCommand } from './parse';
import { buildWelcomeModal } from '../views/welcome/build';
import { buildHelpMessage } from '../views/messages/help';
import { buildGlossaryMessage } from '../views/messages/glossary';
import { buildProfileModal } from '../views/home/build';
import { openSelfEvaluation, openMentorProfile } from '../services/profile-modals';
import { failureMessageKey } from '../slack/failures';
import { lookupGlossary } from '../domain/glossary/lookup';
import { resolveSkill } from '../domain/skills/resolve';
import { formatDateTime, localDateTime, localParts } from '../domain/time';
import { skillName } from '../views/skills';
import { escapeMrkdwn, hardenMrkdwn, neutralizeControlSequences } from '../views/escape';
import type { Member } from '../db/repositories/members';
import type { SlackPort } from '../services/ports';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

interface Ctx {
  deps: ServiceDeps;
  slack: SlackPort;
  member: Member;
  lang: Lang;
  tr: Translate;
  triggerId: string;
  reply: (text: string, blocks?: unknown[]) => Promise<void>;
}

/** `/mentor-me …`: ack at once, parse, then one use case per subcommand. */
export const handleMentorMe =
  (deps: ServiceDeps) =>
  async ({ ack, command, client, respond }: Args): Promise<void> => {
    await ack();
    const slack = createSlackPort(client, deps.pacer);
    let lang: Lang = 'en';
    try {
      const member = await ensureMember(deps, slack, command.team_id, command.user_id);
      lang = langFromLocale(member.locale);
      const today = localParts(deps.clock(), member.tz).date;
      const parsed = parseCommandText(command.text ?? '', today);
      const ctx: Ctx = {
        deps,
        slack,
        member,
        lang,
        tr: translator(lang),
        triggerId: command.trigger_id,
        reply: (text, blocks) => ephemeral(respond, text, blocks),
      };
      await dispatch(ctx, parsed);
    } catch (err) {
      deps.logger.error({ err, team: command.team_id, user: command.user_id }, 'mentor-me command failed');
      await ephemeral(respond, t(lang, failureMessageKey(err))).catch((e: unknown) =>
        deps.logger.warn({ err: e }, 'could not tell the user about a failure'),
      );
    }
  };

const ephemeral = (respond: RespondFn, text: string, blocks?: unknown[]) =>
  respond({ response_type: 'ephemeral', text: neutralizeControlSequences(text), ...(blocks ? { blocks: hardenMrkdwn(blocks) as never } : {}) }).then(() => undefined);

async function dispatch(ctx: Ctx, parsed: ParsedCommand): Promise<void> {
  const { deps, slack, member, lang, tr } = ctx;
  switch (parsed.kind) {
    case 'menu': {
      const profile = await loadProfile(deps, member);
      // A newcomer's first step is the self-evaluation, not a menu.
      if (!profile.mentee && !profile.mentor) return openSelfEvaluation(deps, slack, member, ctx.triggerId);
      await slack.openModal(ctx.triggerId, buildWelcomeModal(tr, member.displayName || member.realName));
      return;
    }
    case 'help':
      await slack.openModal(ctx.triggerId, buildWelcomeModal(tr, member.displayName || member.realName));
      return;
    case 'learn':
      if (!parsed.skill) return openSelfEvaluation(deps, slack, member, ctx.triggerId);
      return learnSkill(ctx, parsed.skill);
    case 'teach':
      return openMentorProfile(deps, slack, member, ctx.triggerId);
    case 'profile': {
      const model = await loadHomeModel(deps, member);
      await slack.openModal(ctx.triggerId, buildProfileModal(tr, lang, model));
      return;
    }
    case 'glossary': {
      const msg = buildGlossaryMessage(tr, lang, parsed.term, parsed.term ? lookupGlossary(parsed.term) : undefined);
      return ctx.reply(msg.text, msg.blocks);
    }
    case 'pause': {
      await pauseMember(deps, member, parsed.until ?? null);
      const date = parsed.until ? formatDateTime(localDateTime(parsed.until, '12:00', member.tz), member.tz, lang, 'date') : undefined;
      await ctx.reply(date ? tr('pause.confirm_until', { date }) : tr('pause.confirm_indef'));
      return refreshHome(ctx);
    }
    case 'resume': {
      const changed = await resumeMember(deps, member);
      await ctx.reply(tr(changed ? 'pause.resumed' : 'pause.not_paused'));
      if (changed) await refreshHome(ctx);
      return;
    }
    case 'invalid':
      if (parsed.subcommand === 'pause') {
        return ctx.reply(
          parsed.reason === 'past_date' ? tr('pause.past_date', { date: parsed.input }) : tr('pause.bad_date', { input: escapeMrkdwn(parsed.input) }),
        );
      }
      return privacyCommand(ctx, undefined, parsed.input);
    case 'kpi':
      if ((await openKpiModal(deps, slack, member, ctx.triggerId)) === 'none') await ctx.reply(tr('kpi.no_pairing'));
      return;
    case 'log':
      if ((await openLatestCheckin(deps, slack, member, ctx.triggerId)) === 'none') await ctx.reply(tr('log.none'));
      return;
    case 'admin':
      return adminCommand(ctx, parsed.args);
    case 'agenda':
      return agendaCommand(ctx);
    case 'journal':
      await slack.openModal(ctx.triggerId, buildJournalModal(tr, await loadJournal(deps, member)));
      return;
    case 'unknown': {
      const msg = buildHelpMessage(tr, parsed.input);
      return ctx.reply(msg.text, msg.blocks);
    }
    case 'privacy':
      return privacyCommand(ctx, parsed.action);
    default: {
      const msg = buildHelpMessage(tr);
      return ctx.reply(msg.text, msg.blocks);
    }
  }
}

async function learnSkill(ctx: Ctx, input: string): Promise<void> {
  const { deps, member, lang, tr } = ctx;
  const skills = await deps.skills.listForTeam(member.teamId);
  const result = resolveSkill(input, skills);
  if (result.kind === 'none') return ctx.reply(tr('learn.none', { input: escapeMrkdwn(input.slice(0, 60)) }));
  if (result.kind === 'ambiguous') {
    const names = result.candidates.map((s) => skillName(s.names, lang));
    return ctx.reply(tr('learn.ambiguous', { skills: names.map((n) => `*${n}*`).join(', '), example: names[0] ?? '' }));
  }
  const suggestions = await suggestForSkill(deps, member, result.skill);
  const names = await memberNames(deps, member.teamId, suggestions.result.suggestions.map((s) => s.candidate.memberId));
  const msg = buildSuggestionsMessage(tr, lang, suggestions, names);
  return ctx.reply(msg.text, msg.blocks);
}

/**
 * `/mentor-me agenda`: the next session's agenda for a mentee. With several pairings as mentee, the oldest
 * one with an upcoming session is prepared (see `findAgendaSession`); the others through their reminders.
 */
async function agendaCommand(ctx: Ctx): Promise<void> {
  const { deps, slack, member, tr } = ctx;
  const found = await findAgendaSession(deps, member);
  if (found.kind === 'none') return ctx.reply(tr('agenda.none'));
  if (found.kind === 'mentor_only') return ctx.reply(tr('agenda.none_mentor'));
  const opened = await openAgenda(deps, slack, member, ctx.triggerId, found.sessionId);
  if (!opened.ok) return ctx.reply(tr(AGENDA_FAILURE_KEYS[opened.reason]));
}

async function adminCommand(ctx: Ctx, args: string): Promise<void> {
  const { deps, member, tr } = ctx;
  // Checked on every call: nothing about the request itself grants admin rights.
  if (!(await isProgramAdmin(deps, member))) return ctx.reply(tr('admin.refused'));
  // `/mentor-me admin` alone opens the console (settings, cohorts, lead mapping, stats, exports).
  if (!args.trim()) return openAdminConsole(deps, ctx.slack, member, ctx.triggerId);
  const skillAdd = /^skills? add\s+(.+)$/i.exec(args.trim());
  if (!skillAdd) return ctx.reply(tr('admin.usage'));
  const result = await addSkill(deps, member, skillAdd[1]!);
  if (result.kind === 'invalid') return ctx.reply(tr('admin.skill_name_invalid'));
  return ctx.reply(tr(result.kind === 'added' ? 'admin.skill_added' : 'admin.skill_exists', { name: escapeMrkdwn(result.name) }));
}

/**
 * `/mentor-me privacy [export | delete]`: explain what is stored, send the member their data, or ask them to
 * confirm the erasure (nothing is erased before they tick the box in the modal). Always about the asker.
 */
async function privacyCommand(ctx: Ctx, action: 'export' | 'delete' | undefined, unknownAction?: string): Promise<void> {
  const { deps, slack, member, tr } = ctx;
  if (action === 'delete') {
    await slack.openModal(ctx.triggerId, buildPrivacyDeleteModal(tr));
    return;
  }
  if (action === 'export') {
    const { filename } = await exportPersonalData(deps, slack, member);
    return ctx.reply(tr('privacy.export_done', { filename }));
  }
  const msg = buildPrivacyMessage(tr, { ...(await privacyOverview(deps, member)), ...(unknownAction !== undefined ? { unknownAction } : {}) });
  return ctx.reply(msg.text, msg.blocks);
}

async function refreshHome(ctx: Ctx): Promise<void> {
  const fresh = await ctx.deps.members.find(ctx.member.teamId, ctx.member.slackUserId);
  if (fresh) {
    await publishHome(ctx.deps, ctx.slack, fresh).catch((err: unknown) => ctx.deps.logger.warn({ err }, 'home refresh failed'));
  }
}
