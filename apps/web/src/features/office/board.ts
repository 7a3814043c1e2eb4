import type { MatterLight, MatterStatus, MatterSummary } from '@app/contracts';

import type { ListMattersParams } from '@web/api/endpoints';
import { mattersApi } from '@web/api/endpoints';
import type { Countdown } from '@app/contracts';
import { OPEN_MATTER_STATUSES } from '@web/features/matters/constants';

export const ALL_STATUSES = [
  'in_progress',
  'awaiting_verification',
  'closed',
  'cancelled',
] as const satisfies readonly MatterStatus[];
export const LIGHTS = ['red', 'yellow', 'green'] as const satisfies readonly MatterLight[];
export const SORTS = ['dueDate', 'createdAt', 'code', 'updatedAt'] as const;
export type BoardSort = (typeof SORTS)[number];

// The board's filters, kept in the address (so a reload or the back button keeps them).
export interface BoardFilters {
  // Empty: every status. Absent from the address: the open matters.
  status: MatterStatus[];
  light?: MatterLight;
  unit?: string;
  meetingId?: string;
  overdue: boolean;
  q?: string;
  sort: BoardSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const isStatus = (s: string): s is MatterStatus => (ALL_STATUSES as readonly string[]).includes(s);
const isLight = (s: string | null): s is (typeof LIGHTS)[number] => (LIGHTS as readonly (string | null)[]).includes(s);
const isSort = (s: string | null): s is BoardSort => (SORTS as readonly (string | null)[]).includes(s);

export function filtersOf(params: URLSearchParams): BoardFilters {
  const rawStatus = params.get('status');
  const status =
    rawStatus === null ? [...OPEN_MATTER_STATUSES] : rawStatus === 'all' ? [] : rawStatus.split(',').filter(isStatus);
  const light = params.get('light');
  const sort = params.get('sort');
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '20');
  return {
    status,
    light: isLight(light) ? light : undefined,
    unit: params.get('unit') || undefined,
    meetingId: params.get('meeting') || undefined,
    overdue: params.get('overdue') === '1',
    q: params.get('q') || undefined,
    sort: isSort(sort) ? sort : 'dueDate',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

export function paramsOf(f: BoardFilters): Record<string, string> {
  const out: Record<string, string> = {};
  const isOpenDefault =
    f.status.length === OPEN_MATTER_STATUSES.length && OPEN_MATTER_STATUSES.every((s) => f.status.includes(s));
  if (!isOpenDefault) {
    out.status = f.status.length === 0 ? 'all' : f.status.join(',');
  }
  if (f.light) {
    out.light = f.light;
  }
  if (f.unit) {
    out.unit = f.unit;
  }
  if (f.meetingId) {
    out.meeting = f.meetingId;
  }
  if (f.overdue) {
    out.overdue = '1';
  }
  if (f.q) {
    out.q = f.q;
  }
  if (f.sort !== 'dueDate') {
    out.sort = f.sort;
  }
  if (f.order !== 'asc') {
    out.order = f.order;
  }
  if (f.page !== 1) {
    out.page = String(f.page);
  }
  if (f.pageSize !== 20) {
    out.pageSize = String(f.pageSize);
  }
  return out;
}

export function queryOf(f: BoardFilters): ListMattersParams {
  return {
    status: f.status.length ? f.status : undefined,
    light: f.light,
    unit: f.unit,
    meetingId: f.meetingId,
    overdue: f.overdue || undefined,
    q: f.q,
    sort: f.sort,
    order: f.order,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export function dueOf(m: MatterSummary): string {
  return m.effectiveDueDate ?? m.dueDate;
}

export function isOpen(m: MatterSummary): boolean {
  return m.status === 'in_progress' || m.status === 'awaiting_verification';
}

export interface BoardRow {
  matter: MatterSummary;
  countdown: Countdown | null;
}

// The server's countdown of an open matter (a closed one has none to show).
export function boardRow(matter: MatterSummary): BoardRow {
  return { matter, countdown: isOpen(matter) ? matter.countdown : null };
}

export const BOARD_COUNTS = ['open', 'awaitingVerification', 'yellow', 'red', 'overdue'] as const;
export type BoardCount = (typeof BOARD_COUNTS)[number];

const COUNT_QUERY: Record<BoardCount, ListMattersParams> = {
  open: { status: OPEN_MATTER_STATUSES },
  awaitingVerification: { status: ['awaiting_verification'] },
  yellow: { status: OPEN_MATTER_STATUSES, light: 'yellow' },
  red: { status: OPEN_MATTER_STATUSES, light: 'red' },
  overdue: { status: OPEN_MATTER_STATUSES, overdue: true },
};

// The filters a count tile stands for: clicking it shows exactly the matters it counted.
export function filtersOfCount(count: BoardCount, base: BoardFilters): BoardFilters {
  const q = COUNT_QUERY[count];
  return {
    ...base,
    status: [...(q.status ?? [])],
    light: q.light,
    overdue: Boolean(q.overdue),
    unit: undefined,
    meetingId: undefined,
    q: undefined,
    page: 1,
  };
}

// The counts at the top of the board, from the list's own totals (one small query each).
export async function loadBoardCounts(): Promise<Record<BoardCount, number>> {
  const totals = await Promise.all(
    BOARD_COUNTS.map((c) => mattersApi.list({ ...COUNT_QUERY[c], page: 1, pageSize: 1 }).then((p) => p.total)),
  );
  return Object.fromEntries(BOARD_COUNTS.map((c, i) => [c, totals[i]])) as Record<BoardCount, number>;
}

const EXPORT_PAGE = 200;
const EXPORT_MAX = 5000;

// Every matter of the current filters (all pages, up to EXPORT_MAX), for the Excel export.
export async function loadAllForExport(f: BoardFilters): Promise<{ rows: BoardRow[]; truncated: boolean }> {
  const items: MatterSummary[] = [];
  let total = 0;
  for (let page = 1; items.length < EXPORT_MAX; page++) {
    const res = await mattersApi.list({ ...queryOf(f), page, pageSize: EXPORT_PAGE });
    total = res.total;
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) {
      break;
    }
  }
  return { rows: items.map(boardRow), truncated: total > items.length };
}
