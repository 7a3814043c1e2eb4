import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// An Idempotency-Key in use (IETF draft "The Idempotency-Key HTTP Header Field"): one person's key, bound to the
// fingerprint of the first request that carried it. A key is in flight until that request answers; a refused
// (4xx) request releases it, so a refusal reserves nothing. Rows older than a day are purged.
@Entity({ name: 'idempotency_keys' })
@Index('idx_idempotency_keys_created_at', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 64 })
  personId!: string;

  @PrimaryColumn({ name: 'idem_key', type: 'varchar', length: 128 })
  key!: string;

  // sha256 of method, path and canonical body.
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  // in_flight · done
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  // Which request holds an in-flight key (a request that takes over a stale one writes its own).
  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId!: string;

  @Column({ type: 'int', nullable: true })
  status!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
