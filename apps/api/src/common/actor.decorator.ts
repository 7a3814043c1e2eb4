import type { Actor, ActorRole } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import { isMemberUnitCode } from '@app/domain';
import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

import { ApiException } from './api.exception';

const ROLES: readonly ActorRole[] = ['office', 'unit', 'leadership'];

// Interim identity until authentication lands (issue 5): the caller names itself in X-Actor-Id,
// X-Actor-Role and, for a member unit, X-Actor-Unit. This is the single place the actor is read, so the
// JWT strategy replaces it here and nowhere else. The body never names the actor.
export function actorFromRequest(req: Request): Actor {
  const userId = req.header('x-actor-id')?.trim();
  const role = req.header('x-actor-role')?.trim() as ActorRole | undefined;
  const unitCode = req.header('x-actor-unit')?.trim() || undefined;
  if (!userId || !role) {
    throw new ApiException(
      ErrorCode.Unauthenticated,
      'Identify yourself with the X-Actor-Id and X-Actor-Role headers.',
    );
  }
  if (!ROLES.includes(role) || !/^[A-Za-z0-9._@-]{1,64}$/.test(userId)) {
    throw new ApiException(
      ErrorCode.Unauthenticated,
      `X-Actor-Role must be one of ${ROLES.join(', ')}; X-Actor-Id 1-64 plain characters.`,
    );
  }
  if (role === 'unit' && (!unitCode || !isMemberUnitCode(unitCode))) {
    throw new ApiException(ErrorCode.Unauthenticated, 'A member unit user must name a known unit in X-Actor-Unit.');
  }
  return { userId, role, unitCode: role === 'unit' ? unitCode : undefined };
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorFromRequest(ctx.switchToHttp().getRequest<Request>()),
);
