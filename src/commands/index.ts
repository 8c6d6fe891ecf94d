import type { App } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { Commands } from '../slack/ids';
import { handleMentorMe } from './mentor-me';

/** Registers every slash command. */
export function register(app: App, deps: ServiceDeps): void {
  app.command(Commands.mentorMe, handleMentorMe(deps));
}
