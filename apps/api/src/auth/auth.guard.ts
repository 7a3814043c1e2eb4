import { ErrorCode } from '@app/contracts';
import { UserRepository } from '@app/database';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

import { ApiException } from '../common/api.exception';
import { POLICY_KEY, PUBLIC_KEY } from './auth.decorators';
import type { PolicyName } from './policies';
import { allows, POLICIES } from './policies';
import type { RequestUser } from './request-user';
import { toRequestUser } from './request-user';

export interface AccessTokenClaims {
  sub: string;
  usr: string;
  typ: 'access';
}

// The single gate: a route is public, or it declares a policy and the caller's verified token carries a
// role the policy allows. A route with neither is refused (and the table-driven test fails on it).
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const policy = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, targets);
    const req = context.switchToHttp().getRequest<Request & { user?: RequestUser }>();
    if (!policy || !(policy in POLICIES)) {
      this.logger.error(`${req.method} ${req.path} declares no access policy; refused`);
      throw new ApiException(ErrorCode.Forbidden, 'This endpoint declares no access policy.');
    }
    const user = await this.authenticate(req);
    req.user = user;
    if (!allows(policy, user.roles)) {
      // Recorded in the audit log by ApiExceptionFilter, like every other refusal.
      throw new ApiException(ErrorCode.Forbidden, `Your role (${user.roles.join(', ')}) may not do this (${policy}).`);
    }
    return true;
  }

  private async authenticate(req: Request): Promise<RequestUser> {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      throw new ApiException(
        ErrorCode.Unauthenticated,
        'Log in and send the access token as "Authorization: Bearer <token>".',
      );
    }
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch (err) {
      const expired = err instanceof Error && err.name === 'TokenExpiredError';
      throw new ApiException(
        ErrorCode.Unauthenticated,
        expired ? 'The access token has expired; refresh it.' : 'The access token is invalid.',
      );
    }
    if (claims.typ !== 'access') {
      throw new ApiException(ErrorCode.Unauthenticated, 'The access token is invalid.');
    }
    const user = await this.users.findById(claims.sub);
    if (!user || user.disabled) {
      throw new ApiException(ErrorCode.Unauthenticated, 'This account is disabled or no longer exists.');
    }
    return toRequestUser(user);
  }
}
