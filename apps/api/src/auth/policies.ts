import type { UserRole } from '@app/contracts';

const OFFICE: UserRole[] = ['office_director', 'office_staff'];
const UNIT: UserRole[] = ['unit_leader', 'unit_liaison'];
const READERS: UserRole[] = [...OFFICE, 'leadership', ...UNIT];
const EVERYONE: UserRole[] = [...READERS, 'admin'];

// Who may call what: every endpoint names one of these with @Policy (or is @Public). The guard enforces it;
// unit-scoped data is further filtered in the services' queries (a unit sees only its own assignments).
export const POLICIES = {
  'auth.self': EVERYONE,
  'units.read': EVERYONE,
  'units.roster.read': EVERYONE,
  'units.roster.file': OFFICE,
  'meetings.read': READERS,
  'meetings.write': OFFICE,
  'matters.read': READERS,
  'matters.create': OFFICE,
  'matters.acknowledge': UNIT,
  'matters.decline': UNIT,
  'matters.progress': UNIT,
  'matters.contribute': UNIT,
  // The leader answers for the unit: completion reports and extension requests are theirs.
  'matters.complete': ['unit_leader'],
  'matters.extension.request': ['unit_leader'],
  'matters.route': OFFICE,
  'matters.verify': OFFICE,
  'matters.extension.decide': OFFICE,
  'matters.reassign': OFFICE,
  // Only the office director approves a cancellation.
  'matters.cancel': ['office_director'],
  'matters.instruct': ['leadership'],
  // Urging by hand (提醒, 催办); a formal supervision notice (督办) and a report to the convener (通报) are the
  // director's.
  'matters.urge': OFFICE,
  'matters.supervise': ['office_director'],
  'supervision.read': [...OFFICE, 'leadership'],
  'calendar.read': EVERYONE,
  'calendar.manage': [...OFFICE, 'admin'],
  'notifications.self': EVERYONE,
  'matters.live': OFFICE,
  'matters.reproject': [...OFFICE, 'admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin', 'office_director'],
} satisfies Record<string, UserRole[]>;

export type PolicyName = keyof typeof POLICIES;

export function allows(policy: PolicyName, roles: readonly UserRole[]): boolean {
  return roles.some((r) => (POLICIES[policy] as readonly UserRole[]).includes(r));
}
