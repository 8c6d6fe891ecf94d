import { App, HTTPReceiver, LogLevel, type CustomRoute } from '@slack/bolt';
import type { Config } from '../config';
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
    // Requests must answer inside Slack's 3 s; a long retry ladder here would only hide failures.
    retryConfig: { retries: 2, factor: 1.5, minTimeout: 200, maxTimeout: 1000 },
  };
  const levelMap: Record<string, LogLevel> = { debug: LogLevel.DEBUG, trace: LogLevel.DEBUG, warn: LogLevel.WARN, error: LogLevel.ERROR };
  const logLevel = levelMap[config.LOG_LEVEL] ?? LogLevel.INFO;

  let app: App;
  let receiver: HTTPReceiver | undefined;
  if (config.SLACK_APP_TOKEN) {
    app = new App({
      token: config.SLACK_BOT_TOKEN,
      appToken: config.SLACK_APP_TOKEN,
      socketMode: true,
      logger: boltLogger,
      logLevel,
      clientOptions,
      customRoutes: routes,
      installerOptions: { port: config.PORT },
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET ?? '',
      endpoints: '/slack/events',
      customRoutes: routes,
      logger: boltLogger,
      logLevel,
      // Ack first: the response goes out as soon as the listener calls ack(), work continues after.
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: 2500,
    });
    app = new App({ token: config.SLACK_BOT_TOKEN, receiver, logger: boltLogger, logLevel, clientOptions });
  }

  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  views.register(app, deps);

  app.error(async (error) => {
    // Listeners answer users themselves; this is the net for whatever slipped through. Never rethrow.
    logger.error({ err: error.message, code: (error as { code?: string }).code }, 'unhandled listener error');
  });

  return { app, receiver };
}
