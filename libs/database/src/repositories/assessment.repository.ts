import type { AssessmentEvidenceEvent, AssessmentWeights } from '@app/contracts';
import { OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import type { DataSource } from 'typeorm';

import {
  AssessmentWeightsEntity,
  CampaignEntity,
  CampaignUnitEntity,
  EscalationEntity,
  FilingEntity,
  MatterAssignmentEntity,
  MatterEntity,
  MatterEventEntity,
} from '../entities';
import { OVERDUE_STANDS_SQL } from './charge-contest.sql';
import { ASSIGNMENT_OVERDUE_SQL, isoInstant, num, OPEN_STATUSES } from './supervision-read.helpers';
import type { YearScope } from './supervision-read.repository';

type Raw = Record<string, unknown>;

// Per unit: acknowledgements missed (window passed, none yet), feedback (acknowledged assignments, those with
// a missed progress report), 通报, information adopted.
export interface AssessmentYearCounts {
  ackMissed: Map<string, number>;
  feedback: Map<string, { due: number; missed: number }>;
  reports: Map<string, number>;
  informationAdopted: Map<string, number>;
  // The year's summary campaign: its due date, and each unit's latest submission (null: none).
  summary: { dueDate: string; submittedAt: Map<string, Date | null> } | null;
}

export interface WeightsRow {
  year: number;
  weights: AssessmentWeights;
  setBy: string;
  setAt: Date;
  reason: string;
}

export interface EvidenceAssignmentRow {
  matterId: string;
  code: string;
  title: string;
  status: string;
  leadUnitCode: string;
  dueDate: string;
  chargedDueDate: string | null;
  assignmentStatus: string;
  assignedAt: string;
  acknowledgedAt: string | null;
  acknowledgedOnTime: boolean | null;
  ackDueAt: string | null;
  returnCount: number;
  closedAt: string | null;
  closedOnTime: boolean | null;
  progressMissed: number;
}

// Event types that explain a figure. 批示 (matter.instruction_given) are never assessment content.
const EVIDENCE_EVENT_TYPES = [
  'matter.dispatched',
  'assignment.acknowledged',
  'assignment.progress_reported',
  'assignment.contributed',
  'assignment.decline_requested',
  'assignment.decline_rejected',
  'assignment.rerouted',
  'matter.completion_submitted',
  'matter.completion_returned',
  'matter.closed',
  'matter.extension_requested',
  'matter.extension_approved',
  'matter.extension_refused',
  'matter.lead_reassigned',
  'supervision.clock_started',
  'supervision.clock_paused',
  'supervision.clock_resumed',
  'supervision.light_changed',
  'supervision.escalated',
];
const EVIDENCE_LIMIT = 200;

const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : isoInstant(v));
const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(num(v)));

// 考核's own reads: the office's weights, the figures the scorecard does not hold, and the evidence rows. The
// scorecard's figures (acknowledged on time, closures, returns) come from SupervisionReadRepository.unitScorecard.
export class AssessmentRepository {
  constructor(private readonly ds: DataSource) {}

  async findWeights(year: number): Promise<WeightsRow | null> {
    const row = await this.ds.getRepository(AssessmentWeightsEntity).findOneBy({ year });
    return row && { ...row, weights: row.weights as AssessmentWeights };
  }

  async saveWeights(row: WeightsRow): Promise<void> {
    await this.ds.getRepository(AssessmentWeightsEntity).save({ ...row });
  }

  async yearCounts(year: number, scope: YearScope, now: Date): Promise<AssessmentYearCounts> {
    const [ackMissed, feedback, reports, information, summary] = await Promise.all([
      this.assignedIn(scope)
        .andWhere('a.acknowledged_at IS NULL AND a.ack_due_at < :now', { now })
        .select('a.unit_code', 'unit_code')
        .addSelect('COUNT(*)', 'n')
        .groupBy('a.unit_code')
        .getRawMany<Raw>(),
      this.assignedIn(scope)
        .andWhere('a.acknowledged_at IS NOT NULL')
        .select('a.unit_code', 'unit_code')
        .addSelect('COUNT(*)', 'n')
        .addSelect(`SUM(CASE WHEN ${PROGRESS_MISSED} THEN 1 ELSE 0 END)`, 'missed')
        .groupBy('a.unit_code')
        .getRawMany<Raw>(),
      this.ds
        .getRepository(EscalationEntity)
        .createQueryBuilder('e')
        .where("e.level = 'report' AND e.at >= :from AND e.at < :to", scope)
        .andWhere('e.unit_code IS NOT NULL')
        .select('e.unit_code', 'unit_code')
        .addSelect('COUNT(*)', 'n')
        .groupBy('e.unit_code')
        .getRawMany<Raw>(),
      this.adoptedIn(scope)
        .select('f.unit_code', 'unit_code')
        .addSelect('COUNT(*)', 'n')
        .groupBy('f.unit_code')
        .getRawMany<Raw>(),
      this.summaryOf(year),
    ]);
    const counts = (rows: Raw[]) => new Map(rows.map((r) => [r.unit_code as string, num(r.n)]));
    return {
      ackMissed: counts(ackMissed),
      feedback: new Map(feedback.map((r) => [r.unit_code as string, { due: num(r.n), missed: num(r.missed) }])),
      reports: counts(reports),
      informationAdopted: counts(information),
      summary,
    };
  }

