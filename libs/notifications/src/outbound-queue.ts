import type { NewNotification, NotificationOutboxRepository, NotificationRepository } from '@app/database';

export type PreferenceLookup = Pick<NotificationRepository, 'preferencesFor'>;
export type OutboxStore = Pick<NotificationOutboxRepository, 'enqueue'>;

// Puts the personal rows just written into the outbox for those who want e-mail at once (an address and no
// daily digest); the digest collects the others' rows. Nothing is sent here: the command path only writes, and
// `onEnqueued` wakes the worker's sweeper without waiting for it.
export class OutboundQueue {
  constructor(
    private readonly prefs: PreferenceLookup,
    private readonly outbox: OutboxStore,
    private readonly onEnqueued: () => void = () => undefined,
    // Off when no outbound channel is configured: the inbox is then the only channel.
    private readonly enabled = true,
  ) {}

  async enqueue(
    rows: Pick<NewNotification, 'sourceKey' | 'recipientKey' | 'userId' | 'title' | 'body'>[],
    now: Date,
  ): Promise<number> {
    const personal = rows.filter((r) => r.userId);
    if (!this.enabled || personal.length === 0) {
      return 0;
    }
    const wanted = new Map(
      (await this.prefs.preferencesFor([...new Set(personal.map((r) => r.userId!))]))
        .filter((p) => p.email && !p.dailyDigest)
        .map((p) => [p.userId, p.email!]),
    );
    const items = personal.flatMap((r) => {
      const address = wanted.get(r.userId!);
      return address
        ? [{ sourceKey: r.sourceKey, recipientKey: r.recipientKey, address, subject: r.title, body: r.body }]
        : [];
    });
    const queued = await this.outbox.enqueue(items, now);
    if (queued > 0) {
      this.onEnqueued();
    }
    return queued;
  }
}
