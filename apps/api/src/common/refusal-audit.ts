import { envOf } from '@app/config';
import type { AuditRecord } from '@app/database';
import { AuditRepository } from '@app/database';
import type { OnModuleDestroy } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

interface Bucket {
  minute: number;
  id?: Promise<string | undefined>;
  count: number;
  written: number;
  detail: Record<string, unknown>;
}

const MINUTE_MS = 60_000;
const FLUSH_MS = 10_000;
// Buckets kept at most (a flood of distinct forged tokens from many addresses cannot grow memory without bound).
const CAPACITY = 20_000;

// Refusals (403), requests for what the caller may not see (404 on another unit's matter) and forged or dead
// tokens (401) are audited, bounded: one row per (event, who, route, minute), its `detail.count` updated with the
// occurrences of that minute. The 403 count per person also feeds the guard's refusal limit.
@Injectable()
export class RefusalAudit implements OnModuleDestroy {
  private readonly logger = new Logger(RefusalAudit.name);
  private readonly buckets = new Map<string, Bucket>();
  private readonly refusals = new Map<string, { minute: number; count: number }>();
  private readonly timer = setInterval(() => void this.flush(), FLUSH_MS);
  readonly refusalsPerMinute: number;

  constructor(
    private readonly audit: AuditRepository,
    config: ConfigService,
  ) {
    this.timer.unref();
    this.refusalsPerMinute = envOf(config).THROTTLE_REFUSALS_PER_MINUTE;
  }

  // Records one occurrence. `who` is the person's id or, without one, the client address.
  note(record: AuditRecord & { target: string }, who: string, now = Date.now()): void {
    const minute = Math.floor(now / MINUTE_MS);
    if (record.action === 'permission.refused') {
      const r = this.refusals.get(who);
      this.refusals.set(who, r && r.minute === minute ? { minute, count: r.count + 1 } : { minute, count: 1 });
    }
    const key = `${record.action}\u0000${who}\u0000${record.target}`;
    const bucket = this.buckets.get(key);
    if (bucket && bucket.minute === minute) {
      bucket.count++;
      return;
    }
    const detail = { ...(record.detail ?? {}), count: 1, minute: new Date(minute * MINUTE_MS).toISOString() };
    const fresh: Bucket = { minute, count: 1, written: 1, detail };
    fresh.id = this.audit.recordReturningId({ ...record, detail }).catch((err: unknown) => {
      this.logger.error(`audit write failed: ${String(err)}`);
      return undefined;
    });
    this.buckets.delete(key);
    this.buckets.set(key, fresh);
    if (this.buckets.size > CAPACITY) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
  }

  // 403s this person has had in the current minute.
  refusalsThisMinute(who: string, now = Date.now()): number {
    const r = this.refusals.get(who);
    return r && r.minute === Math.floor(now / MINUTE_MS) ? r.count : 0;
  }

  // Writes the counts gathered since the last flush, and forgets the minutes that are over.
  async flush(now = Date.now()): Promise<void> {
    const minute = Math.floor(now / MINUTE_MS);
    for (const [key, b] of this.buckets) {
      if (b.count > b.written) {
        const id = await b.id;
        const count = b.count;
        if (id !== undefined) {
          await this.audit
            .updateDetail(id, { ...b.detail, count })
            .catch((err: unknown) => this.logger.error(`audit update failed: ${String(err)}`));
        }
        b.written = count;
      }
      if (b.minute < minute) {
        this.buckets.delete(key);
      }
    }
    for (const [who, r] of this.refusals) {
      if (r.minute < minute) {
        this.refusals.delete(who);
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush(Number.MAX_SAFE_INTEGER);
  }
}
