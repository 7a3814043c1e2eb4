import type { DataSource } from 'typeorm';
import { IsNull, LessThan } from 'typeorm';

import { AuditLogEntity, RefreshTokenEntity, UserEntity } from '../entities';

export class UserRepository {
  constructor(private readonly ds: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ username });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }

  list(): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  async anyWithRole(role: string): Promise<boolean> {
    // roles is a small JSON array; the users table is small (tens to hundreds of people).
    const users = await this.ds.getRepository(UserEntity).find({ select: { roles: true } });
    return users.some((u) => u.roles.includes(role as UserEntity['roles'][number]));
  }

  // Inserts unless the username exists; false when it did (two processes seeding at once, a taken name).
  async insertIfAbsent(user: UserEntity): Promise<boolean> {
    const result = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder()
      .insert()
      .values(user)
      .orIgnore()
      .execute();
    const created = await this.ds.getRepository(UserEntity).findOneBy({ username: user.username });
    return created?.id === user.id && result !== undefined;
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.ds.getRepository(UserEntity).save(user);
  }

  async recordFailedLogin(id: string, failedLogins: number, lockedUntil: Date | null): Promise<void> {
    await this.ds.getRepository(UserEntity).update({ id }, { failedLogins, lockedUntil, updatedAt: new Date() });
  }

  async recordLogin(id: string): Promise<void> {
    await this.ds
      .getRepository(UserEntity)
      .update({ id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
  }
}

export class RefreshTokenRepository {
  constructor(private readonly ds: DataSource) {}

  async insert(token: RefreshTokenEntity): Promise<void> {
    await this.ds.getRepository(RefreshTokenEntity).insert(token);
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.ds.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  // Revokes one token if it is still live; returns false if another request revoked it first.
  async revoke(id: string, reason: string): Promise<boolean> {
    const result = await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    return (result.affected ?? 0) > 0;
  }

  async revokeFamily(familyId: string, reason: string): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async revokeAllForUser(userId: string, reason: string): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async deleteExpiredBefore(instant: Date): Promise<void> {
    await this.ds.getRepository(RefreshTokenEntity).delete({ expiresAt: LessThan(instant) });
  }
}

export interface AuditRecord {
  action: string;
  outcome: 'success' | 'failure' | 'refused';
  actorUserId?: string | null;
  ip?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
}

export class AuditRepository {
  constructor(private readonly ds: DataSource) {}

  async record(r: AuditRecord): Promise<void> {
    await this.ds.getRepository(AuditLogEntity).insert({
      at: new Date(),
      action: r.action,
      outcome: r.outcome,
      actorUserId: r.actorUserId ?? null,
      ip: r.ip ?? null,
      target: r.target?.slice(0, 200) ?? null,
      detail: (r.detail ?? {}) as never,
    });
  }

  listRecent(limit: number, action?: string): Promise<AuditLogEntity[]> {
    return this.ds.getRepository(AuditLogEntity).find({
      where: action ? { action } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }
}
