import type { UserRole } from '@app/contracts';

import type { NotificationUser, RosterRouting, Target } from './recipients';
import { NO_ROUTING } from './recipients';

// The roster's seats and the role whose notices each receives: 联络员 the liaison's, 负责同志 and 分管领导 the
// unit leader's, 召集人 and 副召集人 leadership's (通报).
export const ROSTER_ROUTES: Readonly<Record<string, UserRole>> = {
  liaison_officer: 'unit_liaison',
  responsible_official: 'unit_leader',
  supervising_leader: 'unit_leader',
  convener: 'leadership',
  deputy_convener: 'leadership',
};
const CONFERENCE = 'conference';

// RosterRepository and UserRepository satisfy these.
export interface RosterSource {
  linkedOn(
    unitCodes: readonly string[],
    date: string,
  ): Promise<{ unitCode: string; kind: string; userId: string | null }[]>;
}
export interface PeopleById {
  activeByIds(ids: readonly string[]): Promise<NotificationUser[]>;
}

// Reads, per notice, whom the roster names for the targets' units (and the conference) on the product's date
// of `now` (the time profile's, not the wall clock's).
export class RosterRouter {
  constructor(
    private readonly roster: RosterSource,
    private readonly people: PeopleById,
    private readonly dateOf: (now: Date) => string,
  ) {}

  async routingFor(targets: readonly Target[], now: Date): Promise<RosterRouting> {
    const units = new Set(targets.filter((t) => t.unitRoles.length > 0).flatMap((t) => t.units));
    if (targets.some((t) => t.roles.includes('leadership'))) {
      units.add(CONFERENCE);
    }
    if (units.size === 0) {
      return NO_ROUTING;
    }
    const linked = (await this.roster.linkedOn([...units], this.dateOf(now))).filter((c) => ROSTER_ROUTES[c.kind]);
    if (linked.length === 0) {
      return NO_ROUTING;
    }
    const users = new Map((await this.people.activeByIds(linked.map((c) => c.userId!))).map((u) => [u.id, u]));
    const slots = new Map<string, NotificationUser[]>();
    for (const c of linked) {
      const key = `${c.unitCode}|${ROSTER_ROUTES[c.kind]}`;
      const user = users.get(c.userId!);
      // A seat naming a disabled or deleted account still takes the seat's notices away from the role holders:
      // the roster says who it is (the unit's inbox row still reaches the unit).
      const list = slots.get(key) ?? [];
      slots.set(key, user && !list.some((u) => u.id === user.id) ? [...list, user] : list);
    }
    return {
      forUnit: (unitCode, role) => slots.get(`${unitCode}|${role}`),
      forRole: (role) => slots.get(`${CONFERENCE}|${role}`),
    };
  }
}
