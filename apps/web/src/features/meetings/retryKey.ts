import { useRef } from 'react';

import { newIdempotencyKey } from '@web/api/client';

// The Idempotency-Key of a batch of agreed matters, kept from the first click of 提交 until one succeeds. The API
// derives each matter's identity from the key and its row, and dispatches the rows one by one: a retry after a
// lost response, or after the office corrected the one row the API refused (a code already taken), completes
// what the first attempt began instead of dispatching its rows twice (or refusing them as taken codes).
export function useRetryKey(): { current: () => string; succeeded: () => void } {
  const key = useRef<string | null>(null);
  return {
    current(): string {
      key.current ??= newIdempotencyKey();
      return key.current;
    },
    succeeded(): void {
      key.current = null;
    },
  };
}
