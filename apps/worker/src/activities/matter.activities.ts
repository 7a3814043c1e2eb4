import type { TimeProfile, WorkingDayCalendar } from '@app/calendar';
import { dateOfInstant, planSupervision } from '@app/calendar';
import type {
  EscalationNotice,
  EscalationNoticeResult,
  MatterActivities,
  MatterEvent,
  MatterState,
  PlanInput,
  ProjectionInput,
  SupervisionPlan,
} from '@app/contracts';
import type { MatterProjectionRepository, ProjectionMetrics } from '@app/database';
import { defaultPolicy, pausedWorkingDays } from '@app/domain';
import { log } from '@temporalio/activity';

export interface MatterActivityDeps {
  projection: MatterProjectionRepository;
  loadCalendar: () => Promise<WorkingDayCalendar>;
  profile: TimeProfile;
  notices: {
    escalation(n: EscalationNotice, now: Date): Promise<EscalationNoticeResult>;
    forEvents(matter: MatterState, events: MatterEvent[], now: Date): Promise<number>;
  };
}

// Working-day figures for scorecards, computed once when the facts are projected.
export function metricsOf(m: MatterState, calendar: WorkingDayCalendar, profile: TimeProfile): ProjectionMetrics {
  const dateOf = (iso: string): string => dateOfInstant(profile, Date.parse(iso));
  const policy = m.supervision?.policy ?? defaultPolicy(m.priority);
  const effectiveDue = m.supervision?.plan?.effectiveDueDate ?? m.dueDate;
  return {
    assignments: m.assignments.map((a) => {
      if (!a.acknowledgedAt) {
        return { ackWorkingDays: null, acknowledgedOnTime: null };
      }
      // The unit's own time: working days its clock stood still (a decline waiting for the office) between
      // assignment and acknowledgement are not counted, as the planner does not count them.
      const paused = pausedWorkingDays(
        m.supervision?.pauses[a.unitCode] ?? [],
        (from, to) => calendar.workingDaysBetween(dateOf(from), dateOf(to), a.unitCode),
        a.assignedAt,
        a.acknowledgedAt,
      );
      const gross = calendar.workingDaysBetween(dateOf(a.assignedAt), dateOf(a.acknowledgedAt), a.unitCode);
      const days = Math.max(0, gross - paused);
      return { ackWorkingDays: days, acknowledgedOnTime: days <= policy.ackWorkingDays };
    }),
    closeWorkingDays: m.closedAt ? calendar.workingDaysBetween(dateOf(m.createdAt), dateOf(m.closedAt)) : null,
    // On time if the report that was accepted came in by the (effective) due date: the office's own
    // verification time is not the unit's.
    closedOnTime: m.closedAt ? dateOf(acceptedReportAt(m) ?? m.closedAt) <= effectiveDue : null,
  };
}

const acceptedReportAt = (m: MatterState): string | undefined =>
  m.assignments.find((a) => a.role === 'lead' && a.unitCode === m.leadUnitCode && a.completion)?.completion?.at;

// Built from Nest-provided dependencies; the worker registers the returned functions.
export function createMatterActivities(deps: MatterActivityDeps): MatterActivities {
  return {
    async projectMatter({ matter, events }: ProjectionInput): Promise<void> {
      const metrics = metricsOf(matter, await deps.loadCalendar(), deps.profile);
      const outcome = await deps.projection.project(matter, events, metrics);
      if (outcome === 'stale') {
        log.debug('projection older than the stored row; events recorded, state kept', { seq: matter.seq });
      }
      // Inbox notices for assignments, returns, instructions... keyed by (matter, seq): a retry writes once.
      await deps.notices.forEvents(matter, events, new Date());
    },

    async planSupervision({ matter, nowMs }: PlanInput): Promise<SupervisionPlan> {
      if (!matter.supervision) {
        throw new Error(`matter ${matter.code} is not supervised`);
      }
      return planSupervision({
        matter,
        supervision: matter.supervision,
        calendar: await deps.loadCalendar(),
        profile: deps.profile,
        nowMs,
      });
    },

    sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult> {
      return deps.notices.escalation(input, new Date());
    },
  };
}
