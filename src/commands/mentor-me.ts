import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ensureMember } from '../services/members';
import { createSlackPort } from '../slack/web-slack-port';
import { langFromLocale, translator, t } from '../i18n';
import { parseCommandText } from './parse';
import { buildWelcomeModal } from '../views/welcome/build';
import { buildHelpMessage } from '../views/messages/help';
import { failureMessageKey } from '../slack/failures';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/mentor-me …`: ack at once, then one service call per subcommand. */
export const handleMentorMe =
  (deps: ServiceDeps) =>
  async ({ ack, command, client, respond }: Args): Promise<void> => {
    await ack();
    const slack = createSlackPort(client);
    const parsed = parseCommandText(command.text ?? '');
    let lang = langFromLocale(undefined);
    try {
      const member = await ensureMember(deps, slack, command.team_id, command.user_id);
      lang = langFromLocale(member.locale);
      const tr = translator(lang);
      switch (parsed.kind) {
        case 'menu':
        case 'help':
          await slack.openModal(command.trigger_id, buildWelcomeModal(tr, member.displayName || member.realName));
          return;
        default: {
          const input = parsed.kind === 'unknown' ? parsed.input : (command.text ?? '').trim();
          await respond({ response_type: 'ephemeral', ...buildHelpMessage(tr, input) });
        }
      }
    } catch (err) {
      deps.logger.error({ err, team: command.team_id, user: command.user_id }, 'mentor-me command failed');
      await respond({ response_type: 'ephemeral', text: t(lang, failureMessageKey(err)) }).catch((e: unknown) =>
        deps.logger.warn({ err: e }, 'could not tell the user about a failure'),
      );
    }
  };