  // The unit's assignments given in the year, with what the figures read of them.
  async assignmentsOf(unitCode: string, scope: YearScope): Promise<EvidenceAssignmentRow[]> {
    const rows = await this.assignedIn(scope)
      .andWhere('a.unit_code = :unitCode', { unitCode })
      .select(this.assignmentColumns())
      .orderBy('a.assigned_at', 'ASC')
      .limit(EVIDENCE_LIMIT)
      .getRawMany<Raw>();
    return rows.map(toAssignmentRow);
  }

  // Matters the unit leads counted for 按期办结率: closed in the year, or open and past a charged date in it.
  async closuresOf(unitCode: string, scope: YearScope, today: string): Promise<EvidenceAssignmentRow[]> {
    const rows = await this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(MatterEntity, 'm', 'm.id = a.matter_id')
      .where("a.unit_code = :unitCode AND a.role = 'lead' AND m.lead_unit_code = :unitCode", { unitCode })
      .andWhere(
        `((m.status = 'closed' AND m.closed_at >= :from AND m.closed_at < :to) OR
          (m.charged_due_date < :today AND m.charged_due_date >= :fromDate AND m.charged_due_date <= :toDate))`,
        { ...scope, today },
      )
      .select(this.assignmentColumns())
      .orderBy('m.due_date', 'ASC')
      .limit(EVIDENCE_LIMIT)
      .getRawMany<Raw>();
    // A unit that led, was re-routed and led again has two lead rows: one matter, one line.
    const seen = new Set<string>();
    return rows.map(toAssignmentRow).filter((r) => !seen.has(r.matterId) && seen.add(r.matterId));
  }

  // Open assignments it answers for whose charged due date has passed: why the unit is red.
  async redOf(unitCode: string, today: string): Promise<EvidenceAssignmentRow[]> {
    const rows = await this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(MatterEntity, 'm', 'm.id = a.matter_id')
      .where('a.unit_code = :unitCode', { unitCode })
      .andWhere('a.status IN (:...openAssignmentStatuses)', { openAssignmentStatuses: OPEN_ASSIGNMENT_STATUSES })
      .andWhere('m.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES })
      .andWhere(ASSIGNMENT_OVERDUE_SQL, { today })
      // A charge withdrawn on a contest (申诉) is no reason for the light.
      .andWhere(OVERDUE_STANDS_SQL('a.matter_id', 'a.unit_code'))
      .select(this.assignmentColumns())
      .orderBy('a.charged_due_date', 'ASC')
      .limit(EVIDENCE_LIMIT)
      .getRawMany<Raw>();
    return rows.map(toAssignmentRow);
  }

  async reportsOf(unitCode: string, scope: YearScope): Promise<{ matterId: string; seq: number }[]> {
    const rows = await this.ds
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .where("e.level = 'report' AND e.unit_code = :unitCode AND e.at >= :from AND e.at < :to", {
        unitCode,
        ...scope,
      })
      .select(['e.matter_id AS matter_id', 'e.seq AS seq'])
      .orderBy('e.at', 'ASC')
      .limit(EVIDENCE_LIMIT)
      .getRawMany<Raw>();
    return rows.map((r) => ({ matterId: r.matter_id as string, seq: num(r.seq) }));
  }

  async mattersById(ids: string[]): Promise<Map<string, { code: string; title: string; dueDate: string }>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.ds
      .getRepository(MatterEntity)
      .createQueryBuilder('m')
      .where('m.id IN (:...ids)', { ids })
      .select(['m.id AS id', 'm.code AS code', 'm.title AS title', 'm.due_date AS due_date'])
      .getRawMany<Raw>();
    return new Map(
      rows.map((r) => [
        r.id as string,
        { code: r.code as string, title: r.title as string, dueDate: r.due_date as string },
      ]),
    );
  }

  async adoptedOf(unitCode: string, scope: YearScope): Promise<{ id: string; title: string; filedAt: string }[]> {
    const rows = await this.adoptedIn(scope)
      .andWhere('f.unit_code = :unitCode', { unitCode })
      .select(['f.id AS id', 'f.title AS title', 'f.filed_at AS filed_at'])
      .orderBy('f.filed_at', 'ASC')
      .limit(EVIDENCE_LIMIT)
      .getRawMany<Raw>();
    return rows.map((r) => ({ id: r.id as string, title: r.title as string, filedAt: isoInstant(r.filed_at) }));
  }

