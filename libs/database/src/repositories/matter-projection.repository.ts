import type { MatterEvent, MatterState } from '@app/contracts';
import type { DataSource, EntityManager } from 'typeorm';

import { EscalationEntity, MatterAssignmentEntity, MatterEntity, MatterEventEntity } from '../entities';
import { freshInstructions, recordInstructionFollows } from './matter-follow.repository';

// Working-day figures computed by the worker with the calendar (the repository knows no calendar).
export interface ProjectionMetrics {
  assignments: {
    ackWorkingDays: number | null;
    acknowledgedOnTime: boolean | null;
    // From the accountability model (libs/domain): what the unit answers for, and the date it is charged
    // against now (null while the office holds it or once its part is done).
    duty?: 'complete' | 'contribute' | 'none';
    chargedDueDate?: string | null;
  }[];
  closeWorkingDays: number | null;
  closedOnTime: boolean | null;
  // The lead's charged completion date (null while the office holds the matter), and who answers for it.
  chargedDueDate?: string | null;
  answerableUnitCode?: string | null;
}

const NO_METRICS: ProjectionMetrics = { assignments: [], closeWorkingDays: null, closedOnTime: null };

const toDate = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

export function toMatterRow(m: MatterState, metrics: ProjectionMetrics = NO_METRICS): MatterEntity {
  const plan = m.supervision?.plan;
  return Object.assign(new MatterEntity(), {
    id: m.matterId,
    code: m.code,
    title: m.title,
    description: m.description,
    meetingId: m.meetingId ?? null,
    source: m.source ?? null,
    leadUnitCode: m.leadUnitCode,
    coUnitCodes: m.coUnitCodes,
    dueDate: m.dueDate,
    originalDueDate: m.originalDueDate,
    priority: m.priority,
    year: m.year,
    status: m.status,
    light: m.light,
    extensionPending: Boolean(m.pendingExtension),
    extensionCount: m.extensionCount,
    createdBy: m.createdBy,
    createdAt: new Date(m.createdAt),
    closedAt: toDate(m.closedAt),
    cancelledAt: toDate(m.cancelledAt),
    updatedAt: new Date(m.updatedAt),
    seq: m.seq,
    state: m,
    effectiveDueDate: plan?.effectiveDueDate ?? (m.supervision ? m.dueDate : null),
    predictedBreachAt: isOpenStatus(m.status) ? toDate(plan?.predictedBreachAt ?? undefined) : null,
    escalationLevel: isOpenStatus(m.status) ? (plan?.escalationLevel ?? null) : null,
    deadlineProvisional: Boolean(plan?.provisional),
    closedOnTime: metrics.closedOnTime,
    closeWorkingDays: metrics.closeWorkingDays,
    chargedDueDate: metrics.chargedDueDate ?? null,
    answerableUnitCode: metrics.answerableUnitCode ?? null,
  });
}

const isOpenStatus = (status: string): boolean => status === 'in_progress' || status === 'awaiting_verification';

function toAssignmentRows(m: MatterState, metrics: ProjectionMetrics): MatterAssignmentEntity[] {
  const due = m.supervision?.plan?.dueByUnit ?? {};
  const paused = (unit: string): boolean => (m.supervision?.pauses[unit] ?? []).some((p) => p.to === undefined);
  return m.assignments.map((a, position) =>
    Object.assign(new MatterAssignmentEntity(), {
      matterId: m.matterId,
      position,
      unitCode: a.unitCode,
      role: a.role,
      status: a.status,
      matterStatus: m.status,
      matterLight: m.light,
      dueDate: m.dueDate,
      percent: a.percent,
      returnCount: a.returnCount,
      assignedAt: new Date(a.assignedAt),
      acknowledgedAt: toDate(a.acknowledgedAt),
      lastProgressAt: toDate(a.lastProgressAt),
      completedAt: toDate(a.completedAt),
      ackDueAt: a.status === 'awaiting_ack' ? toDate(due[a.unitCode]?.ackDueAt) : null,
      progressDueAt: toDate(due[a.unitCode]?.progressDueAt),
      ackWorkingDays: metrics.assignments[position]?.ackWorkingDays ?? null,
      acknowledgedOnTime: metrics.assignments[position]?.acknowledgedOnTime ?? null,
      clockPaused: paused(a.unitCode),
      duty: metrics.assignments[position]?.duty ?? 'none',
      chargedDueDate: metrics.assignments[position]?.chargedDueDate ?? null,
      handlerName: a.handler?.name ?? null,
      handlerPhone: a.handler?.phone ?? null,
      seq: m.seq,
    }),
  );
}

