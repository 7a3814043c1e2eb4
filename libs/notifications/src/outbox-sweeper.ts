import type { NotificationOutboxRepository } from '@app/database';

import type { OutboundChannel } from './outbound-channel';
import { NoopChannel } from './outbound-channel';

export type OutboxQueue = Pick<NotificationOutboxRepository, 'claim' | 'markSent' | 'markFailed'>;

export interface OutboxSweeperOptions {
  // Messages taken per round, and sent this many at a time.
  batchSize?: number;
  parallel?: number;
  // A round's claim lasts this long: longer than the channel's own timeouts (outbound-channel.ts: 20 s).
  leaseMs?: number;
  // Polls this often when nothing wakes it (another worker's notices, retries coming due).
  intervalMs?: number;
  // After this many failures a message stays in the outbox with its last error, for an operator.
  maxAttempts?: number;
  // Delay before attempt n+1: base × 2^(n-1), at most maxRetryMs.
  retryBaseMs?: number;
  maxRetryMs?: number;
  warn?: (message: string, meta?: Record<string, unknown>) => void;
}

const DEFAULTS: Required<Omit<OutboxSweeperOptions, 'warn'>> = {
  batchSize: 50,
  parallel: 4,
  leaseMs: 120_000,
  intervalMs: 5_000,
  maxAttempts: 10,
  retryBaseMs: 30_000,
  maxRetryMs: 3_600_000,
};

// Delivers the outbox in the worker, off every command's path: woken when notices are queued, and on an
// interval for retries and for rows queued by other workers. A failed message is retried with backoff; the
// inbox row was written long before and does not depend on it.
export class OutboxSweeper {
  private readonly options: Required<Omit<OutboxSweeperOptions, 'warn'>>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private started = false;

  constructor(
    private readonly outbox: OutboxQueue,
    private readonly channel: OutboundChannel,
    private readonly config: OutboxSweeperOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined)) };
  }

  // Without an outbound channel there is nothing to sweep (and rows queued elsewhere wait for a worker that has one).
  start(): void {
    if (this.started || this.channel instanceof NoopChannel) {
      return;
    }
    this.started = true;
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  // Stops polling and waits for the round in flight.
  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => 0);
  }

  // Asks for a round soon, without waiting for it; a round already running is followed by one more.
  kick(): void {
    if (!this.started) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => {
        this.config.warn?.('outbox sweep failed', { error: err instanceof Error ? err.message : String(err) });
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again && this.started) {
          this.again = false;
          this.kick();
        }
      });
  }

  // Rounds until the outbox has nothing due; returns how many messages went out.
  async drain(now: () => Date = () => new Date()): Promise<number> {
    let sent = 0;
    for (;;) {
      const round = await this.sweep(now());
      sent += round.sent;
      if (round.claimed < this.options.batchSize) {
        return sent;
      }
    }
  }

  // One round: claims due messages, sends them, records each outcome.
  async sweep(now: Date): Promise<{ claimed: number; sent: number }> {
    const { batchSize, leaseMs, maxAttempts, parallel } = this.options;
    const claimed = await this.outbox.claim({ now, limit: batchSize, leaseMs, maxAttempts });
    const sent: string[] = [];
    for (let i = 0; i < claimed.length; i += parallel) {
      await Promise.all(
        claimed.slice(i, i + parallel).map(async (m) => {
          try {
            await this.channel.send(m.address, m.subject, m.body);
            sent.push(m.notificationId);
          } catch (err) {
            const error = err instanceof Error ? err.message : String(err);
            const attempts = m.attempts + 1;
            this.config.warn?.('outbound notification not delivered', { id: m.notificationId, attempts, error });
            await this.outbox.markFailed(
              m.notificationId,
              attempts,
              error,
              new Date(now.getTime() + this.backoff(attempts)),
            );
          }
        }),
      );
    }
    await this.outbox.markSent(sent, now);
    return { claimed: claimed.length, sent: sent.length };
  }

  private backoff(attempts: number): number {
    return Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), this.options.maxRetryMs);
  }
}
