import { isAppError } from '../errors';
import type { MessageKey } from '../i18n';

const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08006', // connection_failure
  '08001',
  '08003',
]);

/** True when the error means "our storage is away for a moment" rather than a bug. */
export function isInfrastructureDown(err: unknown): boolean {
  if (isAppError(err, 'unavailable')) return true;
  const code = (err as { code?: string } | undefined)?.code;
  const cause = (err as { cause?: { code?: string } } | undefined)?.cause?.code;
  return (code !== undefined && DB_DOWN_CODES.has(code)) || (cause !== undefined && DB_DOWN_CODES.has(cause));
}

/** Which friendly sentence a user sees for a failure; never the error itself. */
export function failureMessageKey(err: unknown): MessageKey {
  return isInfrastructureDown(err) ? 'common.error_unavailable' : 'common.error_generic';
}
