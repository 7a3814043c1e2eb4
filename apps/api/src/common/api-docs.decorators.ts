import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';

const ERROR_SCHEMA = {
  type: 'object',
  properties: { code: { type: 'string', example: 'INVALID_TRANSITION' }, message: { type: 'string' } },
};

// The identity headers every endpoint reads (interim, until token authentication replaces them).
export const ActorHeaders = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiHeader({ name: 'X-Actor-Id', required: true, example: 'office.li', description: 'Acting person' }),
    ApiHeader({ name: 'X-Actor-Role', required: true, example: 'office', description: 'office | unit | leadership' }),
    ApiHeader({ name: 'X-Actor-Unit', required: false, example: 'justice', description: 'Unit code, for unit users' }),
    ApiResponse({ status: 401, description: 'No or malformed identity', schema: ERROR_SCHEMA }),
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
