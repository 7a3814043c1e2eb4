import type { TimeProfile, WorkingDayCalendar } from '@app/calendar';
import { dateOfInstant, planSupervision, UnplannableMatterError } from '@app/calendar';
import type {
  EscalationNotice,
  EscalationNoticeResult,
  MatterEvent,
  MatterState,
  SupervisionPlan,
} from '@app/contracts';
import type { MatterProjectionRepository, ProjectionMetrics } from '@app/database';
import { accountOf, closedOnTime, defaultPolicy, defined, pausedWorkingDays } from '@app/domain';
import { UNPLANNABLE_MATTER_FAILURE } from '@app/contracts';
import type { MatterActivities, PlanInput, ProjectionInput } from '@app/workflow-api';
import { log } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';

export interface MatterActivityDeps {
  projection: MatterProjectionRepository;
  loadCalendar: () => Promise<WorkingDayCalendar>;
  profile: TimeProfile;
  notices: {
    escalation(n: EscalationNotice, now: Date): Promise<EscalationNoticeResult>;
    forEvents(matter: MatterState, events: MatterEvent[], now: Date): Promise<number>;
  };
}

// Working-day figures for scorecards, and what the accountability model says each assignment is charged with,
// computed once when the facts are projected (the views count them with SQL against "today").
export function metricsOf(m: MatterState, calendar: WorkingDayCalendar, profile: TimeProfile): ProjectionMetrics {
  const dateOf = (iso: string): string => dateOfInstant(profile, Date.parse(iso));
  const policy = m.supervision?.policy ?? defaultPolicy(m.priority);
  // Due dates in the account do not depend on "today"; breaches (not stored) do.
  const input = { matter: m, calendar, dateOf, today: dateOf(m.updatedAt) };
  const account = accountOf(input);
  return {
    assignments: m.assignments.map((a, position) => {
      const own = defined(account.assignments[position], 'the account of an assignment');
      const charge = { duty: own.duty, chargedDueDate: own.chargedDueDate };
      if (!a.acknowledgedAt) {
        return { ackWorkingDays: null, acknowledgedOnTime: null, ...charge };
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
      return { ackWorkingDays: days, acknowledgedOnTime: days <= policy.ackWorkingDays, ...charge };
    }),
    closeWorkingDays: m.closedAt ? calendar.workingDaysBetween(dateOf(m.createdAt), dateOf(m.closedAt)) : null,
    // On time if the report that was accepted came in by the effective due date, with the credit earned before
    // it: the office's own verification time is not the unit's.
    closedOnTime: closedOnTime(input),
    chargedDueDate: account.chargedDueDate,
    answerableUnitCode: account.answerable?.kind === 'unit' ? account.answerable.unitCode : null,
  };
}

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
      const calendar = await deps.loadCalendar();
      try {
        if (!matter.supervision) {
          throw new UnplannableMatterError(`matter ${matter.code} is not supervised`);
        }
        return planSupervision({ matter, supervision: matter.supervision, calendar, profile: deps.profile, nowMs });
      } catch (err) {
        // The same matter and calendar give the same error: retrying would wedge the matter for ever. The
        // workflow plans again when the matter or the calendar changes.
        if (err instanceof UnplannableMatterError) {
          throw ApplicationFailure.nonRetryable(err.message, UNPLANNABLE_MATTER_FAILURE);
        }
        throw err;
      }
    },

    sendEscalationNotice(input: EscalationNotice): Promise<EscalationNoticeResult> {
      return deps.notices.escalation(input, new Date());
    },
  };
}
