import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Security-relevant events outside the matter record: logins, lock-outs, refusals, token misuse, user and
// roster administration. Never holds a password or a token.
@Entity({ name: 'audit_log' })
@Index('idx_audit_at', ['at'])
@Index('idx_audit_actor_at', ['actorUserId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  // success · failure · refused
  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 64, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  target!: string | null;

  @Column({ type: 'simple-json' })
  detail!: Record<string, unknown>;
}
