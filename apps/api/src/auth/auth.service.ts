import { envOf } from '@app/config';
import type { AuthUserView, TokenPair } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { AuditRecord } from '@app/database';
import { AuditRepository, UserRepository } from '@app/database';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { ApiException } from '../common/api.exception';
import { LoginAttempts } from './login-attempts';
import { PasswordService } from './password.service';
import type { RequestUser } from './request-user';
import { TokenService } from './token.service';
import { toUserView } from './user-view';

const INVALID_LOGIN = 'Wrong username or password.';

@Injectable()
export class AuthService {
  private readonly attempts: LoginAttempts;

  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditRepository,
    config: ConfigService,
  ) {
    const env = envOf(config);
    this.attempts = new LoginAttempts(env.LOGIN_MAX_FAILURES, env.LOGIN_LOCKOUT_SECONDS * 1000);
  }

  async login(username: string, password: string, ip: string | undefined): Promise<TokenPair> {
    const user = await this.users.findByUsername(username);
    const hash = user?.passwordHash ?? null;
    // Every record of this attempt names the username tried and the address it came from.
    const attempt = (action: string, outcome: AuditRecord['outcome'], detail?: AuditRecord['detail']) =>
      this.audit.record({ action, outcome, actorUserId: username, ip, detail });
    // Locked for this username from this address only, whether or not the username exists.
    if (this.attempts.isLocked(username, ip, hash)) {
      await attempt('auth.login', 'refused', { reason: 'locked' });
      throw new ApiException(
        ErrorCode.AccountLocked,
        'Too many failed attempts from this address: wait a while, or ask the administrator.',
      );
    }
    const ok = await this.passwords.verify(password, user?.passwordHash);
    if (!user || !ok || user.disabled) {
      if (this.attempts.fail(username, ip, hash)) {
        await attempt('auth.lockout', 'refused', { maxFailures: 'reached' });
      }
      await attempt('auth.login', 'failure', {
        reason: !user ? 'unknown_user' : user.disabled ? 'disabled' : 'bad_password',
      });
      throw new ApiException(ErrorCode.Unauthenticated, INVALID_LOGIN);
    }
    this.attempts.succeed(username, ip);
    await this.users.recordLogin(user.id);
    await attempt('auth.login', 'success');
    return this.tokens.issue(user);
  }

  // Rotation: each refresh token works once. A token presented again (replayed or stolen) revokes its whole
  // family, so both the thief and the owner must log in again.
  async refresh(refreshToken: string, ip: string | undefined): Promise<TokenPair> {
    const token = await this.tokens.find(refreshToken);
    if (!token) {
      throw new ApiException(ErrorCode.Unauthenticated, 'Unknown refresh token; log in again.');
    }
    const user = await this.users.findById(token.userId);
    if (token.revokedAt || !(await this.tokens.revoke(token, 'rotated'))) {
      await this.tokens.revokeFamily(token.familyId, 'reuse_detected');
      await this.audit.record({
        action: 'auth.refresh_reuse',
        outcome: 'refused',
        actorUserId: user?.username ?? null,
        ip,
        detail: { familyId: token.familyId, previousReason: token.revokedReason },
      });
      throw new ApiException(ErrorCode.Unauthenticated, 'This refresh token was already used; log in again.');
    }
    if (token.expiresAt.getTime() <= Date.now() || !user || user.disabled) {
      throw new ApiException(ErrorCode.Unauthenticated, 'The session has ended; log in again.');
    }
    return this.tokens.issue(user, token.familyId);
  }

  async logout(refreshToken: string, user: RequestUser, ip: string | undefined): Promise<void> {
    const token = await this.tokens.find(refreshToken);
    if (token && token.userId === user.id) {
      await this.tokens.revokeFamily(token.familyId, 'logout');
    }
    await this.audit.record({ action: 'auth.logout', outcome: 'success', actorUserId: user.username, ip });
  }

  async me(user: RequestUser): Promise<AuthUserView> {
    const entity = await this.users.findById(user.id);
    if (!entity) {
      throw new ApiException(ErrorCode.Unauthenticated, 'This account no longer exists.');
    }
    return toUserView(entity);
  }
}
