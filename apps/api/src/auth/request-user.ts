import type { Actor, UserRole } from '@app/contracts';
import { actorRoleOf } from '@app/contracts';
import type { UserEntity } from '@app/database';

export interface RequestUser {
  id: string;
  username: string;
  displayName: string;
  roles: UserRole[];
  unitCode: string | null;
  actor: Actor;
}

export function toRequestUser(u: UserEntity): RequestUser {
  const role = actorRoleOf(u.roles);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    unitCode: u.unitCode,
    actor: {
      userId: u.username,
      role,
      unitCode: role === 'unit' ? (u.unitCode ?? undefined) : undefined,
      displayName: u.displayName,
    },
  };
}
