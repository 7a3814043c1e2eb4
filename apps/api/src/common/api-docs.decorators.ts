import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse } from '@nestjs/swagger';

const ERROR_SCHEMA = {
  type: 'object',
  properties: { code: { type: 'string', example: 'INVALID_TRANSITION' }, message: { type: 'string' } },
};

// Every protected endpoint: a bearer access token from POST /api/auth/login.
// X-Acting-As names the capacity the request acts in, for a person holding several (apps/api/src/auth/auth.guard.ts).
export const Authenticated = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBearerAuth(),
    ApiHeader({
      name: 'X-Acting-As',
      required: false,
      example: 'unit:market-regulation',
      description:
        'The capacity the request acts in: office, unit:<unit code>, leadership or admin. Needed only by a person ' +
        'holding several capacities the endpoint allows; checked against the token (CAPACITY_NOT_HELD, CAPACITY_INVALID)',
    }),
    ApiResponse({
      status: 401,
      description: 'UNAUTHENTICATED: no, invalid or expired access token',
      schema: ERROR_SCHEMA,
    }),
    ApiResponse({ status: 403, description: "FORBIDDEN: the caller's role may not do this", schema: ERROR_SCHEMA }),
  );

export const CommandErrors = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      example: '8d3b7c1e-ack-2026-03',
      description: 'A retried request with the same key is applied once',
    }),
    ApiResponse({ status: 400, description: 'VALIDATION_FAILED: the body is malformed', schema: ERROR_SCHEMA }),
    ApiResponse({
      status: 403,
      description: "FORBIDDEN / NOT_ASSIGNED: outside the actor's remit",
      schema: ERROR_SCHEMA,
    }),
    ApiResponse({ status: 404, description: 'MATTER_NOT_FOUND', schema: ERROR_SCHEMA }),
    ApiResponse({
      status: 409,
      description: 'INVALID_TRANSITION / MATTER_CLOSED: not allowed in this state',
      schema: ERROR_SCHEMA,
    }),
    ApiResponse({ status: 422, description: 'INVALID_COMMAND: well-formed but not acceptable', schema: ERROR_SCHEMA }),
  );
