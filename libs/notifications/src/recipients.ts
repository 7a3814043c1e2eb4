import type {
  EscalationNotice,
  MatterEvent,
  MatterEventType,
  MatterState,
  NotifiedRecipient,
  UserRole,
} from '@app/contracts';
import { OFFICE_ROLES, UNIT_ROLES } from '@app/contracts';
import { unitRecipient, userRecipient } from '@app/database';
import type { UnitNames } from '@app/domain';
import type { CampaignNotice } from '@app/workflow-api';

import type { NoticeText } from './notification-texts';
import {
  cancelledText,
  closedText,
  dispatchedText,
  draftPreparedText,
  draftReturnedText,
  extensionText,
  instructionText,
  reroutedText,
  returnedText,
  submittedText,
} from './notification-texts';

// The people a notice may reach; UserRepository satisfies the directory.
export interface NotificationUser {
  id: string;
  username: string;
  displayName: string;
  roles: UserRole[];
  unitCode: string | null;
  disabled: boolean;
}
export interface RecipientDirectory {
  // Active people in any of the units or holding any of the roles (a superset: `resolve` picks exactly).
  recipientsFor(unitCodes: readonly string[], roles: readonly UserRole[]): Promise<NotificationUser[]>;
  // A person's display name by login name (who asked for a manual urge), null when no user has it.
  displayNameOf?(username: string): Promise<string | null>;
}

// Whom one notice goes to: units (a unit-addressed row plus the unit's people in `unitRoles`) and everyone
// holding one of `roles`, wherever they sit.
export interface Target {
  text: NoticeText;
  units: string[];
  unitRoles: readonly UserRole[];
  roles: readonly UserRole[];
}

export type Recipient = { key: string; unitCode: string; user?: undefined } | { key: string; user: NotificationUser };

const activeUnits = (m: MatterState): string[] =>
  m.assignments.filter((a) => a.status !== 'withdrawn').map((a) => a.unitCode);
const unitTarget = (text: NoticeText, units: string[]): Target => ({ text, units, unitRoles: UNIT_ROLES, roles: [] });

type EventTargets = (m: MatterState, e: MatterEvent, names: UnitNames) => Target[];

// The events that tell somebody something; every other event type writes nothing.
export const EVENT_TARGETS: Partial<Record<MatterEventType, EventTargets>> = {
  'matter.dispatched': (m, e, names) => {
    const lead = typeof e.data.leadUnitCode === 'string' ? e.data.leadUnitCode : m.leadUnitCode;
    const co = Array.isArray(e.data.coUnitCodes) ? (e.data.coUnitCodes as string[]) : m.coUnitCodes;
    const due = typeof e.data.dueDate === 'string' ? e.data.dueDate : m.dueDate;
    return [lead, ...co].map((unit) => unitTarget(dispatchedText(m, unit, unit === lead, due, names), [unit]));
  },
  'assignment.rerouted': (m, e, names) => (e.unitCode ? [unitTarget(reroutedText(m, e, names), [e.unitCode])] : []),
  'matter.completion_submitted': (m, e, names) => [
    { text: submittedText(m, e, names), units: [], unitRoles: [], roles: OFFICE_ROLES },
  ],
  'matter.completion_returned': (m, e) => [unitTarget(returnedText(m, e), [e.unitCode ?? m.leadUnitCode])],
  // Inside the unit (its own inbox and the people named): the leader has a draft to decide; the liaisons have it back.
  'assignment.draft_prepared': (m, e) => [
    { text: draftPreparedText(m, e), units: [e.unitCode ?? m.leadUnitCode], unitRoles: ['unit_leader'], roles: [] },
  ],
  'assignment.draft_returned': (m, e) => [
    { text: draftReturnedText(m, e), units: [e.unitCode ?? m.leadUnitCode], unitRoles: ['unit_liaison'], roles: [] },
  ],
  'matter.instruction_given': (m, e) => [
    { text: instructionText(m, e), units: activeUnits(m), unitRoles: UNIT_ROLES, roles: OFFICE_ROLES },
  ],
  'matter.extension_approved': (m, e) => [unitTarget(extensionText(m, e, true), [e.unitCode ?? m.leadUnitCode])],
  'matter.extension_refused': (m, e) => [unitTarget(extensionText(m, e, false), [e.unitCode ?? m.leadUnitCode])],
  'matter.closed': (m, e) => [unitTarget(closedText(m, e), activeUnits(m))],
  'matter.cancelled': (m, e) => [unitTarget(cancelledText(m, e), activeUnits(m))],
};

