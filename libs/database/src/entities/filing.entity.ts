import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

import { RecordedEventColumns } from './recorded-event.columns';

// Major-matter filings (重大事项抄送, kind major_matter) and information items (信息报送, kind information)
// share one table: same life (submitted → reviewed | returned), same readers.
@Entity({ name: 'filings' })
@Index('idx_filings_kind_status_filed', ['kind', 'status', 'filedAt'])
@Index('idx_filings_unit_filed', ['unitCode', 'filedAt'])
@Index('idx_filings_kind_selected_date', ['kind', 'selectedForBriefing', 'eventDate'])
export class FilingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ type: 'simple-json' })
  attachments!: { title: string; url: string }[];

  // Calendar date of the event reported, YYYY-MM-DD.
  @Column({ name: 'event_date', type: 'varchar', length: 10 })
  eventDate!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'selected_for_briefing', type: 'boolean', default: false })
  selectedForBriefing!: boolean;

  @Column({ name: 'filed_by', type: 'varchar', length: 64 })
  filedBy!: string;

  @Column({ name: 'filed_at', type: 'datetime', precision: 3 })
  filedAt!: Date;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 64, nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

// The name the briefings slice reads information items by: the same rows, kind 'information'.
export { FilingEntity as InformationItemEntity };

// Every state change of a filing (filed, reviewed, returned, selected for briefing). Append-only.
@Entity({ name: 'filing_events' })
@Index('idx_filing_events_owner', ['filingId', 'id'])
export class FilingEventEntity extends RecordedEventColumns {
  @Column({ name: 'filing_id', type: 'varchar', length: 36 })
  filingId!: string;
}