  // The matters' events that explain a unit's figures: the unit's own, and the matter's (unit-less) ones.
  async eventsOf(matterIds: string[], unitCode: string): Promise<Map<string, AssessmentEvidenceEvent[]>> {
    const out = new Map<string, AssessmentEvidenceEvent[]>();
    if (matterIds.length === 0) {
      return out;
    }
    const rows = await this.ds
      .getRepository(MatterEventEntity)
      .createQueryBuilder('e')
      .where('e.matter_id IN (:...matterIds)', { matterIds })
      .andWhere('e.type IN (:...types)', { types: EVIDENCE_EVENT_TYPES })
      .andWhere('(e.unit_code IS NULL OR e.unit_code = :unitCode)', { unitCode })
      .orderBy('e.matter_id')
      .addOrderBy('e.seq')
      .getMany();
    for (const e of rows) {
      const data = e.data ?? {};
      const why = e.reason ?? (typeof data.reason === 'string' ? data.reason : null);
      const level = typeof data.level === 'string' ? data.level : null;
      const list = out.get(e.matterId) ?? [];
      list.push({
        seq: e.seq,
        type: e.type,
        at: e.at.toISOString(),
        reason: why,
        level,
      });
      out.set(e.matterId, list);
    }
    return out;
  }

  private assignedIn(scope: YearScope) {
    return this.ds
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(MatterEntity, 'm', 'm.id = a.matter_id')
      .where("a.status <> 'withdrawn'")
      .andWhere('a.assigned_at >= :from AND a.assigned_at < :to', scope);
  }

  private adoptedIn(scope: YearScope) {
    return this.ds
      .getRepository(FilingEntity)
      .createQueryBuilder('f')
      .where("f.kind = 'information' AND f.selected_for_briefing = :adopted", { adopted: true })
      .andWhere('f.filed_at >= :from AND f.filed_at < :to', scope);
  }

  private assignmentColumns(): string[] {
    return [
      'm.id AS matter_id',
      'm.code AS code',
      'm.title AS title',
      'm.status AS status',
      'm.lead_unit_code AS lead_unit_code',
      'm.due_date AS due_date',
      'a.charged_due_date AS charged_due_date',
      'a.status AS assignment_status',
      'a.assigned_at AS assigned_at',
      'a.acknowledged_at AS acknowledged_at',
      'a.acknowledged_on_time AS acknowledged_on_time',
      'a.ack_due_at AS ack_due_at',
      'a.return_count AS return_count',
      'm.closed_at AS closed_at',
      'm.closed_on_time AS closed_on_time',
      `(CASE WHEN ${PROGRESS_MISSED} THEN 1 ELSE 0 END) AS progress_missed`,
    ];
  }

  private async summaryOf(year: number): Promise<AssessmentYearCounts['summary']> {
    const campaign = await this.ds.getRepository(CampaignEntity).findOneBy({ kind: 'summary', year });
    if (!campaign) {
      return null;
    }
    const units = await this.ds.getRepository(CampaignUnitEntity).findBy({ campaignId: campaign.id });
    return {
      dueDate: campaign.dueDate,
      submittedAt: new Map(
        units.map((u) => [u.unitCode, u.status === 'submitted' || u.status === 'accepted' ? u.submittedAt : null]),
      ),
    };
  }
}

// 反馈及时率's miss: a progress report the unit missed on this matter (the ladder escalated it).
const PROGRESS_MISSED = `EXISTS (SELECT 1 FROM escalations pe WHERE pe.matter_id = a.matter_id
  AND pe.unit_code = a.unit_code AND pe.reason = 'progress_missed')`;

function toAssignmentRow(r: Raw): EvidenceAssignmentRow {
  return {
    matterId: r.matter_id as string,
    code: r.code as string,
    title: r.title as string,
    status: r.status as string,
    leadUnitCode: r.lead_unit_code as string,
    dueDate: r.due_date as string,
    chargedDueDate: (r.charged_due_date as string | null) ?? null,
    assignmentStatus: r.assignment_status as string,
    assignedAt: isoInstant(r.assigned_at),
    acknowledgedAt: isoOrNull(r.acknowledged_at),
    acknowledgedOnTime: bool(r.acknowledged_on_time),
    ackDueAt: isoOrNull(r.ack_due_at),
    returnCount: num(r.return_count),
    closedAt: isoOrNull(r.closed_at),
    closedOnTime: bool(r.closed_on_time),
    progressMissed: num(r.progress_missed),
  };
}
