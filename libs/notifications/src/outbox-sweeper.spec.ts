import { FakeChannel, FakeOutbox, FakeStore } from './notification.fakes';
import { OutboxSweeper } from './outbox-sweeper';

const NOW = new Date('2026-03-05T00:00:00.000Z');

// A channel that takes `ms` per message, as a slow mail server does.
class SlowChannel extends FakeChannel {
  constructor(private readonly ms: number) {
    super();
  }
  override async send(to: string, subject: string, text: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.ms));
    return super.send(to, subject, text);
  }
}

async function queued(n: number): Promise<FakeOutbox> {
  const store = new FakeStore();
  const outbox = new FakeOutbox(store);
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    sourceKey: `k${i}`,
    recipientKey: `user:u${i}`,
    userId: `u${i}`,
    unitCode: null,
    kind: 'escalation',
    title: `t${i}`,
    body: 'b',
    matterId: null,
    createdAt: NOW,
  }));
  await store.insertMany(rows);
  await outbox.enqueue(
    rows.map((r) => ({
      sourceKey: r.sourceKey,
      recipientKey: r.recipientKey,
      address: `${r.userId}@x.cn`,
      subject: r.title,
      body: r.body,
    })),
    NOW,
  );
  return outbox;
}

describe(OutboxSweeper.name, () => {
  it('drains the outbox in rounds of batchSize, sending a few at a time', async () => {
    const outbox = await queued(7);
    const channel = new FakeChannel();
    const sut = new OutboxSweeper(outbox, channel, { batchSize: 3, parallel: 2 });
    await expect(sut.drain(() => NOW)).resolves.toBe(7);
    expect(channel.sent.map((m) => m.subject).sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    expect(outbox.messages.every((m) => m.sentAt)).toBe(true);
  });

  it('returns from kick at once and delivers in the background; stop waits for the round in flight', async () => {
    const outbox = await queued(2);
    const channel = new SlowChannel(200);
    const sut = new OutboxSweeper(outbox, channel, { intervalMs: 60_000 });
    const t0 = Date.now();
    sut.start();
    sut.kick();
    expect(Date.now() - t0).toBeLessThan(50);
    expect(channel.sent).toEqual([]);
    await sut.stop();
    expect(channel.sent.map((m) => m.to).sort()).toEqual(['u0@x.cn', 'u1@x.cn']);
  });

  it('gives up on a message after maxAttempts and leaves it with its last error', async () => {
    const outbox = await queued(1);
    const channel = new FakeChannel();
    channel.failFor.add('u0@x.cn');
    const sut = new OutboxSweeper(outbox, channel, { maxAttempts: 2, retryBaseMs: 10 });
    await sut.sweep(NOW);
    await sut.sweep(new Date(NOW.getTime() + 10));
    await expect(sut.sweep(new Date(NOW.getTime() + 1000))).resolves.toEqual({ claimed: 0, sent: 0 });
    expect(outbox.messages[0]).toMatchObject({ attempts: 2, sentAt: null, lastError: 'mail server down' });
  });
});
