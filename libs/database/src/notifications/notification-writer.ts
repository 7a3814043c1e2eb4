import { randomUUID } from 'node:crypto';

import type {
  DailyDigestResult,
  EscalationNotice,
  EscalationNoticeResult,
  MatterEvent,
  MatterEventType,
  MatterState,
  NotifiedRecipient,
  UserRole,
} from '@app/contracts';
import { OFFICE_ROLES, UNIT_ROLES } from '@app/contracts';
import { shanghaiDate } from '@app/domain';

import type {
  NoticeNumberRepository,
  NewNotification,
  NotificationRepository,
} from '../repositories/notification.repository';
import { unitRecipient, userRecipient } from '../repositories/notification.repository';
import type { NoticeText } from './notification-texts';
import {
  cancelledText,
  closedText,
  digestText,
  dispatchedText,
  escalationText,
  extensionText,
  formatNoticeNo,
  instructionText,
  reroutedText,
  returnedText,
  submittedText,
} from './notification-texts';
import type { OutboundChannel } from './outbound-channel';

// The people the writer addresses; UserRepository satisfies it.
export interface NotificationUser {
  id: string;
  username: string;
  displayName: string;
  roles: UserRole[];
  unitCode: string | null;
  disabled: boolean;
}
export interface UserDirectory {
  list(): Promise<NotificationUser[]>;
}
export type NotificationStore = Pick<
  NotificationRepository,
  'insertMany' | 'unsentBySources' | 'markSent' | 'pendingOutbound'
>;
export type PreferenceSource = Pick<NotificationRepository, 'preferencesFor' | 'digestSubscribers'>;
export type NoticeNumbers = Pick<NoticeNumberRepository, 'allocate'>;

export interface NotificationWriterOptions {
  // Delivery problems are logged, not thrown: the inbox row is written either way.
  warn?: (message: string, meta?: Record<string, unknown>) => void;
  // A digest lists unsent notices of at most this many days (a new subscriber gets no backlog of months).
  digestWindowDays?: number;
}

// Whom one notice goes to: units (a unit-addressed row plus the unit's people in `unitRoles`) and everyone
// holding one of `roles`, wherever they sit.
interface Target {
  text: NoticeText;
  units: string[];
  unitRoles: readonly UserRole[];
  roles: readonly UserRole[];
}

type Recipient = { key: string; unitCode: string; user?: undefined } | { key: string; user: NotificationUser };

const DAY_MS = 24 * 3600 * 1000;
const hasAny = (u: NotificationUser, roles: readonly UserRole[]): boolean => roles.some((r) => u.roles.includes(r));
const activeUnits = (m: MatterState): string[] =>
  m.assignments.filter((a) => a.status !== 'withdrawn').map((a) => a.unitCode);

type EventTargets = (m: MatterState, e: MatterEvent) => Target[];
const unitTarget = (text: NoticeText, units: string[]): Target => ({ text, units, unitRoles: UNIT_ROLES, roles: [] });

// The events that tell somebody something; every other event type writes nothing.
const EVENT_TARGETS: Partial<Record<MatterEventType, EventTargets>> = {
  'matter.dispatched': (m, e) => {
    const lead = typeof e.data.leadUnitCode === 'string' ? e.data.leadUnitCode : m.leadUnitCode;
    const co = Array.isArray(e.data.coUnitCodes) ? (e.data.coUnitCodes as string[]) : m.coUnitCodes;
    const due = typeof e.data.dueDate === 'string' ? e.data.dueDate : m.dueDate;
    return [lead, ...co].map((unit) => unitTarget(dispatchedText(m, unit, unit === lead, due), [unit]));
  },
  'assignment.rerouted': (m, e) => (e.unitCode ? [unitTarget(reroutedText(m, e), [e.unitCode])] : []),
  'matter.completion_submitted': (m, e) => [
    { text: submittedText(m, e), units: [], unitRoles: [], roles: OFFICE_ROLES },
  ],
  'matter.completion_returned': (m, e) => [unitTarget(returnedText(m, e), [e.unitCode ?? m.leadUnitCode])],
  'matter.instruction_given': (m, e) => [
    { text: instructionText(m, e), units: activeUnits(m), unitRoles: UNIT_ROLES, roles: OFFICE_ROLES },
  ],
  'matter.extension_approved': (m, e) => [unitTarget(extensionText(m, e, true), [e.unitCode ?? m.leadUnitCode])],
  'matter.extension_refused': (m, e) => [unitTarget(extensionText(m, e, false), [e.unitCode ?? m.leadUnitCode])],
  'matter.closed': (m, e) => [unitTarget(closedText(m, e), activeUnits(m))],
  'matter.cancelled': (m, e) => [unitTarget(cancelledText(m, e), activeUnits(m))],
};