// The people following (关注) a matter; MatterFollowRepository satisfies it.
export interface FollowerDirectory {
  followersOf(matterId: string): Promise<{ user: NotificationUser; since: Date }[]>;
}

// The followers told of an event: each active one whose follow began by the time of the event, except those the
// event's other notices reach already (one notice per person per event).
export function followerRecipients(
  followers: { user: NotificationUser; since: Date }[],
  e: MatterEvent,
  told: ReadonlySet<string>,
): Recipient[] {
  const at = Date.parse(e.at);
  return followers
    .filter((f) => !f.user.disabled && f.since.getTime() <= at && !told.has(userRecipient(f.user.id)))
    .map((f) => ({ key: userRecipient(f.user.id), user: f.user }));
}

// The ladder's audiences, for a matter's escalations and a campaign's reminders alike: 提醒 → the unit's
// liaison officers; 催办 → its responsible officials (and liaison officers); 督办 → its officials and the office
// director; 通报 → the convener and deputies, and the office director. The unit's own inbox gets every level.
function ladderAudience(level: EscalationNotice['level'] | CampaignNotice['level']): Omit<Target, 'text' | 'units'> {
  switch (level) {
    case 'pre':
    case 'reminder':
      return { unitRoles: ['unit_liaison'], roles: [] };
    case 'urging':
      return { unitRoles: ['unit_leader', 'unit_liaison'], roles: [] };
    case 'supervision':
      return { unitRoles: ['unit_leader'], roles: ['office_director'] };
    case 'report':
      return { unitRoles: [], roles: ['leadership', 'office_director'] };
  }
}

// A breach of the office's own turnaround goes to the office director (and, at 通报, to leadership).
export function escalationTarget(n: EscalationNotice, text: NoticeText): Target {
  if (n.office || !n.unitCode) {
    const roles: UserRole[] = n.level === 'report' ? ['office_director', 'leadership'] : ['office_director'];
    return { text, units: [], unitRoles: [], roles };
  }
  return { text, units: [n.unitCode], ...ladderAudience(n.level) };
}

export function campaignTarget(n: CampaignNotice, text: NoticeText): Target {
  return { text, units: [n.unitCode], ...ladderAudience(n.level) };
}

// Everyone the targets may reach, in one query (by unit and role, never the whole users table).
export function peopleFor(directory: RecipientDirectory, targets: Target[]): Promise<NotificationUser[]> {
  const units = new Set(targets.filter((t) => t.unitRoles.length > 0).flatMap((t) => t.units));
  const roles = new Set(targets.flatMap((t) => t.roles));
  if (units.size === 0 && roles.size === 0) {
    return Promise.resolve([]);
  }
  return directory.recipientsFor([...units], [...roles]);
}

// Whom the roster names (the recorded entries in effect that link a user account): for a unit's role, the unit's
// notices for that role go to them instead of the unit's holders of the role; for a conference role (leadership),
// likewise. Undefined: the roster names nobody there, and the role holders are told as before.
export interface RosterRouting {
  forUnit(unitCode: string, role: UserRole): NotificationUser[] | undefined;
  forRole(role: UserRole): NotificationUser[] | undefined;
}
export const NO_ROUTING: RosterRouting = { forUnit: () => undefined, forRole: () => undefined };

// Recipients of a target, each once.
export function resolve(target: Target, people: NotificationUser[], routing: RosterRouting = NO_ROUTING): Recipient[] {
  const active = people.filter((u) => !u.disabled);
  const out = new Map<string, Recipient>();
  const add = (users: NotificationUser[]): void => {
    for (const user of users.filter((u) => !u.disabled)) {
      out.set(userRecipient(user.id), { key: userRecipient(user.id), user });
    }
  };
  for (const unitCode of target.units) {
    out.set(unitRecipient(unitCode), { key: unitRecipient(unitCode), unitCode });
    for (const role of target.unitRoles) {
      add(routing.forUnit(unitCode, role) ?? active.filter((u) => u.unitCode === unitCode && u.roles.includes(role)));
    }
  }
  for (const role of target.roles) {
    add(routing.forRole(role) ?? active.filter((u) => u.roles.includes(role)));
  }
  return [...out.values()];
}

export function toNotified(r: Recipient): NotifiedRecipient {
  return r.user
    ? { userId: r.user.id, username: r.user.username, unitCode: r.user.unitCode, channel: 'inbox' }
    : { userId: null, username: null, unitCode: r.unitCode, channel: 'inbox' };
}
