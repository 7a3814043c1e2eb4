import type { AssignmentStatus, AssignmentView, MatterDetail, MatterSummary } from '@app/contracts';

import { mattersApi } from '@web/api/endpoints';
import { mapLimit } from '@web/shared/map-limit';
import type { Countdown } from '@app/contracts';
import { OPEN_MATTER_STATUSES, isOpenAssignment } from '@web/features/matters/constants';

export interface UnitTodo {
  matter: MatterDetail;
  // The unit's own open assignment on the matter.
  mine: AssignmentView;
  countdown: Countdown | null;
}

export const TODO_TABS = ['awaitingAck', 'inProgress', 'returned', 'nearDue', 'overdue', 'awaitingApproval'] as const;
export type TodoTab = (typeof TODO_TABS)[number];
// The home opens on what needs the unit most: a returned report, then what is overdue, then what waits to be signed.
// A draft waiting for the unit's leader (待审核) comes right after a returned report: only the unit can move it on.
export const OPENING_ORDER: readonly TodoTab[] = [
  'returned',
  'awaitingApproval',
  'overdue',
  'awaitingAck',
  'nearDue',
  'inProgress',
];

// 办理中 also holds what waits on the office (a decline, a completion report): the unit still answers for it.
const IN_PROGRESS: readonly AssignmentStatus[] = ['in_progress', 'contributed', 'decline_requested', 'submitted'];

export const TAB_FILTERS: Record<TodoTab, (todo: UnitTodo) => boolean> = {
  awaitingAck: (x) => x.mine.status === 'awaiting_ack',
  inProgress: (x) => IN_PROGRESS.includes(x.mine.status),
  returned: (x) => x.mine.status === 'returned',
  // The unit's own charge (the accountability model): a co-unit that contributed is not overdue for the lead.
  nearDue: (x) => x.matter.light === 'yellow' && !x.mine.overdue,
  overdue: (x) => x.mine.overdue,
  // The liaison's draft waiting for the unit's leader (shown to the unit only).
  awaitingApproval: (x) => x.mine.draft !== null,
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
export async function loadUnitTodos(unitCode: string): Promise<{ todos: UnitTodo[] }> {
  const summaries = await listOpenMatters(unitCode);
  const details = await mapLimit(summaries, 6, (m) => mattersApi.get(m.id));
  const todos: UnitTodo[] = [];
  for (const matter of details) {
    const mine = ownAssignment(matter, unitCode);
    if (mine) {
      todos.push({ matter, mine, countdown: matter.countdown });
    }
  }
  return { todos };
}
