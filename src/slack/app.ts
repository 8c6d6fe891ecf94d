import { App, ErrorCode, HTTPReceiver, LogLevel, type CustomRoute } from '@slack/bolt';
import { slackAuthMode, type Config } from '../config';
import { guardSlackRequests } from '../http/slack-request-guard';
import { BOT_SCOPES, createInstallationStore } from './installation-store';
import { toBoltLogger, type Logger } from '../logger';
import type { ServiceDeps } from '../services/deps';
import * as commands from '../commands';
import * as actions from '../actions';
import * as events from '../events';
import * as views from '../views';

export interface BoltBundle {
  app: App;
  /** HTTP mode only: the receiver, so main can learn the bound port. */
  receiver?: HTTPReceiver;
}

/**
 * Builds the Bolt app: HTTP receiver at `POST /slack/events` by default, Socket Mode when SLACK_APP_TOKEN is set.
 * The Web API base URL comes from SLACK_API_URL so the app can talk to a Slack-compatible test server.
 */
export function createBoltApp(config: Config, logger: Logger, deps: ServiceDeps, routes: CustomRoute[]): BoltBundle {
  const boltLogger = toBoltLogger(logger);
  const clientOptions = {
    slackApiUrl: config.SLACK_API_URL,
    // No hidden retries: a timed-out chat.postMessage may have been posted, and a retry would post it twice.
    // 429s are waited out by our SlackPort (it knows the workspace's pace), not by the Web API client.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
  const levelMap: Record<string, LogLevel> = { debug: LogLevel.DEBUG, trace: LogLevel.DEBUG, warn: LogLevel.WARN, error: LogLevel.ERROR };
  const logLevel = levelMap[config.LOG_LEVEL] ?? LogLevel.INFO;

  // Multi-workspace: Bolt's installer serves /slack/install and /slack/oauth_redirect (state signed with
  // SLACK_STATE_SECRET and tied to the browser by a cookie) and authorises every request for its own team
  // from the Postgres installation store. Single workspace: the one bot token, exactly as before.
  const auth = slackAuthMode(config);
  const oauth =
    auth.mode === 'oauth'
      ? {
          clientId: auth.oauth.clientId,
          clientSecret: auth.oauth.clientSecret,
          stateSecret: auth.oauth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: createInstallationStore(deps.installations, deps.clock, logger),
          installerOptions: {
            directInstall: true,
            stateVerification: true,
            installPath: '/slack/install',
            redirectUriPath: '/slack/oauth_redirect',
            clientOptions: { slackApiUrl: config.SLACK_API_URL },
          },
        }
      : undefined;
  const credentials = oauth ?? { token: auth.mode === 'token' ? auth.token : undefined };

  let app: App;
  let receiver: HTTPReceiver | undefined;
  if (config.SLACK_APP_TOKEN) {
    app = new App({
      ...credentials,
      appToken: config.SLACK_APP_TOKEN,
      socketMode: true,
      logger: boltLogger,
      logLevel,
      clientOptions,
      customRoutes: routes,
      installerOptions: { ...(oauth?.installerOptions ?? {}), port: config.PORT },
    });
  } else {
    const signingSecret = config.SLACK_SIGNING_SECRET ?? '';
    receiver = new HTTPReceiver({
      signingSecret,
      endpoints: '/slack/events',
      customRoutes: routes,
      logger: boltLogger,
      logLevel,
      // Ack first: the response goes out as soon as the listener calls ack(), work continues after.
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: 2500,
      ...(oauth ?? {}),
    });
    // Signature, timestamp (both directions) and body shape are checked before Bolt sees a request.
    receiver.requestListener = guardSlackRequests(receiver.requestListener, { signingSecret, path: '/slack/events', logger });
    app = new App({ ...(oauth ? {} : credentials), receiver, logger: boltLogger, logLevel, clientOptions });
  }

  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  views.register(app, deps);

  app.error(async (error) => {
    // A request for a workspace without an installation (OAuth mode): rethrown so the receiver answers 401
    // instead of a silent 200; no listener has run.
    if ((error as { code?: string }).code === ErrorCode.AuthorizationError) {
      logger.warn({ err: error.message }, 'refused a request from a workspace that has not installed the app');
      throw error;
    }
    // Listeners answer users themselves; this is the net for whatever slipped through. Never rethrow.
    logger.error({ err: error.message, code: (error as { code?: string }).code }, 'unhandled listener error');
  });

  return { app, receiver };
}
