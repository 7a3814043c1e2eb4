import type { AssignmentState, MatterDefinition, MatterState } from '@app/contracts';

// A matter's definition for pure unit tests: m-1 of `year`, due on 30 June of that year at normal priority;
// `over` names its units and may change the rest.
export function matterDefinition(
  year: number,
  over: Pick<MatterDefinition, 'leadUnitCode' | 'coUnitCodes'> & Partial<MatterDefinition>,
): MatterDefinition {
  return {
    matterId: 'm-1',
    code: `JC-${year}-001`,
    title: '开展知识产权宣传周活动',
    description: '',
    dueDate: `${year}-06-30`,
    priority: 'normal',
    year,
    ...over,
  };
}

// A matter's state as the workflow holds it, for pure unit tests: P-1, justice leading alone, dispatched by the
// office at `at` and due on `dueDate`; `lead` changes the lead assignment, `over` the rest.
export function soloMatterState(
  opts: { at: string; dueDate: string; lead?: Partial<AssignmentState> },
  over: Partial<MatterState> = {},
): MatterState {
  return {
    matterId: 'm1',
    code: 'P-1',
    title: '测试',
    description: '',
    leadUnitCode: 'justice',
    coUnitCodes: [],
    dueDate: opts.dueDate,
    priority: 'normal',
    year: 2026,
    status: 'in_progress',
    light: 'green',
    originalDueDate: opts.dueDate,
    assignments: [
      {
        unitCode: 'justice',
        role: 'lead',
        status: 'in_progress',
        assignedAt: opts.at,
        percent: 0,
        progress: [],
        returnCount: 0,
        ...opts.lead,
      },
    ],
    extensionCount: 0,
    createdAt: opts.at,
    createdBy: 'office',
    seq: 1,
    updatedAt: opts.at,
    ...over,
  };
}
