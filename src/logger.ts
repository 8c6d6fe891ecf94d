import pino, { type Logger as PinoLogger } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

export type Logger = PinoLogger;

/** Paths that may carry secrets; pino replaces them before anything is written. */
const REDACT = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'bot.token',
  'password',
  '*.password',
  'signingSecret',
  '*.signingSecret',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_CLIENT_SECRET',
  'config.SLACK_STATE_SECRET',
  'config.ENCRYPTION_KEY',
  'config.DATABASE_URL',
];

/** One process-wide structured logger (JSON lines on stdout). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'mentor-me' } }, destination);
}

const boltToPino: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt's logger interface over pino, so Bolt's own messages land in the same structured stream. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => child.debug(join(msg)),
    info: (...msg) => child.info(join(msg)),
    warn: (...msg) => child.warn(join(msg)),
    error: (...msg) => child.error(join(msg)),
    setLevel: (level) => {
      child.level = boltToPino[level] ?? 'info';
    },
    getLevel: () => {
      const found = Object.entries(boltToPino).find(([, v]) => v === child.level);
      return (found?.[0] as LogLevel | undefined) ?? LogLevel.INFO;
    },
    setName: () => undefined,
  };
}
