import type { UserRole } from '@app/contracts';

import type { NotificationEntity, NotificationPreferenceEntity } from '../entities';
import type { NewNotification } from '../repositories/notification.repository';
import type { NoticeNumbers, NotificationStore, NotificationUser, PreferenceSource } from './notification-writer';
import type { OutboundChannel } from './outbound-channel';

// In-memory collaborators of the notification writers, for their unit tests (*.spec.ts only).
export class FakeStore implements NotificationStore, PreferenceSource {
  rows: NotificationEntity[] = [];
  prefs: NotificationPreferenceEntity[] = [];

  insertMany(rows: NewNotification[]): Promise<NewNotification[]> {
    const fresh = rows.filter(
      (r) => !this.rows.some((x) => x.sourceKey === r.sourceKey && x.recipientKey === r.recipientKey),
    );
    this.rows.push(...fresh.map((r) => ({ ...r, readAt: null, sentAt: null })));
    return Promise.resolve(fresh);
  }
  unsentBySources(keys: string[]): Promise<NotificationEntity[]> {
    return Promise.resolve(this.rows.filter((r) => keys.includes(r.sourceKey) && !r.sentAt && r.userId));
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
