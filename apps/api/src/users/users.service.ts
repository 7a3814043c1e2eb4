import type { AuthUserView, UserRole } from '@app/contracts';
import { ErrorCode, UNIT_ROLES } from '@app/contracts';
import type { UserEntity } from '@app/database';
import { AuditRepository, newAccount, UnitDirectoryLoader, UserRepository } from '@app/database';
import type { UnitDirectory } from '@app/domain';
import { Injectable } from '@nestjs/common';

import { passwordProblem, PasswordService } from '../auth/password.service';
import type { RequestUser } from '../auth/request-user';
import { TokenService } from '../auth/token.service';
import { toUserView } from '../auth/user-view';
import { ApiException, assertFound } from '../common/api.exception';
import { assertAssignable } from '../units/unit-refusals';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';

// A unit role needs a unit, and an active account one that takes work (not merged away); no other role may carry one.
function checkUnit(
  units: UnitDirectory,
  roles: UserRole[],
  unitCode: string | null | undefined,
  active = true,
): string | null {
  const needsUnit = roles.some((r) => UNIT_ROLES.includes(r));
  if (needsUnit && (!unitCode || !units.has(unitCode))) {
    throw new ApiException(ErrorCode.InvalidCommand, 'Unit roles need the code of a member unit in unitCode.');
  }
  if (needsUnit && active) {
    assertAssignable(units, [unitCode!], 'unitCode: ');
  }
  if (!needsUnit && unitCode) {
    throw new ApiException(ErrorCode.InvalidCommand, 'Only unit_leader and unit_liaison accounts belong to a unit.');
  }
  return needsUnit ? unitCode! : null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditRepository,
    private readonly units: UnitDirectoryLoader,
  ) {}

  async list(): Promise<AuthUserView[]> {
    return (await this.users.list()).map(toUserView);
  }

  async create(dto: CreateUserDto, by: RequestUser): Promise<AuthUserView> {
    const unitCode = checkUnit(await this.units.load(), dto.roles, dto.unitCode);
    const problem = passwordProblem(dto.password);
    if (problem) {
      throw new ApiException(ErrorCode.InvalidCommand, problem);
    }
    const user = newAccount({
      username: dto.username,
      displayName: dto.displayName,
      passwordHash: await this.passwords.hash(dto.password),
      roles: dto.roles,
      unitCode,
      createdBy: by.username,
    });
    if (!(await this.users.insertIfAbsent(user))) {
      throw new ApiException(ErrorCode.UsernameTaken, `The username "${dto.username}" is taken.`);
    }
    await this.audit.record({
      action: 'user.created',
      outcome: 'success',
      actorUserId: by.username,
      target: user.username,
      detail: { roles: user.roles, unitCode },
    });
    return toUserView(user);
  }

  async update(id: string, dto: UpdateUserDto, by: RequestUser): Promise<AuthUserView> {
    const user = await this.find(id);
    const roles = dto.roles ?? user.roles;
    const unitCode = checkUnit(
      await this.units.load(),
      roles,
      dto.unitCode !== undefined ? dto.unitCode : user.unitCode,
      !(dto.disabled ?? user.disabled),
    );
    if (user.id === by.id && (dto.disabled || (dto.roles && !dto.roles.includes('admin')))) {
      throw new ApiException(ErrorCode.InvalidCommand, 'You cannot disable yourself or remove your own admin role.');
    }
    const before = toUserView(user);
    Object.assign(user, { displayName: dto.displayName ?? user.displayName, roles, unitCode, updatedAt: new Date() });
    // class-validator's @IsOptional lets null through; for a yes/no field null means "not given", as for displayName.
    if (dto.disabled !== undefined && dto.disabled !== null) {
      user.disabled = dto.disabled;
    }
    await this.users.save(user);
    if (user.disabled || dto.roles || dto.unitCode !== undefined) {
      // Changed rights take effect now: existing sessions must log in again.
      await this.tokens.revokeAllForUser(user.id, 'account_changed');
    }
    await this.audit.record({
      action: 'user.updated',
      outcome: 'success',
      actorUserId: by.username,
      target: user.username,
      detail: { before, after: toUserView(user) },
    });
    return toUserView(user);
  }

  async resetPassword(id: string, password: string, by: RequestUser): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) {
      throw new ApiException(ErrorCode.InvalidCommand, problem);
    }
    const user = await this.find(id);
    user.passwordHash = await this.passwords.hash(password);
    user.failedLogins = 0;
    user.lockedUntil = null;
    user.updatedAt = new Date();
    await this.users.save(user);
    await this.tokens.revokeAllForUser(user.id, 'password_reset');
    await this.audit.record({
      action: 'user.password_reset',
      outcome: 'success',
      actorUserId: by.username,
      target: user.username,
    });
  }

  private async find(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    assertFound(user, ErrorCode.NotFound, `No user ${id}.`);
    return user;
  }
}
