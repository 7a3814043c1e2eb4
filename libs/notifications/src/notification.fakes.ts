import type { MatterEvent, MatterState, UserRole } from '@app/contracts';
import type {
  NewNotification,
  NotificationEntity,
  NotificationOutboxEntity,
  NotificationPreferenceEntity,
  OutboxClaim,
  OutboxItem,
} from '@app/database';
import { queuedMessage } from '@app/database';

import type { DigestPeople, DigestStore } from './digest-sender';
import type { NoticeNumbers, NotificationStore } from './notification-writer';
import type { OutboundChannel } from './outbound-channel';
import type { OutboxStore, PreferenceLookup } from './outbound-queue';
import type { OutboxQueue } from './outbox-sweeper';
import type { NotificationUser, RecipientDirectory } from './recipients';

// In-memory collaborators of the notification writers, for their unit tests (*.spec.ts only).
export class FakeStore implements NotificationStore, PreferenceLookup, DigestStore {
  rows: NotificationEntity[] = [];
  prefs: NotificationPreferenceEntity[] = [];

  insertMany(rows: NewNotification[]): Promise<NewNotification[]> {
    const fresh = rows.filter(
      (r) => !this.rows.some((x) => x.sourceKey === r.sourceKey && x.recipientKey === r.recipientKey),
    );
    this.rows.push(...fresh.map((r) => ({ ...r, readAt: null, sentAt: null })));
    return Promise.resolve(fresh);
  }
  markSent(ids: string[], at: Date): Promise<void> {
    this.rows.filter((r) => ids.includes(r.id) && !r.sentAt).forEach((r) => (r.sentAt = at));
    return Promise.resolve();
  }
  pendingOutbound(userId: string, since: Date): Promise<NotificationEntity[]> {
    return Promise.resolve(this.rows.filter((r) => r.userId === userId && !r.sentAt && r.createdAt >= since));
  }
  preferencesFor(userIds: string[]): Promise<NotificationPreferenceEntity[]> {
    return Promise.resolve(this.prefs.filter((p) => userIds.includes(p.userId)));
  }
  digestSubscribers(): Promise<NotificationPreferenceEntity[]> {
    return Promise.resolve(this.prefs.filter((p) => p.dailyDigest));
  }
  prefer(userId: string, email: string | null, dailyDigest = false): void {
    this.prefs.push({ userId, email, dailyDigest, updatedAt: new Date() });
  }
  recipientsOf(sourceKey: string): string[] {
    return this.rows
      .filter((r) => r.sourceKey === sourceKey)
      .map((r) => r.recipientKey)
      .sort();
  }
}

// The outbox over a FakeStore's inbox rows, as NotificationOutboxRepository keeps it.
export class FakeOutbox implements OutboxStore, OutboxQueue {
  readonly messages: NotificationOutboxEntity[] = [];
  constructor(private readonly store: FakeStore) {}

  enqueue(items: OutboxItem[], now: Date): Promise<number> {
    let queued = 0;
    for (const i of items) {
      const row = this.store.rows.find((r) => r.sourceKey === i.sourceKey && r.recipientKey === i.recipientKey);
      if (!row || row.sentAt) {
        continue;
      }
      queued++;
      if (!this.messages.some((m) => m.notificationId === row.id)) {
        this.messages.push(queuedMessage(row.id, i, now));
      }
    }
    return Promise.resolve(queued);
  }
  claim({ now, limit, leaseMs, maxAttempts }: OutboxClaim): Promise<NotificationOutboxEntity[]> {
    const due = this.messages
      .filter((m) => !m.sentAt && m.nextAttemptAt <= now && m.attempts < maxAttempts)
      .filter((m) => !m.claimedUntil || m.claimedUntil < now)
      .slice(0, limit);
    due.forEach((m) => (m.claimedUntil = new Date(now.getTime() + leaseMs)));
    return Promise.resolve(due.map((m) => ({ ...m })));
  }
  async markSent(ids: string[], at: Date): Promise<void> {
    this.messages.filter((m) => ids.includes(m.notificationId)).forEach((m) => (m.sentAt = at));
    await this.store.markSent(ids, at);
  }
  markFailed(id: string, attempts: number, error: string, retryAt: Date): Promise<void> {
    const m = this.messages.find((x) => x.notificationId === id)!;
    Object.assign(m, { attempts, lastError: error, nextAttemptAt: retryAt, claimedUntil: null });
    return Promise.resolve();
  }
}

