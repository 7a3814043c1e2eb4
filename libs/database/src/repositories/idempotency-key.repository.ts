import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';
import { LessThan } from 'typeorm';

import { IdempotencyKeyEntity } from '../entities/idempotency-key.entity';

export type IdempotencyClaim =
  // This request holds the key (first use, or a retry of a request that answered or was abandoned).
  | { outcome: 'proceed'; claimId: string }
  // The key is bound to another request.
  | { outcome: 'mismatch' }
  // The first request with this key has not answered yet.
  | { outcome: 'in_flight' };

// Keys kept this long after their first use; a request in flight longer than `staleMs` is taken to be abandoned
// (its process died), and a retry takes the key over.
const KEEP_MS = 24 * 3_600_000;

export class IdempotencyKeyRepository {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(IdempotencyKeyEntity);
  }

  async claim(personId: string, key: string, fingerprint: string, staleMs: number): Promise<IdempotencyClaim> {
    const now = new Date();
    const claimId = randomUUID();
    await this.repo
      .createQueryBuilder()
      .insert()
      .values({ personId, key, fingerprint, state: 'in_flight', claimId, status: null, createdAt: now, updatedAt: now })
      .orIgnore()
      .execute();
    const row = await this.repo.findOneBy({ personId, key });
    if (!row) {
      // Purged between the two statements: a retry starts afresh.
      return this.claim(personId, key, fingerprint, staleMs);
    }
    if (row.claimId === claimId) {
      return { outcome: 'proceed', claimId };
    }
    if (row.fingerprint !== fingerprint) {
      return { outcome: 'mismatch' };
    }
    if (row.state === 'in_flight' && now.getTime() - row.updatedAt.getTime() < staleMs) {
      return { outcome: 'in_flight' };
    }
    // A retry: it holds the key while it runs, so a third copy sent meanwhile is told it is in flight.
    const taken = await this.repo.update(
      { personId, key, claimId: row.claimId },
      { state: 'in_flight', claimId, updatedAt: now },
    );
    return taken.affected === 1 ? { outcome: 'proceed', claimId } : { outcome: 'in_flight' };
  }

  // The request answered: the key stays bound to it.
  async complete(personId: string, key: string, claimId: string, status: number): Promise<void> {
    await this.repo.update({ personId, key, claimId }, { state: 'done', status, updatedAt: new Date() });
  }

  // The request was refused: the key is free again, as if never used.
  async release(personId: string, key: string, claimId: string): Promise<void> {
    await this.repo.delete({ personId, key, claimId });
  }

  async purgeExpired(now = Date.now()): Promise<void> {
    await this.repo.delete({ createdAt: LessThan(new Date(now - KEEP_MS)) });
  }
}
