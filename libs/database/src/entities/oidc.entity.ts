import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// One sign-in through the OIDC provider, from GET /api/auth/oidc/start to the console's session. The state is kept
// only as its SHA-256 and is used once (consumedAt); so is the handoff that carries the result to the console.
// `browserHash` binds the sign-in to the browser that started it (a cookie), against login CSRF.
@Entity({ name: 'oidc_logins' })
@Index('idx_oidc_logins_handoff', ['handoffHash'])
@Index('idx_oidc_logins_expires', ['expiresAt'])
export class OidcLoginEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'varchar', length: 64 })
  stateHash!: string;

  @Column({ name: 'browser_hash', type: 'varchar', length: 64 })
  browserHash!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 500 })
  redirectUri!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'datetime', precision: 3, nullable: true })
  consumedAt!: Date | null;

  @Column({ name: 'handoff_hash', type: 'varchar', length: 64, nullable: true })
  handoffHash!: string | null;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'handoff_expires_at', type: 'datetime', precision: 3, nullable: true })
  handoffExpiresAt!: Date | null;

  @Column({ name: 'handoff_used_at', type: 'datetime', precision: 3, nullable: true })
  handoffUsedAt!: Date | null;
}

// The provider's subject (per issuer) linked by an administrator to one of our accounts. One account has at most
// one subject per issuer; a subject belongs to one account.
@Entity({ name: 'oidc_links' })
@Index('uq_oidc_links_user', ['issuer', 'userId'], { unique: true })
export class OidcLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  issuer!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  subject!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
