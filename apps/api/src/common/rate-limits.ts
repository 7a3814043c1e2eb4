import { envOf } from '@app/config';
import type { ExecutionContext } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';

import { LOGIN_RATE_KEY } from '../auth/auth.decorators';
import type { RequestUser } from '../auth/request-user';

const isLoginRoute = (ctx: ExecutionContext): boolean => Reflect.getMetadata(LOGIN_RATE_KEY, ctx.getHandler()) === true;
const isRead = (ctx: ExecutionContext): boolean =>
  ['GET', 'HEAD', 'OPTIONS'].includes(ctx.switchToHttp().getRequest<Request>().method);

// Logins are limited per client address; writes per logged-in person (reads are not limited).
export function rateLimits(config: ConfigService): ThrottlerModuleOptions {
  const env = envOf(config);
  return {
    throttlers: [
      { name: 'login', ttl: 60_000, limit: env.THROTTLE_LOGIN_PER_MINUTE, skipIf: (ctx) => !isLoginRoute(ctx) },
      {
        name: 'writes',
        ttl: 60_000,
        limit: env.THROTTLE_WRITES_PER_MINUTE,
        skipIf: (ctx) => isRead(ctx) || isLoginRoute(ctx),
      },
    ],
    errorMessage: 'Too many requests; wait a minute and try again.',
    getTracker: (req: Record<string, unknown>) => {
      const user = req.user as RequestUser | undefined;
      return user ? `user:${user.id}` : `ip:${String(req.ip)}`;
    },
  };
}
