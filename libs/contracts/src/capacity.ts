// Capacities: a person may hold several roles (an office staffer is also their bureau's liaison; a deputy convener
// heads a bureau), and acts in one of them at a time. A capacity is the office, one member unit (as its leader or
// liaison), leadership, or administration. The console names the one it acts in with the X-Acting-As header on
// every request; the API's guard resolves it against the verified token's roles (never the body) and hands the
// workflow an actor that is that capacity; the workflow re-checks it and records it on every event.
import type { ActorRole } from './actor';
import type { UserRole } from './auth.types';
import { OFFICE_ROLES, UNIT_ROLES } from './auth.types';

export type Capacity = 'office' | 'leadership' | 'admin' | `unit:${string}`;

// The request header naming the capacity a request acts in (lower-case as Node reads it: x-acting-as).
export const ACTING_AS_HEADER = 'X-Acting-As';

export interface HeldCapacity {
  capacity: Capacity;
  // The coarse role the workflow sees, and for a unit capacity its unit.
  role: Exclude<ActorRole, 'system'>;
  unitCode?: string;
  // The person's roles that belong to this capacity (the policies are checked against these only).
  roles: UserRole[];
}

const UNIT_CODE_RE = /^[a-z][a-z0-9-]{0,63}$/;

// The capacities a person holds, in the console's and the API's order of precedence (office, unit, leadership,
// admin: the order actorRoleOf used when a person had only one capacity). A unit role without a unit gives none.
export function capacitiesOf(roles: readonly UserRole[], unitCode: string | null | undefined): HeldCapacity[] {
  const out: HeldCapacity[] = [];
  const office = roles.filter((r) => OFFICE_ROLES.includes(r));
  if (office.length > 0) {
    out.push({ capacity: 'office', role: 'office', roles: office });
  }
  const unit = roles.filter((r) => UNIT_ROLES.includes(r));
  if (unit.length > 0 && unitCode) {
    out.push({ capacity: `unit:${unitCode}`, role: 'unit', unitCode, roles: unit });
  }
  if (roles.includes('leadership')) {
    out.push({ capacity: 'leadership', role: 'leadership', roles: ['leadership'] });
  }
  if (roles.includes('admin')) {
    out.push({ capacity: 'admin', role: 'admin', roles: ['admin'] });
  }
  return out;
}

// A header value as a capacity, or null when it is not one (the API answers 400 CAPACITY_INVALID).
export function parseCapacity(value: string): Capacity | null {
  const v = value.trim();
  if (v === 'office' || v === 'leadership' || v === 'admin') {
    return v;
  }
  const unit = /^unit:(.+)$/.exec(v)?.[1];
  return unit !== undefined && UNIT_CODE_RE.test(unit) ? `unit:${unit}` : null;
}

// The capacity an actor acts in, as written on the record ('unit:justice', 'office', …).
export function capacityOfActor(actor: { role: string; unitCode?: string | null }): string {
  return actor.role === 'unit' && actor.unitCode ? `unit:${actor.unitCode}` : actor.role;
}
