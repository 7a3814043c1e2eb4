import type {
  BriefingContent,
  CampaignDraft,
  CampaignDraftStep,
  CampaignPolicy,
  CampaignReminder,
} from '@app/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// One row per summary campaign (年度工作总结), projected from its workflow.
@Entity({ name: 'campaigns' })
@Index('uq_campaigns_kind_year', ['kind', 'year'], { unique: true })
export class CampaignEntity {
  // The workflow id, e.g. summary-campaign-2026.
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'simple-json' })
  policy!: CampaignPolicy;

  @Column({ name: 'started_by', type: 'varchar', length: 64 })
  startedBy!: string;

  @Column({ name: 'started_at', type: 'datetime', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'int' })
  seq!: number;
}

// One row per unit asked by a campaign: what the lists and the missing count read.
@Entity({ name: 'campaign_units' })
@Index('idx_campaign_units_status', ['campaignId', 'status'])
export class CampaignUnitEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  // awaiting · submitted · returned · accepted
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'summary_text', type: 'text', nullable: true })
  summaryText!: string | null;

  @Column({ type: 'simple-json' })
  attachments!: string[];

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'varchar', length: 64, nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'returned_at', type: 'datetime', precision: 3, nullable: true })
  returnedAt!: Date | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'accepted_at', type: 'datetime', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'int' })
  revisions!: number;

  @Column({ name: 'escalation_level', type: 'varchar', length: 16, nullable: true })
  escalationLevel!: string | null;

  // The reminders and escalations fired for this unit: [{ key, level, at }].
  @Column({ type: 'simple-json' })
  reminders!: CampaignReminder[];

  // Inside the unit: the liaison's draft waiting for the leader, and the steps of drafting, returning, approving.
  @Column({ type: 'simple-json', nullable: true })
  draft!: CampaignDraft | null;

  @Column({ name: 'draft_steps', type: 'simple-json', nullable: true })
  draftSteps!: CampaignDraftStep[] | null;

  @Column({ type: 'int' })
  seq!: number;
}

// 工作简报: a numbered issue per year (第N期), drafted by the office, then published to every unit.
@Entity({ name: 'briefings' })
@Index('uq_briefings_year_number', ['year', 'number'], { unique: true })
@Index('idx_briefings_status_year_number', ['status', 'year', 'number'])
export class BriefingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  // draft · published
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  // BriefingContent: foreword, items, figures, 通报 list.
  @Column({ type: 'simple-json' })
  content!: BriefingContent;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 64, nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'notices_sent', type: 'int', default: 0 })
  noticesSent!: number;
}
