import type {
  AuthUserView,
  CommandResponseBody,
  EvidenceItem,
  LeadershipSummary,
  MatterDetail,
  MatterLight,
  MatterStatus,
  MatterSummary,
  NotificationPageView,
  Page,
  TokenPair,
  UnreadCounts,
} from '@app/contracts';

import { newIdempotencyKey, request, tokenStore } from './client';

// Shapes the API documents (see /api/docs-json) that libs/contracts does not export.
export interface UnitView {
  code: string;
  ordinal: number;
  nameZh: string;
  nameEn: string;
  isLeadUnit: boolean;
  dutyZh: string;
  dutyKeywords: string[];
}

export interface CalendarDay {
  date: string;
  working: boolean;
  kind: string;
  name: string | null;
  provisional: boolean;
}

export interface CalendarCoverage {
  today: string;
  years: { year: number; source: string; documentNumber: string | null }[];
  provisionalYears: number[];
}

export interface ListMattersParams {
  unit?: string;
  status?: readonly MatterStatus[];
  light?: MatterLight;
  meetingId?: string;
  overdue?: boolean;
  year?: number;
  q?: string;
  sort?: 'dueDate' | 'createdAt' | 'code' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const authApi = {
  async login(username: string, password: string): Promise<TokenPair> {
    const pair = await request<TokenPair>('POST', '/api/auth/login', { body: { username, password }, anonymous: true });
    tokenStore.save(pair);
    return pair;
  },
  me: (): Promise<AuthUserView> => request<AuthUserView>('GET', '/api/auth/me'),
  async logout(): Promise<void> {
    const refreshToken = tokenStore.refresh();
    try {
      if (refreshToken) {
        await request<void>('POST', '/api/auth/logout', { body: { refreshToken } });
      }
    } finally {
      tokenStore.clear();
    }
  },
};

export const mattersApi = {
  list: (params: ListMattersParams): Promise<Page<MatterSummary>> =>
    request<Page<MatterSummary>>('GET', '/api/matters', { query: { ...params } }),
  get: (id: string): Promise<MatterDetail> => request<MatterDetail>('GET', `/api/matters/${encodeURIComponent(id)}`),
};

// The commands a member unit sends on its own assignment. Each call is one user action: a new Idempotency-Key.
export interface UnitCommandBodies {
  acknowledge: Record<string, never>;
  decline: { reason: string };
  progress: { text: string; percent: number };
  contribution: { text: string; evidence: EvidenceItem[] };
  completion: { summary: string; evidence: EvidenceItem[] };
  'extension-request': { requestedDueDate: string; reason: string };
}
export type UnitCommand = keyof UnitCommandBodies;

export function sendMatterCommand<C extends UnitCommand>(
  id: string,
  command: C,
  body: UnitCommandBodies[C],
): Promise<CommandResponseBody> {
  return request<CommandResponseBody>('POST', `/api/matters/${encodeURIComponent(id)}/${command}`, {
    body,
    idempotencyKey: newIdempotencyKey(),
  });
}

export const notificationsApi = {
  list: (params: { unread?: boolean; page?: number; pageSize?: number }): Promise<NotificationPageView> =>
    request<NotificationPageView>('GET', '/api/notifications', { query: { ...params } }),
  markRead: (id: string): Promise<UnreadCounts> =>
    request<UnreadCounts>('POST', `/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: (): Promise<UnreadCounts> => request<UnreadCounts>('POST', '/api/notifications/read-all'),
};

let unitsCache: Promise<UnitView[]> | null = null;

export const referenceApi = {
  // The 21 member units never change at run time: fetched once per page load.
  units(): Promise<UnitView[]> {
    unitsCache ??= request<UnitView[]>('GET', '/api/units').catch((err: unknown) => {
      unitsCache = null;
      throw err;
    });
    return unitsCache;
  },
  coverage: (): Promise<CalendarCoverage> => request<CalendarCoverage>('GET', '/api/calendar/coverage'),
  days: (from: string, to: string, unit?: string): Promise<CalendarDay[]> =>
    request<CalendarDay[]>('GET', '/api/calendar/days', { query: { from, to, unit } }),
};

export const usersApi = {
  list: (): Promise<AuthUserView[]> => request<AuthUserView[]>('GET', '/api/users'),
};

// ---------------------------------------------------------------------------------------------------------------
// The office console (src/features/office): dispatch, meetings, office commands, the calendar administration.
// ---------------------------------------------------------------------------------------------------------------

export interface LeadSuggestion {
  code: string;
  nameZh: string;
  score: number;
  matched: string[];
}

export type MeetingKind = 'plenary' | 'ad_hoc' | 'liaison';

export interface MeetingView {
  id: string;
  kind: MeetingKind;
  title: string;
  heldOn: string;
  chair: string;
  attendees: string[];
  location: string | null;
  notes: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  matterCount: number;
}

export interface NewMeeting {
  kind: MeetingKind;
  title: string;
  heldOn: string;
  chair: string;
  attendees: string[];
  location?: string;
  notes?: string;
}

// One agreed matter as dispatched (POST /api/matters, or one row of POST /api/meetings/{id}/matters).
export interface NewMatterItem {
  code: string;
  title: string;
  description: string;
  leadUnitCode: string;
  coUnitCodes: string[];
  dueDate: string;
  priority?: 'normal' | 'high' | 'urgent';
  source?: string;
}

export interface NewMatter extends NewMatterItem {
  meetingId?: string;
}

export interface CalendarAdjustment {
  id: string;
  date: string;
  kind: 'off' | 'working';
  unitCode: string | null;
  reason: string;
  documentNumber: string | null;
  createdBy: string;
  createdAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
}

export interface NewCalendarAdjustment {
  date: string;
  kind: 'off' | 'working';
  unitCode?: string;
  reason: string;
  documentNumber?: string;
}

export interface WorkingDaysPreview {
  from: string;
  days: number;
  unitCode: string | null;
  date: string;
  provisional: boolean;
}

// The commands the office sends on a matter (apps/api/src/matters/matters.controller.ts).
export interface OfficeCommandBodies {
  reroute: { fromUnitCode: string; toUnitCode: string; reason: string };
  'reject-decline': { unitCode: string; reason: string };
  verify: { comment?: string };
  return: { reason: string };
  'extension-decision': { approve: boolean; reason: string };
  urge: { unitCode: string; level: 'reminder' | 'urging'; note: string };
  supervise: { unitCode: string; level: 'supervision' | 'report'; note: string };
  'reassign-lead': { toUnitCode: string; reason: string };
  cancel: { reason: string };
}
export type OfficeCommand = keyof OfficeCommandBodies;

// One click, one Idempotency-Key (as sendMatterCommand).
export function sendOfficeCommand<C extends OfficeCommand>(
  id: string,
  command: C,
  body: OfficeCommandBodies[C],
): Promise<CommandResponseBody> {
  return request<CommandResponseBody>('POST', `/api/matters/${encodeURIComponent(id)}/${command}`, {
    body,
    idempotencyKey: newIdempotencyKey(),
  });
}

export const officeApi = {
  // The key is made per click of 提交: a retry of the same click (the client's 401 refresh) creates one matter.
  createMatter: (body: NewMatter, idempotencyKey: string): Promise<MatterDetail> =>
    request<MatterDetail>('POST', '/api/matters', { body, idempotencyKey }),
  suggestLead: (text: string): Promise<LeadSuggestion[]> =>
    request<LeadSuggestion[]>('GET', '/api/units/suggest-lead', { query: { text } }),
  meetings: (page = 1, pageSize = 20): Promise<Page<MeetingView>> =>
    request<Page<MeetingView>>('GET', '/api/meetings', { query: { page, pageSize } }),
  meeting: (id: string): Promise<MeetingView> => request<MeetingView>('GET', `/api/meetings/${encodeURIComponent(id)}`),
  createMeeting: (body: NewMeeting): Promise<MeetingView> => request<MeetingView>('POST', '/api/meetings', { body }),
  deleteMeeting: (id: string): Promise<void> => request<void>('DELETE', `/api/meetings/${encodeURIComponent(id)}`),
  createMeetingMatters: (id: string, matters: NewMatterItem[], idempotencyKey: string): Promise<MatterDetail[]> =>
    request<MatterDetail[]>('POST', `/api/meetings/${encodeURIComponent(id)}/matters`, {
      body: { matters },
      idempotencyKey,
    }),
  adjustments: (): Promise<CalendarAdjustment[]> => request<CalendarAdjustment[]>('GET', '/api/calendar/adjustments'),
  addAdjustment: (
    body: NewCalendarAdjustment,
  ): Promise<{ adjustment: CalendarAdjustment; recomputedMatters: number }> =>
    request('POST', '/api/calendar/adjustments', { body }),
  revokeAdjustment: (
    id: string,
    reason: string,
  ): Promise<{ adjustment: CalendarAdjustment; recomputedMatters: number }> =>
    request('POST', `/api/calendar/adjustments/${encodeURIComponent(id)}/revoke`, { body: { reason } }),
  workingDays: (from: string, days: number, unit?: string): Promise<WorkingDaysPreview> =>
    request<WorkingDaysPreview>('GET', '/api/calendar/working-days', { query: { from, days, unit } }),
};

// ---- leadership (领导驾驶舱) ----
export const leadershipApi = {
  // Everything the dashboard shows, in one call.
  summary: (): Promise<LeadershipSummary> => request<LeadershipSummary>('GET', '/api/supervision/summary'),
  // 批示: the one thing leadership does on a matter. One call per click, so a fresh Idempotency-Key each time.
  instruct: (id: string, text: string): Promise<CommandResponseBody> =>
    request<CommandResponseBody>('POST', `/api/matters/${encodeURIComponent(id)}/instructions`, {
      body: { text },
      idempotencyKey: newIdempotencyKey(),
    }),
};
