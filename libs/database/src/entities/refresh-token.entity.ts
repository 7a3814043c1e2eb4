import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// A rotating refresh token. Only its SHA-256 is stored. Tokens of one login form a family: presenting a
// token that was already rotated or revoked revokes the whole family (a stolen token is then useless).
@Entity({ name: 'refresh_tokens' })
@Index('idx_refresh_family', ['familyId'])
@Index('idx_refresh_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @Column({ name: 'issued_at', type: 'datetime', precision: 3 })
  issuedAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  // rotated · logout · reuse_detected · disabled
  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason!: string | null;
}
