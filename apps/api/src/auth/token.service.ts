import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { envOf } from '@app/config';
import type { TokenPair } from '@app/contracts';
import type { RefreshTokenEntity, UserEntity } from '@app/database';
import { RefreshTokenRepository } from '@app/database';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';

import type { AccessTokenClaims } from './auth.guard';
import { toUserView } from './user-view';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

// Short-lived signed access tokens; opaque rotating refresh tokens stored only as hashes.
@Injectable()
export class TokenService {
  private readonly accessTtl: number;
  private readonly refreshTtl: number;

  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokenRepository,
    config: ConfigService,
  ) {
    const env = envOf(config);
    this.accessTtl = env.JWT_ACCESS_TTL_SECONDS;
    this.refreshTtl = env.JWT_REFRESH_TTL_SECONDS;
  }

  async issue(user: UserEntity, familyId: string = randomUUID()): Promise<TokenPair> {
    // `sid` names the login (the refresh-token family): logging out ends its access tokens too.
    const claims: AccessTokenClaims = { sub: user.id, usr: user.username, typ: 'access', sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.accessTtl,
      algorithm: 'HS256',
      jwtid: randomUUID(),
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.refreshTokens.insert({
      id: randomUUID(),
      tokenHash: sha256(refreshToken),
      familyId,
      userId: user.id,
      issuedAt: new Date(now),
      expiresAt: new Date(now + this.refreshTtl * 1000),
      revokedAt: null,
      revokedReason: null,
    });
    return {
      accessToken,
      expiresIn: this.accessTtl,
      refreshToken,
      refreshExpiresIn: this.refreshTtl,
      user: toUserView(user),
    };
  }

  find(refreshToken: string): Promise<RefreshTokenEntity | null> {
    return this.refreshTokens.findByHash(sha256(refreshToken));
  }

  revoke(token: RefreshTokenEntity, reason: string): Promise<boolean> {
    return this.refreshTokens.revoke(token.id, reason);
  }

  revokeFamily(familyId: string, reason: string): Promise<void> {
    return this.refreshTokens.revokeFamily(familyId, reason);
  }

  revokeAllForUser(userId: string, reason: string): Promise<void> {
    return this.refreshTokens.revokeAllForUser(userId, reason);
  }
}
