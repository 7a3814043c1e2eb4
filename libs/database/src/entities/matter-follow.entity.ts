import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// A leader following (关注) a matter: told when a unit answers on it and when it closes. 'instruction': followed
// on giving a 批示 (written with the projected event); 'manual': followed by hand. One row per matter and person.
@Entity({ name: 'matter_follows' })
@Index('idx_matter_follows_user_since', ['userId', 'since'])
export class MatterFollowEntity {
  @PrimaryColumn({ name: 'matter_id', type: 'varchar', length: 36 })
  matterId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'datetime', precision: 3 })
  since!: Date;

  @Column({ type: 'varchar', length: 16 })
  reason!: 'instruction' | 'manual';
}
