/**
 * Coded errors (in the manner of bolt-js `src/errors.ts`): adapters turn a code into a friendly, translated
 * message; nothing else about the error reaches a user.
 */
export type AppErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'invalid_input'
  | 'conflict'
  | 'illegal_transition'
  | 'unavailable'
  | 'slack_permanent'
  | 'slack_rate_limited'
  | 'slack_transient';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const isAppError = (e: unknown, code?: AppErrorCode): e is AppError =>
  e instanceof AppError && (code === undefined || e.code === code);
