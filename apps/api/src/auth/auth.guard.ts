import type { HeldCapacity } from '@app/contracts';
import { ACTING_AS_HEADER, ErrorCode, matterCommandPolicies, parseCapacity } from '@app/contracts';
import { RefreshTokenRepository, UserRepository } from '@app/database';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

import { ApiException } from '../common/api.exception';
import { RefusalAudit } from '../common/refusal-audit';
import { POLICY_KEY, PUBLIC_KEY } from './auth.decorators';
import type { PolicyName } from './policies';
import { allows, POLICIES } from './policies';
import type { RequestUser } from './request-user';
import { toRequestUser, withCapacity } from './request-user';

// The policies of the matter commands: a command is charged to the capacity it is issued in, so one is never
// guessed for them (see AuthGuard.actIn).
const COMMAND_POLICIES = new Set<string>(Object.keys(matterCommandPolicies()));

export interface AccessTokenClaims {
  sub: string;
  usr: string;
  typ: 'access';
  // The login session (refresh-token family) the token belongs to.
  sid?: string;
}

// The single gate: a route is public, or it declares a policy and the caller's verified token carries a
// role the policy allows, in the capacity the request acts in (see actIn). A route with neither is refused (and the table-driven test fails on it).
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly refusals: RefusalAudit,
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
    // Someone probing what they may not do is slowed down: past the limit of refusals this minute, every request.
    if (this.refusals.refusalsThisMinute(user.id) >= this.refusals.refusalsPerMinute) {
      throw new ApiException(ErrorCode.TooManyRequests, 'Too many refused requests; wait a minute and try again.');
    }
    req.user = await this.withUnitLeader(this.actIn(user, policy, req.header(ACTING_AS_HEADER)));
    return true;
  }

  // A liaison acting for their unit: whether the unit has an enabled leader account (a liaison of such a unit drafts
  // what leaves the unit, for the leader to approve; a liaison-only unit submits directly). Read per request, so a
  // leader account created or disabled counts at once; only liaisons need it.
  private async withUnitLeader(user: RequestUser): Promise<RequestUser> {
    const { actor } = user;
    if (actor.role !== 'unit' || !actor.unitCode || !user.actingRoles.includes('unit_liaison')) {
      return user;
    }
    if (user.actingRoles.includes('unit_leader')) {
      return user;
    }
    const members = await this.users.recipientsFor([actor.unitCode], []);
    const unitHasLeader = members.some((m) => m.unitCode === actor.unitCode && m.roles.includes('unit_leader'));
    return { ...user, actor: { ...actor, unitHasLeader } };
  }

  // The capacity the request acts in, checked against the token's roles (never the body):
  // - X-Acting-As names it ('office', 'unit:<code>', 'leadership', 'admin'): malformed → 400 CAPACITY_INVALID, not
  //   held → 403 CAPACITY_NOT_HELD, held but the route's policy does not allow its roles → 403 FORBIDDEN.
  // - No header: the person's capacities the route's policy allows. None → 403 FORBIDDEN; one → that one (a person
  //   with a single capacity, or a route only one of theirs may call: 签收 is a unit's, 销号 the office's). Several:
  //   a matter command → 400 CAPACITY_REQUIRED (who is charged is never guessed); any other route → the first in
  //   order of precedence (office, unit, leadership, admin), as before capacities: reads and the person's own
  //   settings, which charge no one.
  // Every refusal is recorded in the audit log by ApiExceptionFilter, like every other refusal.
  private actIn(user: RequestUser, policy: PolicyName, header: string | undefined): RequestUser {
    const allowedHere = (c: HeldCapacity): boolean => allows(policy, c.roles);
    if (header !== undefined && header.trim() !== '') {
      const wanted = parseCapacity(header);
      if (!wanted) {
        throw new ApiException(
          ErrorCode.CapacityInvalid,
          `${ACTING_AS_HEADER} "${header.slice(0, 80)}" is not a capacity: send office, unit:<unit code>, leadership or admin.`,
        );
      }
      const held = user.capacities.find((c) => c.capacity === wanted);
      if (!held) {
        throw new ApiException(
          ErrorCode.CapacityNotHeld,
          `You do not hold the capacity ${wanted}; yours: ${user.capacities.map((c) => c.capacity).join(', ') || 'none'}.`,
        );
      }
      if (!allowedHere(held)) {
        throw new ApiException(
          ErrorCode.Forbidden,
          `Acting as ${held.capacity}, your role (${held.roles.join(', ')}) may not do this (${policy}).`,
        );
      }
      return withCapacity(user, held);
    }
    const candidates = user.capacities.filter(allowedHere);
    const [first] = candidates;
    if (!first) {
      throw new ApiException(ErrorCode.Forbidden, `Your role (${user.roles.join(', ')}) may not do this (${policy}).`);
    }
    if (candidates.length > 1 && COMMAND_POLICIES.has(policy)) {
      throw new ApiException(
        ErrorCode.CapacityRequired,
        `You hold several capacities that may do this (${candidates.map((c) => c.capacity).join(', ')}); ` +
          `name the one you act in with the ${ACTING_AS_HEADER} header.`,
      );
    }
    return withCapacity(user, first);
  }

  private async authenticate(req: Request): Promise<RequestUser> {
    const header = req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) {
      throw new ApiException(
        ErrorCode.Unauthenticated,
        'Log in and send the access token as "Authorization: Bearer <token>".',
      );
    }
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch (err) {
      const expired = err instanceof Error && err.name === 'TokenExpiredError';
      throw new ApiException(
        ErrorCode.Unauthenticated,
        expired ? 'The access token has expired; refresh it.' : 'The access token is invalid.',
      );
    }
    if (claims.typ !== 'access' || typeof claims.sid !== 'string') {
      throw new ApiException(ErrorCode.Unauthenticated, 'The access token is invalid.');
    }
    if (await this.refreshTokens.isFamilyEnded(claims.sid)) {
      throw new ApiException(ErrorCode.Unauthenticated, 'This session has ended (logged out); log in again.');
    }
    const user = await this.users.findById(claims.sub);
    if (!user || user.disabled) {
      throw new ApiException(ErrorCode.Unauthenticated, 'This account is disabled or no longer exists.');
    }
    return toRequestUser(user);
  }
}
