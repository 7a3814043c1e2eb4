import type { UserRole } from './auth.types';

// Who is acting. The API fills it from the authenticated request; the workflow re-checks it.
export type ActorRole = 'office' | 'unit' | 'leadership' | 'admin' | 'system';

export interface Actor {
  userId: string;
  role: ActorRole;
  // The member unit the person acts for; required when role is 'unit'.
  unitCode?: string;
  displayName?: string;
  // The capacity's own roles among the person's (e.g. ['unit_liaison'] for a liaison acting for the unit), so the
  // record says in which role within the capacity they acted. Absent on actors recorded before capacities.
  capacityRoles?: UserRole[];
  // The member unit the person holds a unit role in, whatever capacity they act in now (an office staffer who is
  // also their bureau's liaison acts for the office with memberOf set): the separation-of-duties rules read it.
  memberOf?: string;
  // Acting for a unit: whether that unit has an enabled leader (unit_leader) account, as the API found it. A liaison
  // of such a unit drafts what leaves the unit and the leader approves it; a liaison-only unit submits directly.
  unitHasLeader?: boolean;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system', displayName: '系统' };

// Phone numbers (a handler's, the roster's) are the office's business and the unit's own: whether this actor reads
// those of `unitCode` (of no unit in particular: the office alone).
export function seesPhonesOf(actor: Actor | undefined, unitCode: string | null | undefined): boolean {
  return actor?.role === 'office' || (actor?.role === 'unit' && !!unitCode && actor.unitCode === unitCode);
}
