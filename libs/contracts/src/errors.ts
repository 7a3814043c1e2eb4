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
  // The Idempotency-Key was first used with a different request (method, path or body): 422.
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  // The first request with this Idempotency-Key has not answered yet: 409.
  IdempotencyKeyInFlight = 'IDEMPOTENCY_KEY_IN_FLIGHT',
  MeetingHasMatters = 'MEETING_HAS_MATTERS',
  // The provider's subject is already linked to another account: 409.
  OidcSubjectLinked = 'OIDC_SUBJECT_LINKED',
  // The X-Acting-As header names a capacity the person does not hold (403), is not a capacity at all (400), or is
  // missing where the person holds several capacities the route allows and it must not be guessed (400).
  CapacityNotHeld = 'CAPACITY_NOT_HELD',
  CapacityInvalid = 'CAPACITY_INVALID',
  CapacityRequired = 'CAPACITY_REQUIRED',
  // Separation of duties: the person acted for the unit on this matter, or belongs to it, and may not also judge
  // its work (verify, return, decide its decline or extension): 403.
  SeparationOfDuties = 'SEPARATION_OF_DUTIES',
  // 申诉: the matter holds no such charge against a unit (no such escalation, or the unit was never overdue): 404.
  ChargeNotFound = 'CHARGE_NOT_FOUND',
  // 办结销号 of a matter with a co-unit that never signed or contributed: the office must name it in
  // notDoneUnitCodes, confirming that unit's part is recorded as not done: 409.
  VerifyNeedsConfirmation = 'VERIFY_NEEDS_CONFIRMATION',
  // A liaison of a unit that has a leader account submits only through the leader: draft it for approval: 403.
  LeaderApprovalRequired = 'LEADER_APPROVAL_REQUIRED',
  // Units as data: a unit merged into another (the message names it) or dissolved takes no new work: 409.
  UnitMerged = 'UNIT_MERGED',
  UnitDissolved = 'UNIT_DISSOLVED',
  // A new unit's code, or a unit's new name, is another unit's already: 409.
  UnitCodeTaken = 'UNIT_CODE_TAKEN',
  UnitNameTaken = 'UNIT_NAME_TAKEN',
  // A unit still holding open assignments, active accounts or roster entries cannot be merged away yet (the
  // message names them): 409.
  UnitHasOpenWork = 'UNIT_HAS_OPEN_WORK',
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

// The failure type of a plan the calendar cannot make for this matter (a date out of its range): non-retryable,
// and the workflow keeps the matter answering commands without a plan.
export const UNPLANNABLE_MATTER_FAILURE = 'UnplannableMatter';
