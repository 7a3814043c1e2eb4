import type { UserRole } from '@app/contracts';
import { matterCommandPolicies } from '@app/contracts';

const OFFICE: UserRole[] = ['office_director', 'office_staff'];
const UNIT: UserRole[] = ['unit_leader', 'unit_liaison'];
const READERS: UserRole[] = [...OFFICE, 'leadership', ...UNIT];
const EVERYONE: UserRole[] = [...READERS, 'admin'];

// Who may call what: every endpoint names one of these with @Policy (or is @Public). The guard enforces it;
// unit-scoped data is further filtered in the services' queries (a unit sees only its own assignments).
// The matter commands' entries (matters.acknowledge … matters.supervise) come from the command table
// (libs/contracts/src/matter-command-table.ts: each row's policy and roles).
export const POLICIES = {
  ...matterCommandPolicies(),
  'auth.self': EVERYONE,
  'units.read': EVERYONE,
  'units.roster.read': EVERYONE,
  // A unit files (报备) its own roster changes; the office records (备案) or refuses them, and keeps the conference's.
  'units.roster.file': [...OFFICE, ...UNIT],
  'units.roster.decide': OFFICE,
  'roster.conference.file': OFFICE,
  'units.aliases.write': OFFICE,
  // 机构改革: the office adds and renames units; merging one away or dissolving it (it then takes no new work) is the
  // director's.
  'units.manage': OFFICE,
  'units.retire': ['office_director'],
  'meetings.read': READERS,
  'meetings.write': OFFICE,
  'matters.read': READERS,
  'matters.create': OFFICE,
  // 事项编号: the next free code and a typed code's check (for dispatching), and the pattern the office sets.
  'matters.codes.read': OFFICE,
  'matters.codes.pattern': OFFICE,
  // 关注: a leader follows a matter to be told of the units' answers and its end (the office handles them anyway).
  'matters.follow': ['leadership'],
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
  // The leader answers for the unit's summary, as for completion reports: a liaison submits only for a unit without
  // a leader account; otherwise they draft it and the leader approves or returns it.
  'campaigns.submit': UNIT,
  'campaigns.draft': ['unit_liaison'],
  'campaigns.draft.review': ['unit_leader'],
  'briefings.read': READERS,
  'briefings.write': OFFICE,
  // 考核: the office sets the weights; the office and leadership read the sheet and its evidence.
  'assessment.read': [...OFFICE, 'leadership'],
  'assessment.weights': OFFICE,
  // 申诉: a unit contests a charge against itself (filtered to its own in the service); the office decides.
  'contests.read': READERS,
  'contests.file': UNIT,
  'contests.decide': OFFICE,
} satisfies Record<string, UserRole[]>;

export type PolicyName = keyof typeof POLICIES;

export function allows(policy: PolicyName, roles: readonly UserRole[]): boolean {
  return roles.some((r) => (POLICIES[policy] as readonly UserRole[]).includes(r));
}
