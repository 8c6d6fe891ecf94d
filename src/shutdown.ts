import type { Logger } from './logger';

interface Step {
  name: string;
  close: () => Promise<unknown>;
}

/**
 * Ordered shutdown (Bolt → workers → queues → Redis → Postgres) with a force-quit timer, so a stuck
 * connection can never keep a pod alive past its grace period.
 */
export class ShutdownHelper {
  private readonly steps: Step[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly logger: Logger, private readonly forceAfterMs = 10_000) {}

  /** Steps run in the order they were added. */
  add(name: string, close: () => Promise<unknown>): void {
    this.steps.push({ name, close });
  }

  run(reason: string, exit?: (code: number) => void): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      this.logger.info({ reason }, 'shutting down');
      const timer = exit
        ? setTimeout(() => {
            this.logger.error('shutdown took too long; forcing exit');
            exit(1);
          }, this.forceAfterMs)
        : undefined;
      timer?.unref();
      let failed = false;
      for (const step of this.steps) {
        try {
          await step.close();
          this.logger.debug({ step: step.name }, 'closed');
        } catch (err) {
          failed = true;
          this.logger.warn({ step: step.name, err: (err as Error).message }, 'close failed');
        }
      }
      if (timer) clearTimeout(timer);
      this.logger.info('shutdown complete');
      exit?.(failed ? 1 : 0);
    })();
    return this.running;
  }
}
