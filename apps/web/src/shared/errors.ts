import { ApiError } from '@web/api/client';
import type { Translate } from '@web/i18n/i18n-context';
import type { MessageKey } from '@web/i18n/zh';

// A person-readable line for an error: the Chinese (or English) text of its code, never a raw stack.
export function describeError(t: Translate, err: unknown): string {
  if (err instanceof ApiError) {
    const key = `error.${err.code}` as MessageKey;
    return t(key);
  }
  return t('error.UNKNOWN');
}

// The server's own message, shown as a secondary detail (it names the field or state that was refused).
export function errorDetail(err: unknown): string | undefined {
  if (err instanceof ApiError && err.code !== 'NETWORK_ERROR' && err.message) {
    return err.correlationId ? `${err.message} (${err.correlationId})` : err.message;
  }
  return undefined;
}
