import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';
import { In, IsNull, LessThan, Not } from 'typeorm';

import { AuditLogEntity, RefreshTokenEntity, UserEntity } from '../entities';

export type NewAccountFields = Pick<
  UserEntity,
  'username' | 'displayName' | 'passwordHash' | 'roles' | 'unitCode' | 'createdBy'
> & { isDemo?: boolean };

// A new account, whoever creates it (the administrator, the bootstrap, a test): enabled, not locked, never logged
// in, created now under a fresh id.
export function newAccount(fields: NewAccountFields, now = new Date()): UserEntity {
  return Object.assign(new UserEntity(), {
    id: randomUUID(),
    username: fields.username,
    displayName: fields.displayName,
    passwordHash: fields.passwordHash,
    roles: fields.roles,
    unitCode: fields.unitCode,
    disabled: false,
    isDemo: fields.isDemo ?? false,
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdBy: fields.createdBy,
    createdAt: now,
    updatedAt: now,
  });
}

export class UserRepository {
  constructor(private readonly ds: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ username });
  }

  // The display name of a login name (a notice names who asked for it), null when no user has it.
  async displayNameOf(username: string): Promise<string | null> {
    return (await this.findByUsername(username))?.displayName ?? null;
  }

  // Display names by login name, in one query: the people a history names (unknown names and 'system' are left out).
  async displayNamesOf(usernames: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(usernames)].filter((u) => u !== 'system');
    if (wanted.length === 0) {
      return new Map();
    }
    const rows = await this.ds
      .getRepository(UserEntity)
      .find({ select: { username: true, displayName: true }, where: { username: In(wanted) } });
    return new Map(rows.map((r) => [r.username, r.displayName]));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }

  list(): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  // The active people in any of these units, or holding any of these roles wherever they sit: whom a notice may
  // reach, read per notice instead of the whole users table. `roles` is a small JSON array of names (no name is
  // a substring of another's quoted form), so a LIKE on its text finds the holders on MySQL and SQLite alike.
  async recipientsFor(unitCodes: readonly string[], roles: readonly string[]): Promise<UserEntity[]> {
    if (unitCodes.length === 0 && roles.length === 0) {
      return [];
    }
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u').where('u.disabled = :off', { off: false });
    const any: string[] = [];
    const params: Record<string, unknown> = {};
    if (unitCodes.length > 0) {
      any.push('u.unit_code IN (:...units)');
      params.units = [...new Set(unitCodes)];
    }
    [...new Set(roles)].forEach((role, i) => {
      any.push(`u.roles LIKE :role${i}`);
      params[`role${i}`] = `%"${role}"%`;
    });
    // A prefilter: the exact role check is the caller's (a unit's member may hold none of the roles it wants).
    return qb
      .andWhere(`(${any.join(' OR ')})`, params)
      .orderBy('u.username', 'ASC')
      .getMany();
  }

  // Active people by id (the daily digest's subscribers).
  activeByIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return this.ds.getRepository(UserEntity).findBy({ id: In([...new Set(ids)]), disabled: false });
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

  // A login's session has ended: a token of its family was revoked for a reason other than rotation (logout, reuse
  // detected, account disabled). Access tokens of the family stop working with it.
  async isFamilyEnded(familyId: string): Promise<boolean> {
    return this.ds.getRepository(RefreshTokenEntity).exists({
      where: { familyId, revokedAt: Not(IsNull()), revokedReason: Not('rotated') },
    });
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
    await this.recordReturningId(r);
  }

  // The new row's id, so that later occurrences of the same event can be counted into it.
  async recordReturningId(r: AuditRecord): Promise<string> {
    const result = await this.ds.getRepository(AuditLogEntity).insert({
      at: new Date(),
      action: r.action,
      outcome: r.outcome,
      actorUserId: r.actorUserId ?? null,
      ip: r.ip ?? null,
      target: r.target?.slice(0, 200) ?? null,
      detail: (r.detail ?? {}) as never,
    });
    return String((result.identifiers[0] as { id: string | number }).id);
  }

  async updateDetail(id: string, detail: Record<string, unknown>): Promise<void> {
    await this.ds.getRepository(AuditLogEntity).update({ id }, { detail: detail as never });
  }

  listRecent(limit: number, action?: string): Promise<AuditLogEntity[]> {
    return this.ds.getRepository(AuditLogEntity).find({
      where: action ? { action } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }
}
