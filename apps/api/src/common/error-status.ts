import { ErrorCode } from '@app/contracts';
import { HttpStatus } from '@nestjs/common';

// The one place where an error code becomes an HTTP status.
export function statusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.CapacityInvalid:
    case ErrorCode.CapacityRequired:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.InvalidCommand:
    case ErrorCode.IdempotencyKeyReused:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.AccountLocked:
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.Forbidden:
    case ErrorCode.NotAssigned:
    case ErrorCode.CapacityNotHeld:
    case ErrorCode.SeparationOfDuties:
    case ErrorCode.LeaderApprovalRequired:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
    case ErrorCode.MatterNotFound:
    case ErrorCode.MeetingNotFound:
    case ErrorCode.UnitNotFound:
    case ErrorCode.ChargeNotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.MatterCodeTaken:
    case ErrorCode.MatterClosed:
    case ErrorCode.InvalidTransition:
    case ErrorCode.IdempotencyConflict:
    case ErrorCode.IdempotencyKeyInFlight:
    case ErrorCode.MeetingHasMatters:
    case ErrorCode.UsernameTaken:
    case ErrorCode.OidcSubjectLinked:
    case ErrorCode.VerifyNeedsConfirmation:
    case ErrorCode.UnitMerged:
    case ErrorCode.UnitDissolved:
    case ErrorCode.UnitCodeTaken:
    case ErrorCode.UnitNameTaken:
    case ErrorCode.UnitHasOpenWork:
      return HttpStatus.CONFLICT;
    case ErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ErrorCode.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
