import type { Actor } from '@app/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

import type { PolicyName } from './policies';
import type { RequestUser } from './request-user';

export const POLICY_KEY = 'auth:policy';
export const PUBLIC_KEY = 'auth:public';
export const LOGIN_RATE_KEY = 'auth:login-rate';

// Declares who may call the endpoint (see policies.ts). An endpoint without it is refused.
export const Policy = (name: PolicyName): MethodDecorator & ClassDecorator => SetMetadata(POLICY_KEY, name);

// No token needed (login, refresh, health, documentation).
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

// Counted against the per-IP login limit instead of the per-user write limit.
export const LoginRateLimited = (): MethodDecorator => SetMetadata(LOGIN_RATE_KEY, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestUser =>
    ctx.switchToHttp().getRequest<Request & { user: RequestUser }>().user,
);

// The acting person as the workflows see it, from the verified token, never from the body.
export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<Request & { user: RequestUser }>().user.actor,
);
