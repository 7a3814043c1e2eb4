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
  // The conference's mechanisms (议题, holding meetings, 重大事项抄送 / 信息报送). Units read only their own
  // topics and filings (filtered in the services); the office decides; leadership reads.
  'topics.read': READERS,
  'topics.propose': UNIT,
  'topics.decide': OFFICE,
  'meetings.hold': OFFICE,
  // An ad-hoc plenary is called by the convener (leadership) or, on the convener's behalf, the office director.
  'meetings.convene': ['leadership', 'office_director'],
  'filings.read': READERS,
  'filings.file': UNIT,
  'filings.review': OFFICE,
  // Annual work summaries (年度工作总结) and work briefings (工作简报).
  'campaigns.read': READERS,
  'campaigns.start': OFFICE,
  'campaigns.review': OFFICE,
  // The leader answers for the unit's summary, as for completion reports.
  'campaigns.submit': ['unit_leader'],
  'briefings.read': READERS,
  'briefings.write': OFFICE,
} satisfies Record<string, UserRole[]>;

export type PolicyName = keyof typeof POLICIES;

export function allows(policy: PolicyName, roles: readonly UserRole[]): boolean {
  return roles.some((r) => (POLICIES[policy] as readonly UserRole[]).includes(r));
}