// 提醒 → the unit's liaison officers; 催办 → its responsible officials (and liaison officers); 督办 → its
// officials and the office director; 通报 → the convener and deputies, and the office director. The unit's
// own inbox gets every level. A breach of the office's own turnaround goes to the office director (and, at
// 通报, to leadership).
function escalationTarget(n: EscalationNotice, text: NoticeText): Target {
  if (n.office || !n.unitCode) {
    const roles: UserRole[] = n.level === 'report' ? ['office_director', 'leadership'] : ['office_director'];
    return { text, units: [], unitRoles: [], roles };
  }
  const units = [n.unitCode];
  switch (n.level) {
    case 'reminder':
      return { text, units, unitRoles: ['unit_liaison'], roles: [] };
    case 'urging':
      return { text, units, unitRoles: ['unit_leader', 'unit_liaison'], roles: [] };
    case 'supervision':
      return { text, units, unitRoles: ['unit_leader'], roles: ['office_director'] };
    case 'report':
      return { text, units, unitRoles: [], roles: ['leadership', 'office_director'] };
  }
}

// Writes inbox rows (once per source and recipient) and delivers them outbound: at once, or in the daily
// digest for people who asked for one. Plain class: the worker's activities and the API both build it.
export class NotificationWriter {
  constructor(
    private readonly users: UserDirectory,
    private readonly notifications: NotificationStore,
    private readonly notices: NoticeNumbers,
    private readonly channel: OutboundChannel,
    private readonly prefs: PreferenceSource,
    private readonly options: NotificationWriterOptions = {},
  ) {}

  async escalation(n: EscalationNotice, now: Date): Promise<EscalationNoticeResult> {
    // A 督办 is a numbered notice from the office director to a unit; the key makes the number stable.
    let noticeNo: string | null = null;
    if (n.level === 'supervision' && !n.office && n.unitCode) {
      const year = Number(shanghaiDate(now).slice(0, 4));
      noticeNo = formatNoticeNo(year, await this.notices.allocate(n.key, year, n.matterId));
    }
    const people = await this.activeUsers();
    const target = escalationTarget(n, escalationText(n, noticeNo));
    const recipients = this.resolve(target, people);
    await this.notifications.insertMany(this.rows(n.key, n.matterId, recipients, target.text, now));
    await this.deliver([n.key], now);
    return { recipients: recipients.map(toNotified), noticeNo };
  }

  async forEvents(matter: MatterState, events: MatterEvent[], now: Date): Promise<number> {
    const relevant = events.filter((e) => EVENT_TARGETS[e.type]);
    if (relevant.length === 0) {
      return 0;
    }
    const people = await this.activeUsers();
    const rows: NewNotification[] = [];
    for (const event of relevant) {
      const key = `${event.matterId}:${event.seq}`;
      for (const target of EVENT_TARGETS[event.type]!(matter, event)) {
        rows.push(...this.rows(key, event.matterId, this.resolve(target, people), target.text, now));
      }
    }
    const written = await this.notifications.insertMany(rows);
    await this.deliver([...new Set(relevant.map((e) => `${e.matterId}:${e.seq}`))], now);
    return written.length;
  }

