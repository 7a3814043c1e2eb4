import type { NotificationRepository } from '@app/database';
import { shanghaiDate } from '@app/domain';
import type { DailyDigestResult } from '@app/workflow-api';

import { digestText } from './notification-texts';
import type { OutboundChannel } from './outbound-channel';
import type { NotificationUser } from './recipients';

export interface DigestPeople {
  activeByIds(ids: readonly string[]): Promise<NotificationUser[]>;
}
export type DigestStore = Pick<NotificationRepository, 'digestSubscribers' | 'pendingOutbound' | 'markSent'>;

export interface DailyDigestOptions {
  // A digest lists unsent notices of at most this many days (a new subscriber gets no backlog of months).
  digestWindowDays?: number;
  // Delivery problems are logged, not thrown: the next run sends what this one did not.
  warn?: (message: string, meta?: Record<string, unknown>) => void;
}

const DAY_MS = 24 * 3600 * 1000;

// The daily digest: one message per subscriber listing their notices not yet sent outbound. Runs from the
// daily digest workflow's activity, never on a command's path.
export class DailyDigestSender {
  constructor(
    private readonly people: DigestPeople,
    private readonly notifications: DigestStore,
    private readonly channel: OutboundChannel,
    private readonly options: DailyDigestOptions = {},
  ) {}

  async sendDailyDigests(now: Date): Promise<DailyDigestResult> {
    const subscribers = (await this.notifications.digestSubscribers()).filter((p) => p.email);
    const people = new Map((await this.people.activeByIds(subscribers.map((p) => p.userId))).map((u) => [u.id, u]));
    const since = new Date(now.getTime() - (this.options.digestWindowDays ?? 7) * DAY_MS);
    const date = shanghaiDate(now);
    const result: DailyDigestResult = { users: 0, notices: 0 };
    for (const pref of subscribers) {
      const person = people.get(pref.userId);
      if (!person || person.disabled) {
        continue;
      }
      const pending = await this.notifications.pendingOutbound(pref.userId, since);
      if (pending.length === 0) {
        continue;
      }
      const message = digestText(person.displayName, date, pending);
      try {
        await this.channel.send(pref.email!, message.subject, message.text);
      } catch (err) {
        this.options.warn?.('daily digest not delivered', {
          userId: pref.userId,
          error: err instanceof Error ? err.message : String(err),
        });
        continue;
      }
      await this.notifications.markSent(
        pending.map((p) => p.id),
        now,
      );
      result.users++;
      result.notices += pending.length;
    }
    return result;
  }
}
