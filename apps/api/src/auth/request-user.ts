import type { Actor, HeldCapacity, UserRole } from '@app/contracts';
import { capacitiesOf } from '@app/contracts';
import type { UserEntity } from '@app/database';

export interface RequestUser {
  id: string;
  username: string;
  displayName: string;
  // Every role the person holds (what /api/auth/me shows).
  roles: UserRole[];
  unitCode: string | null;
  // The capacities the roles make (the office, their unit, leadership, administration).
  capacities: HeldCapacity[];
  // The capacity this request acts in, resolved by the guard (AuthGuard.actIn); null for a person holding none.
  capacity: HeldCapacity | null;
  // The roles of that capacity: the policies and allowedActions are checked against these, not all of `roles`.
  actingRoles: UserRole[];
  // The person in that capacity, as the workflows see and record it.
  actor: Actor;
}

// The person acting in one of their capacities.
export function actorIn(
  u: Pick<RequestUser, 'username' | 'displayName' | 'capacities'>,
  held: HeldCapacity | null,
): Actor {
  const unit = u.capacities.find((c) => c.role === 'unit')?.unitCode;
  return {
    userId: u.username,
    role: held?.role ?? 'admin',
    unitCode: held?.role === 'unit' ? held.unitCode : undefined,
    displayName: u.displayName,
    capacityRoles: held ? [...held.roles] : [],
    // Set only for a person who holds a unit role: their own unit, whatever capacity they act in.
    memberOf: unit,
  };
}

// The user before the guard has resolved the capacity: the first held capacity in order of precedence (office,
// unit, leadership, admin), as a person with a single capacity always acts.
export function toRequestUser(u: UserEntity): RequestUser {
  const capacities = capacitiesOf(u.roles, u.unitCode);
  return withCapacity(
    {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      roles: u.roles,
      unitCode: u.unitCode,
      capacities,
      capacity: null,
      actingRoles: [],
      actor: { userId: u.username, role: 'admin' },
    },
    capacities[0] ?? null,
  );
}

export function withCapacity(user: RequestUser, held: HeldCapacity | null): RequestUser {
  return { ...user, capacity: held, actingRoles: held ? [...held.roles] : [], actor: actorIn(user, held) };
}
