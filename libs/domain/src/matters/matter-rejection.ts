import type { ErrorCode } from '@app/contracts';

// A command the state machine or the actor's remit refuses. Pure: the workflow turns it into a typed
// Update rejection, the API into a 4xx.
export class MatterRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MatterRejection';
  }
}

export function reject(code: ErrorCode, message: string): never {
  throw new MatterRejection(code, message);
}

// What `fn` is refused with (its code and message), or null when it passes; any other error is thrown on.
export function rejectionOf(fn: () => void): { code: ErrorCode; message: string } | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof MatterRejection) {
      return { code: err.code, message: err.message };
    }
    throw err;
  }
}