function toEscalationRow(e: MatterEvent): EscalationEntity {
  const data = e.data as {
    level: string;
    reason: string;
    origin: string;
    office?: boolean;
    noticeNo?: string | null;
    notified?: unknown[];
  };
  return Object.assign(new EscalationEntity(), {
    matterId: e.matterId,
    seq: e.seq,
    level: data.level,
    reason: data.reason,
    origin: data.origin,
    // The office's own turnaround is not the waiting unit's delay: such rows name no unit.
    unitCode: data.office ? null : (e.unitCode ?? null),
    at: new Date(e.at),
    noticeNo: data.noticeNo ?? null,
    notified: data.notified ?? [],
  });
}

function toEventRow(e: MatterEvent): MatterEventEntity {
  return Object.assign(new MatterEventEntity(), {
    matterId: e.matterId,
    seq: e.seq,
    type: e.type,
    at: new Date(e.at),
    actorUserId: e.actor.userId,
    actorRole: e.actor.role,
    actorUnitCode: e.actor.unitCode ?? null,
    actorCapacityRoles: e.actor.capacityRoles && e.actor.capacityRoles.length > 0 ? [...e.actor.capacityRoles] : null,
    unitCode: e.unitCode ?? null,
    reason: e.reason ?? null,
    data: e.data,
  });
}

// Writes what the workflow reports. Idempotent and monotonic: events are inserted once per (matter, seq),
// and the current-state rows move only forward in seq, so retries and reordering never go backwards.
export class MatterProjectionRepository {
  constructor(private readonly ds: DataSource) {}

  async project(
    matter: MatterState,
    events: MatterEvent[],
    metrics: ProjectionMetrics = NO_METRICS,
  ): Promise<'applied' | 'stale'> {
    return this.ds.transaction(async (em) => {
      // Read before the events are inserted: only an instruction recorded now makes its leader follow the matter.
      const instructions = await freshInstructions(em, events);
      if (events.length > 0) {
        await em
          .createQueryBuilder()
          .insert()
          .into(MatterEventEntity)
          .values(events.map(toEventRow) as never[])
          .orIgnore()
          .execute();
      }
      await recordInstructionFollows(em, instructions);
      const escalations = events.filter((e) => e.type === 'supervision.escalated');
      if (escalations.length > 0) {
        await em
          .createQueryBuilder()
          .insert()
          .into(EscalationEntity)
          .values(escalations.map(toEscalationRow) as never[])
          .orIgnore()
          .execute();
      }
      const advanced = await this.advanceMatter(em, matter, metrics);
      if (advanced) {
        await em
          .getRepository(MatterAssignmentEntity)
          .upsert(toAssignmentRows(matter, metrics), ['matterId', 'position']);
      }
      return advanced ? 'applied' : 'stale';
    });
  }

  // Updates the matter row if this snapshot is newer; inserts it if there is none yet. Existence is read
  // first with a plain (non-locking) read: an UPDATE on a missing row would take an InnoDB gap lock that
  // deadlocks against concurrent first inserts of other matters.
  private async advanceMatter(em: EntityManager, matter: MatterState, metrics: ProjectionMetrics): Promise<boolean> {
    const row = toMatterRow(matter, metrics);
    const { id, ...changes } = row;
    if (!(await em.existsBy(MatterEntity, { id }))) {
      // A concurrent first projection of the same matter fails this transaction on the duplicate key; the
      // activity retries and takes the update path.
      await em.insert(MatterEntity, row);
      return true;
    }
    const result = await em
      .createQueryBuilder()
      .update(MatterEntity)
      .set(changes)
      .where('id = :id AND seq < :seq', { id, seq: matter.seq })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
