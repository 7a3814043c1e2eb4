import type { AssignmentStatus, AssignmentView, MatterDetail, MatterSummary } from '@app/contracts';

import { mattersApi } from '../../api/endpoints';
import { mapLimit } from '../../shared/map-limit';
import type { Countdown, WorkingDayCalendar } from '../../shared/working-days';
import { loadWorkingDayCalendar } from '../../shared/working-days';
import { OPEN_MATTER_STATUSES, isOpenAssignment } from '../matters/constants';

export interface UnitTodo {
  matter: MatterDetail;
  // The unit's own open assignment on the matter.
  mine: AssignmentView;
  countdown: Countdown | null;
}

export const TODO_TABS = ['awaitingAck', 'inProgress', 'returned', 'nearDue', 'overdue'] as const;
export type TodoTab = (typeof TODO_TABS)[number];

// 办理中 also holds what waits on the office (a decline, a completion report): the unit still answers for it.
const IN_PROGRESS: readonly AssignmentStatus[] = ['in_progress', 'contributed', 'decline_requested', 'submitted'];

export const TAB_FILTERS: Record<TodoTab, (todo: UnitTodo) => boolean> = {
  awaitingAck: (x) => x.mine.status === 'awaiting_ack',
  inProgress: (x) => IN_PROGRESS.includes(x.mine.status),
  returned: (x) => x.mine.status === 'returned',
  nearDue: (x) => x.matter.light === 'yellow' && !x.matter.overdue,
  overdue: (x) => x.matter.overdue || x.matter.light === 'red',
};

export function dueOf(m: MatterSummary): string {
  return m.effectiveDueDate ?? m.dueDate;
}

export function ownAssignment(matter: MatterDetail, unitCode: string): AssignmentView | undefined {
  return matter.assignments.find((a) => a.unitCode === unitCode && isOpenAssignment(a.status));
}

const PAGE_SIZE = 200;

async function listOpenMatters(unitCode: string): Promise<MatterSummary[]> {
  const all: MatterSummary[] = [];
  for (let page = 1; ; page++) {
    const res = await mattersApi.list({
      unit: unitCode,
      status: OPEN_MATTER_STATUSES,
      sort: 'dueDate',
      order: 'asc',
      page,
      pageSize: PAGE_SIZE,
    });
    all.push(...res.items);
    if (all.length >= res.total || res.items.length === 0) {
      return all;
    }
  }
}

// The list gives matters, not the unit's own assignment on each: that comes from each matter's detail. A unit
// holds tens of open matters, not thousands, so the details are fetched a few at a time.
export async function loadUnitTodos(
  unitCode: string,
): Promise<{ todos: UnitTodo[]; calendar: WorkingDayCalendar | null }> {
  const summaries = await listOpenMatters(unitCode);
  const details = await mapLimit(summaries, 6, (m) => mattersApi.get(m.id));
  // The countdown is a convenience: without the calendar the dates still show.
  const calendar = await loadWorkingDayCalendar(details.map(dueOf), unitCode).catch(() => null);
  const todos: UnitTodo[] = [];
  for (const matter of details) {
    const mine = ownAssignment(matter, unitCode);
    if (mine) {
      todos.push({ matter, mine, countdown: calendar?.countdown(dueOf(matter)) ?? null });
    }
  }
  return { todos, calendar };
}
