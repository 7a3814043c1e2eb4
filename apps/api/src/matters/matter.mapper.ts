import type {
  AssignmentView,
  MatterDetail,
  MatterEventView,
  MatterPriority,
  MatterStatus,
  MatterSummary,
} from '@app/contracts';
import type { MatterEntity, MatterEventEntity } from '@app/database';
import { findMemberUnit } from '@app/domain';
import type { EscalationLevel, MatterLight } from '@app/contracts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function isOverdue(
  m: { status: string; dueDate: string; effectiveDueDate?: string | null },
  today: string,
): boolean {
  return (
    (m.status === 'in_progress' || m.status === 'awaiting_verification') && (m.effectiveDueDate ?? m.dueDate) < today
  );
}

export function toMatterSummary(m: MatterEntity, today: string): MatterSummary {
  return {
    id: m.id,
    code: m.code,
    title: m.title,
    meetingId: m.meetingId,
    source: m.source,
    leadUnitCode: m.leadUnitCode,
    coUnitCodes: m.coUnitCodes,
    dueDate: m.dueDate,
    originalDueDate: m.originalDueDate,
    priority: m.priority as MatterPriority,
    year: m.year,
    status: m.status as MatterStatus,
    light: m.light as MatterLight,
    overdue: isOverdue(m, today),
    extensionPending: m.extensionPending,
    effectiveDueDate: m.effectiveDueDate,
    escalationLevel: m.escalationLevel as EscalationLevel | null,
    predictedBreachAt: iso(m.predictedBreachAt),
    deadlineProvisional: m.deadlineProvisional,
    createdAt: m.createdAt.toISOString(),
    closedAt: iso(m.closedAt),
    updatedAt: m.updatedAt.toISOString(),
    seq: m.seq,
  };
}

export function toEventView(e: MatterEventEntity): MatterEventView {
  return {
    seq: e.seq,
    type: e.type,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorUnitCode: e.actorUnitCode,
    unitCode: e.unitCode,
    reason: e.reason,
    data: e.data,
  };
}

export function toMatterDetail(m: MatterEntity, events: MatterEventEntity[], today: string): MatterDetail {
  const s = m.state;
  const due = s.supervision?.plan?.dueByUnit ?? {};
  const assignments: AssignmentView[] = s.assignments.map((a) => ({
    unitCode: a.unitCode,
    unitNameZh: findMemberUnit(a.unitCode)?.nameZh ?? a.unitCode,
    role: a.role,
    status: a.status,
    assignedAt: a.assignedAt,
    acknowledgedAt: a.acknowledgedAt ?? null,
    percent: a.percent,
    lastProgressAt: a.lastProgressAt ?? null,
    returnCount: a.returnCount,
    completedAt: a.completedAt ?? null,
    ackDueAt: a.status === 'awaiting_ack' ? (due[a.unitCode]?.ackDueAt ?? null) : null,
    progressDueAt: due[a.unitCode]?.progressDueAt ?? null,
    clockPaused: (s.supervision?.pauses[a.unitCode] ?? []).some((p) => p.to === undefined),
    progress: a.progress,
    contribution: a.contribution ?? null,
    completion: a.completion ?? null,
    declineReason: a.pendingDecline?.reason ?? null,
  }));
  return {
    ...toMatterSummary(m, today),
    description: m.description,
    createdBy: m.createdBy,
    cancelReason: s.cancelReason ?? null,
    pendingExtension: s.pendingExtension ?? null,
    extensionCount: m.extensionCount,
    instructions: s.instructions ?? [],
    supervision: s.supervision ?? null,
    assignments,
    events: events.map(toEventView),
  };
}
