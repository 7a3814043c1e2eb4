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
