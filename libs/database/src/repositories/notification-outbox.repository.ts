import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';
import { In, IsNull } from 'typeorm';

import { NotificationEntity, NotificationOutboxEntity } from '../entities';

// One message to enqueue for the inbox row (source, recipient) that it delivers.
export interface OutboxItem {
  sourceKey: string;
  recipientKey: string;
  address: string;
  subject: string;
  body: string;
}

export interface OutboxClaim {
  now: Date;
  limit: number;
  leaseMs: number;
  maxAttempts: number;
}

// A message just queued for its inbox row: due now, held by no sweeper, never tried, not sent. The fake outbox
// (libs/notifications) queues the same.
export function queuedMessage(notificationId: string, item: OutboxItem, now: Date): NotificationOutboxEntity {
  return {
    notificationId,
    address: item.address,
    subject: item.subject,
    body: item.body,
    attempts: 0,
    nextAttemptAt: now,
    claimedUntil: null,
    claimToken: null,
    lastError: null,
    createdAt: now,
    sentAt: null,
  };
}

export class NotificationOutboxRepository {
  constructor(private readonly ds: DataSource) {}

  // Idempotent: keyed by the inbox row's id, looked up by (source, recipient), so a retried writer that
  // finds its inbox rows already written still enqueues each message once. Rows already sent (by the
  // digest) are left out. Returns how many messages are queued for these items.
  async enqueue(items: OutboxItem[], now: Date): Promise<number> {
    if (items.length === 0) {
      return 0;
    }
    const stored = await this.ds.getRepository(NotificationEntity).find({
      select: { id: true, sourceKey: true, recipientKey: true, sentAt: true },
      where: {
        sourceKey: In([...new Set(items.map((i) => i.sourceKey))]),
        recipientKey: In([...new Set(items.map((i) => i.recipientKey))]),
      },
    });
    const idOf = new Map(stored.filter((r) => !r.sentAt).map((r) => [`${r.sourceKey}\n${r.recipientKey}`, r.id]));
    const rows = items.flatMap((i) => {
      const notificationId = idOf.get(`${i.sourceKey}\n${i.recipientKey}`);
      return notificationId ? [queuedMessage(notificationId, i, now)] : [];
    });
    if (rows.length > 0) {
      await this.ds.createQueryBuilder().insert().into(NotificationOutboxEntity).values(rows).orIgnore().execute();
    }
    return rows.length;
  }

  // Takes up to `limit` due messages for one sweeper: nobody else sends them until the lease ends (a sweeper
  // that dies mid-way leaves them to the next one). Oldest due first.
  async claim({ now, limit, leaseMs, maxAttempts }: OutboxClaim): Promise<NotificationOutboxEntity[]> {
    const repo = this.ds.getRepository(NotificationOutboxEntity);
    const free = '(o.claimed_until IS NULL OR o.claimed_until < :now)';
    const due = await repo
      .createQueryBuilder('o')
      .select('o.notification_id', 'id')
      .where('o.sent_at IS NULL')
      .andWhere('o.next_attempt_at <= :now')
      .andWhere('o.attempts < :maxAttempts')
      .andWhere(free)
      .orderBy('o.next_attempt_at', 'ASC')
      .limit(limit)
      .setParameters({ now, maxAttempts })
      .getRawMany<{ id: string }>();
    if (due.length === 0) {
      return [];
    }
    const token = randomUUID();
    await repo
      .createQueryBuilder('o')
      .update()
      .set({ claimedUntil: new Date(now.getTime() + leaseMs), claimToken: token })
      .where('notification_id IN (:...ids)', { ids: due.map((d) => d.id) })
      .andWhere('sent_at IS NULL')
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now })
      .execute();
    return repo.find({ where: { claimToken: token, sentAt: IsNull() }, order: { nextAttemptAt: 'ASC' } });
  }

  // The message went out: the outbox row and its inbox row are marked sent (the digest then leaves it out).
  async markSent(ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    await this.ds.transaction(async (em) => {
      await em.update(NotificationOutboxEntity, { notificationId: In(ids) }, { sentAt: at, claimedUntil: null });
      await em.update(NotificationEntity, { id: In(ids), sentAt: IsNull() }, { sentAt: at });
    });
  }

  async markFailed(id: string, attempts: number, error: string, retryAt: Date): Promise<void> {
    await this.ds
      .getRepository(NotificationOutboxEntity)
      .update(
        { notificationId: id },
        { attempts, lastError: error.slice(0, 500), nextAttemptAt: retryAt, claimedUntil: null, claimToken: null },
      );
  }

  findByNotification(ids: string[]): Promise<NotificationOutboxEntity[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return this.ds.getRepository(NotificationOutboxEntity).findBy({ notificationId: In(ids) });
  }
}
