// Stable, machine-readable error codes. The API maps each to one HTTP status in one place
// (apps/api/src/common/error-status.ts); the workflow validators throw them as typed rejections.
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  MatterNotFound = 'MATTER_NOT_FOUND',
  MeetingNotFound = 'MEETING_NOT_FOUND',
  UnitNotFound = 'UNIT_NOT_FOUND',
  MatterCodeTaken = 'MATTER_CODE_TAKEN',
  MatterClosed = 'MATTER_CLOSED',
  InvalidTransition = 'INVALID_TRANSITION',
  NotAssigned = 'NOT_ASSIGNED',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  AccountLocked = 'ACCOUNT_LOCKED',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  UsernameTaken = 'USERNAME_TAKEN',
  InvalidCommand = 'INVALID_COMMAND',
  IdempotencyConflict = 'IDEMPOTENCY_CONFLICT',
  MeetingHasMatters = 'MEETING_HAS_MATTERS',
  Unavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

// The shape of every error body the API returns.
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  correlationId?: string;
}

// Rejections raised by workflow validators travel as ApplicationFailure with this type prefix,
// so the API can recover the code without string matching on messages.
export const REJECTION_TYPE_PREFIX = 'MatterRejection:';
