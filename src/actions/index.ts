import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ActionIds } from '../slack/ids';

/** Registers every button / select handler. */
export function register(app: App, _deps: ServiceDeps): void {
  // Link buttons and purely informative elements still send an action; acknowledge them so Slack shows no error.
  app.action(ActionIds.noop, async ({ ack }) => {
    await ack();
  });
}