// The people of PEOPLE, found by unit and role as UserRepository finds them; records each query.
export class FakeDirectory implements RecipientDirectory, DigestPeople {
  readonly queries: { units: string[]; roles: string[] }[] = [];
  constructor(private readonly people: NotificationUser[] = PEOPLE) {}

  recipientsFor(units: readonly string[], roles: readonly UserRole[]): Promise<NotificationUser[]> {
    this.queries.push({ units: [...units].sort(), roles: [...roles].sort() });
    return Promise.resolve(
      this.people.filter(
        (u) => !u.disabled && ((u.unitCode && units.includes(u.unitCode)) || u.roles.some((r) => roles.includes(r))),
      ),
    );
  }
  activeByIds(ids: readonly string[]): Promise<NotificationUser[]> {
    return Promise.resolve(this.people.filter((u) => !u.disabled && ids.includes(u.id)));
  }
}

export class FakeNotices implements NoticeNumbers {
  readonly byKey = new Map<string, number>();
  readonly calls: string[] = [];
  allocate(key: string, year: number): Promise<number> {
    this.calls.push(`${key}@${year}`);
    if (!this.byKey.has(key)) {
      this.byKey.set(key, [...this.byKey.values()].length + 1);
    }
    return Promise.resolve(this.byKey.get(key)!);
  }
}

export class FakeChannel implements OutboundChannel {
  readonly sent: { to: string; subject: string; text: string }[] = [];
  failFor = new Set<string>();
  send(to: string, subject: string, text: string): Promise<void> {
    if (this.failFor.has(to)) {
      return Promise.reject(new Error('mail server down'));
    }
    this.sent.push({ to, subject, text });
    return Promise.resolve();
  }
}

export const person = (
  id: string,
  roles: UserRole[],
  unitCode: string | null = null,
  disabled = false,
): NotificationUser => ({
  id,
  username: id,
  displayName: `姓名 ${id}`,
  roles,
  unitCode,
  disabled,
});

export const PEOPLE = [
  person('justice-liaison', ['unit_liaison'], 'justice'),
  person('justice-leader', ['unit_leader'], 'justice'),
  person('justice-gone', ['unit_liaison'], 'justice', true),
  person('finance-liaison', ['unit_liaison'], 'finance'),
  person('finance-leader', ['unit_leader'], 'finance'),
  person('director', ['office_director']),
  person('staff', ['office_staff']),
  person('convener', ['leadership']),
  person('admin', ['admin']),
];

// The matter the writers' specs notify about: 2026-03, led by justice with finance helping, both in progress.
export function fakeMatter(now: Date, over: Partial<MatterState> = {}, assignedAt = now.toISOString()): MatterState {
  const assignment = (unitCode: string, role: 'lead' | 'co'): MatterState['assignments'][number] => ({
    unitCode,
    role,
    status: 'in_progress',
    assignedAt,
    percent: 0,
    progress: [],
    returnCount: 0,
  });
  return {
    matterId: 'm1',
    code: '2026-03',
    title: '开展知识产权宣传周活动',
    description: '',
    leadUnitCode: 'justice',
    coUnitCodes: ['finance'],
    dueDate: '2026-04-30',
    priority: 'normal',
    year: 2026,
    status: 'in_progress',
    light: 'green',
    originalDueDate: '2026-04-30',
    assignments: [assignment('justice', 'lead'), assignment('finance', 'co')],
    extensionCount: 0,
    createdAt: now.toISOString(),
    createdBy: 'director',
    seq: 1,
    updatedAt: now.toISOString(),
    ...over,
  };
}

// An event of that matter; `over` names who and when.
export const fakeEvent = (
  seq: number,
  type: MatterEvent['type'],
  over: Partial<MatterEvent> & Pick<MatterEvent, 'at' | 'actor'>,
): MatterEvent => ({ matterId: 'm1', seq, type, data: {}, ...over });
