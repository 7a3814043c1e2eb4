import type { ErrorCode } from '@app/contracts';

// Services throw this, never HTTP exceptions; ApiExceptionFilter maps the code to a status.
export class ApiException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiException';
  }
}

export function assertFound<T>(value: T | null | undefined, code: ErrorCode, message: string): asserts value is T {
  if (value === null || value === undefined) {
    throw new ApiException(code, message);
  }
}
