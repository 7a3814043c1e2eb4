import type { WorkingDayCalendar } from '@app/calendar';
import type { AssignmentRole, BoardAssignmentState, MatterAssignmentSummary } from '@app/contracts';

// The facts the board's unit column is made from (a projected assignment row, or the workflow state's own).
export interface AssignmentFacts {
  unitCode: string;
  role: string;
  status: string;
  assignedAt: Date | string;
}

const STATE_OF: Record<string, BoardAssignmentState | undefined> = {
  awaiting_ack: 'unsigned',
  in_progress: 'in_progress',
  returned: 'in_progress',
  decline_requested: 'in_progress',
  contributed: 'contributed',
  submitted: 'submitted',
  completed: 'completed',
  not_done: 'not_done',
};

// Each current unit's state on a matter (withdrawn and cancelled parts are not shown); a unit that has not signed
// carries the working days since it was dispatched, on its own calendar, up to today.
export function unitStatesOf(
  assignments: readonly AssignmentFacts[],
  calendar: WorkingDayCalendar,
  today: string,
  dateOf: (instant: Date | string) => string,
): MatterAssignmentSummary[] {
  const out: MatterAssignmentSummary[] = [];
  for (const a of assignments) {
    const state = STATE_OF[a.status];
    if (!state) {
      continue;
    }
    const role: AssignmentRole = a.role === 'lead' ? 'lead' : 'co';
    out.push({
      unitCode: a.unitCode,
      role,
      state,
      days: state === 'unsigned' ? daysSince(a, calendar, today, dateOf) : null,
    });
  }
  return out;
}

function daysSince(
  a: AssignmentFacts,
  calendar: WorkingDayCalendar,
  today: string,
  dateOf: (instant: Date | string) => string,
): number | null {
  try {
    return calendar.workingDaysBetween(dateOf(a.assignedAt), today, a.unitCode);
  } catch (err) {
    if (err instanceof RangeError) {
      return null;
    }
    throw err;
  }
}

// No unit has signed yet: the matter is open and every current part still awaits acknowledgement.
export function awaitingAckOf(status: string, units: readonly MatterAssignmentSummary[]): boolean {
  return status === 'in_progress' && units.length > 0 && units.every((u) => u.state === 'unsigned');
}
