import { envOf, temporalConfig } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';

// Each check has its own deadline, so /health answers within about two seconds while Temporal is down.
export const HEALTH_CHECK_TIMEOUT_MS = Number(process.env.HEALTH_CHECK_TIMEOUT_MS ?? 1_500);

// A worker polls its task queue continuously (a long poll lasts up to about a minute and is renewed at once);
// a queue whose last poll is older than this has no live worker (stopped, crashed or frozen).
const WORKER_STALE_MS = Number(process.env.HEALTH_WORKER_STALE_MS ?? 75_000);

export function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class TemporalHealthIndicator {
  private readonly taskQueue: string;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly indicators: HealthIndicatorService,
    config: ConfigService,
  ) {
    this.taskQueue = temporalConfig(envOf(config)).taskQueue;
  }

  private rpc<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + HEALTH_CHECK_TIMEOUT_MS;
    return withTimeout(what, HEALTH_CHECK_TIMEOUT_MS, this.client.connection.withDeadline(deadline, fn));
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const info = await this.rpc('Temporal', async () => {
        await this.client.connection.ensureConnected();
        const system = await this.client.workflowService.getSystemInfo({});
        await this.client.workflowService.describeNamespace({ namespace: this.client.options.namespace });
        return system;
      });
      return indicator.up({ serverVersion: info.serverVersion || 'unknown', namespace: this.client.options.namespace });
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }

  // The worker is seen through its task queue's pollers (Temporal's own view): up while one polled recently.
  async checkWorker(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const res = await this.rpc('Temporal (task queue)', () =>
        this.client.workflowService.describeTaskQueue({
          namespace: this.client.options.namespace,
          taskQueue: { name: this.taskQueue },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        }),
      );
      const lastPoll = Math.max(
        0,
        ...(res.pollers ?? []).map((p) =>
          p.lastAccessTime?.seconds ? Number(p.lastAccessTime.seconds) * 1000 + (p.lastAccessTime.nanos ?? 0) / 1e6 : 0,
        ),
      );
      const ageMs = lastPoll > 0 ? Date.now() - lastPoll : undefined;
      const details = { taskQueue: this.taskQueue, pollers: res.pollers?.length ?? 0, lastPollAgeMs: ageMs };
      if (ageMs === undefined || ageMs > WORKER_STALE_MS) {
        return indicator.down({ ...details, message: 'no worker has polled the task queue recently' });
      }
      return indicator.up(details);
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}
