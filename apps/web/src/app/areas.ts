import type { UserRole } from '@app/contracts';
import { USER_ROLES } from '@app/contracts';

import type { MessageKey } from '@web/i18n/zh';

// The console's four areas, one per kind of user. To add a page to an area: add its route in routes.tsx and,
// if it belongs in the navigation, a nav entry here.
export type AreaId = 'office' | 'unit' | 'leadership' | 'admin';

export interface NavEntry {
  path: string;
  label: MessageKey;
  // Highlighted only on this exact path (an area's home), not on its sub-pages.
  end?: boolean;
}

export interface Area {
  path: string;
  roles: readonly UserRole[];
  nav: readonly NavEntry[];
  // Where the header's bell leads; areas without an inbox page yet show no bell.
  inboxPath?: string;
}

export const AREAS: Record<AreaId, Area> = {
  office: {
    path: '/office',
    roles: ['office_director', 'office_staff'],
    nav: [
      { path: '/office', label: 'app.nav.office' },
      { path: '/office/meetings', label: 'office.nav.meetings' },
      { path: '/office/topics', label: 'nav.topics' },
      { path: '/office/filings', label: 'nav.filings' },
      { path: '/office/campaign', label: 'nav.summary' },
      { path: '/office/briefings', label: 'nav.briefings' },
      { path: '/office/assessment', label: 'nav.assessment' },
      { path: '/office/contests', label: 'contests.nav' },
      { path: '/office/calendar', label: 'office.nav.calendar' },
      { path: '/office/codes', label: 'codes.pattern.nav' },
      { path: '/office/units', label: 'units.nav' },
      { path: '/office/roster', label: 'roster.nav' },
      { path: '/office/inbox', label: 'office.nav.inbox' },
    ],
    inboxPath: '/office/inbox',
  },
  unit: {
    path: '/unit',
    roles: ['unit_leader', 'unit_liaison'],
    nav: [
      { path: '/unit', label: 'app.nav.unitTodos' },
      { path: '/unit/topics', label: 'nav.topics' },
      { path: '/unit/filings', label: 'nav.filings' },
      { path: '/unit/summary', label: 'nav.summary' },
      { path: '/unit/roster', label: 'roster.nav' },
      { path: '/unit/briefings', label: 'nav.briefings' },
      { path: '/unit/inbox', label: 'app.nav.unitInbox' },
    ],
    inboxPath: '/unit/inbox',
  },
  leadership: {
    path: '/leadership',
    roles: ['leadership'],
    nav: [
      // Not `end`: the dashboard stays highlighted on the matter pages it opens.
      { path: '/leadership', label: 'app.nav.leadership' },
      { path: '/leadership/matters', label: 'leadership.nav.matters', end: true },
      { path: '/leadership/followed', label: 'nav.followed' },
      { path: '/leadership/meetings', label: 'nav.meetings' },
      { path: '/leadership/briefings', label: 'nav.briefings' },
      { path: '/leadership/inbox', label: 'leadership.nav.inbox' },
      { path: '/leadership/assessment', label: 'nav.assessment' },
    ],
    inboxPath: '/leadership/inbox',
  },
  admin: { path: '/admin', roles: ['admin'], nav: [{ path: '/admin', label: 'app.nav.admin', end: true }] },
};

// A person's home area by roles alone; the order follows actorRoleOf in @app/contracts (office, unit, leadership,
// admin). A person holding several capacities goes to the area of the capacity they act in (areaOfCapacity in
// src/auth/capacity.ts).
const PRECEDENCE: readonly AreaId[] = ['office', 'unit', 'leadership', 'admin'];

export function areaOf(roles: readonly UserRole[]): AreaId {
  return PRECEDENCE.find((id) => AREAS[id].roles.some((r) => roles.includes(r))) ?? 'admin';
}

export function mayEnter(area: AreaId, roles: readonly UserRole[]): boolean {
  return AREAS[area].roles.some((r) => roles.includes(r));
}

// The role to show beside the name: the first of the person's roles in USER_ROLES order.
export function primaryRole(roles: readonly UserRole[]): UserRole | undefined {
  return USER_ROLES.find((r) => roles.includes(r));
}