  async sendDailyDigests(now: Date): Promise<DailyDigestResult> {
    const people = new Map((await this.activeUsers()).map((u) => [u.id, u]));
    const since = new Date(now.getTime() - (this.options.digestWindowDays ?? 7) * DAY_MS);
    const date = shanghaiDate(now);
    const result: DailyDigestResult = { users: 0, notices: 0 };
    for (const pref of await this.prefs.digestSubscribers()) {
      const person = people.get(pref.userId);
      if (!pref.email || !person) {
        continue;
      }
      const pending = await this.notifications.pendingOutbound(pref.userId, since);
      if (pending.length === 0) {
        continue;
      }
      const message = digestText(person.displayName, date, pending);
      if (await this.trySend(pref.email, message.subject, message.text, { userId: pref.userId })) {
        await this.notifications.markSent(
          pending.map((p) => p.id),
          now,
        );
        result.users++;
        result.notices += pending.length;
      }
    }
    return result;
  }

  private async activeUsers(): Promise<NotificationUser[]> {
    return (await this.users.list()).filter((u) => !u.disabled);
  }

  // Recipients of a target, each once.
  private resolve(target: Target, people: NotificationUser[]): Recipient[] {
    const out = new Map<string, Recipient>();
    for (const unitCode of target.units) {
      out.set(unitRecipient(unitCode), { key: unitRecipient(unitCode), unitCode });
      for (const user of people.filter((u) => u.unitCode === unitCode && hasAny(u, target.unitRoles))) {
        out.set(userRecipient(user.id), { key: userRecipient(user.id), user });
      }
    }
    for (const user of people.filter((u) => hasAny(u, target.roles))) {
      out.set(userRecipient(user.id), { key: userRecipient(user.id), user });
    }
    return [...out.values()];
  }

  private rows(
    sourceKey: string,
    matterId: string,
    recipients: Recipient[],
    text: NoticeText,
    now: Date,
  ): NewNotification[] {
    return recipients.map((r) => ({
      id: randomUUID(),
      sourceKey,
      recipientKey: r.key,
      userId: r.user ? r.user.id : null,
      unitCode: r.user ? r.user.unitCode : r.unitCode,
      kind: text.kind,
      title: text.title,
      body: text.body,
      matterId,
      createdAt: now,
    }));
  }

  // Sends every personal row of these sources not yet sent to people who have an e-mail address and no
  // digest. A retry resends only what the last attempt did not get out. Public: the campaign notices use it too.
  async deliver(sourceKeys: string[], now: Date): Promise<void> {
    const unsent = await this.notifications.unsentBySources(sourceKeys);
    const userIds = [...new Set(unsent.map((r) => r.userId!))];
    const prefs = new Map((await this.prefs.preferencesFor(userIds)).map((p) => [p.userId, p]));
    const sent: string[] = [];
    for (const row of unsent) {
      const pref = prefs.get(row.userId!);
      if (pref?.email && !pref.dailyDigest && (await this.trySend(pref.email, row.title, row.body, { id: row.id }))) {
        sent.push(row.id);
      }
    }
    await this.notifications.markSent(sent, now);
  }

  private async trySend(to: string, subject: string, text: string, meta: Record<string, unknown>): Promise<boolean> {
    try {
      await this.channel.send(to, subject, text);
      return true;
    } catch (err) {
      this.options.warn?.('outbound notification not delivered', {
        ...meta,
        error: err instanceof Error ? err.message : String(err),
      });
      return false;
    }
  }
}

function toNotified(r: Recipient): NotifiedRecipient {
  return r.user
    ? { userId: r.user.id, username: r.user.username, unitCode: r.user.unitCode, channel: 'inbox' }
    : { userId: null, username: null, unitCode: r.unitCode, channel: 'inbox' };
}
