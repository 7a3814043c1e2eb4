import type {
  AuthUserView,
  CalendarAdjustment,
  CalendarCoverage,
  CalendarDay,
  LeadSuggestion,
  MatterCodeCheck,
  MatterCodePatternView,
  MatterCodeProposal,
  UnitView,
  WorkingDaysPreview,
  CommandResponseBody,
  MatterCommandBodies,
  MatterCommandName,
  LeadershipSummary,
  FollowedMatterSummary,
  MatterDetail,
  MatterFollowView,
  MatterLight,
  MatterStatus,
  MatterSummary,
  NotificationKind,
  NotificationPageView,
  OidcConfigView,
  Page,
  TokenPair,
  UnreadCounts,
  NewMatter,
  NewMatterItem,
} from '@app/contracts';
import { MATTER_COMMAND_NAMES, MATTER_COMMANDS } from '@app/contracts';

import { download, newIdempotencyKey, request, tokenStore } from './client';

// The reference shapes come from @app/contracts (the API's response classes implement them); re-exported for the
// pages that import them from here.
export type {
  CalendarAdjustment,
  CalendarCoverage,
  CalendarDay,
  LeadSuggestion,
  NewMatter,
  NewMatterItem,
  UnitView,
  WorkingDaysPreview,
};

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
  oidcConfig: (): Promise<OidcConfigView> =>
    request<OidcConfigView>('GET', '/api/auth/oidc/config', { anonymous: true }),
  // The one-time handoff of a finished OIDC sign-in (from /login#oidc=<handoff>) for the session.
  async oidcSession(handoff: string): Promise<TokenPair> {
    const pair = await request<TokenPair>('POST', '/api/auth/oidc/session', { body: { handoff }, anonymous: true });
    tokenStore.save(pair);
    return pair;
  },
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
  // 关注 (leadership): idempotent, so a retried click does no harm.
  follow: (id: string): Promise<MatterFollowView> =>
    request<MatterFollowView>('PUT', `/api/matters/${encodeURIComponent(id)}/follow`),
  unfollow: (id: string): Promise<MatterFollowView> =>
    request<MatterFollowView>('DELETE', `/api/matters/${encodeURIComponent(id)}/follow`),
  followed: (params: { page: number; pageSize: number }): Promise<Page<FollowedMatterSummary>> =>
    request<Page<FollowedMatterSummary>>('GET', '/api/matters/followed', { query: { ...params } }),
};

// Every matter command, typed by the command table (libs/contracts/src/matter-command-table.ts): POST
// /api/matters/:id/<the row's path>. Each call is one user action: a new Idempotency-Key.
export function matterCommand<C extends MatterCommandName>(
  id: string,
  command: C,
  body: MatterCommandBodies[C],
): Promise<CommandResponseBody> {
  const path = MATTER_COMMANDS[command].path;
  return request<CommandResponseBody>('POST', `/api/matters/${encodeURIComponent(id)}/${path}`, {
    body,
    idempotencyKey: newIdempotencyKey(),
  });
}

// The command a path names, its own or a deprecated alias (for the wrappers below).
function commandAt(path: string): MatterCommandName {
  const name = MATTER_COMMAND_NAMES.find((n) => {
    const row: { path: string; legacyPaths: readonly string[] } = MATTER_COMMANDS[n];
    return row.path === path || row.legacyPaths.includes(path);
  });
  if (!name) {
    throw new Error(`No matter command at /${path}`);
  }
  return name;
}

// Thin wrappers by the old path names, while console pages still call them; new code calls matterCommand.
export interface UnitCommandBodies {
  acknowledge: MatterCommandBodies['acknowledge'];
  decline: MatterCommandBodies['decline'];
  progress: MatterCommandBodies['reportProgress'];
  contribution: MatterCommandBodies['contribute'];
  completion: MatterCommandBodies['submitCompletion'];
  'extension-request': MatterCommandBodies['requestExtension'];
}
export type UnitCommand = keyof UnitCommandBodies;

export function sendMatterCommand<C extends UnitCommand>(
  id: string,
  command: C,
  body: UnitCommandBodies[C],
): Promise<CommandResponseBody> {
  return matterCommand(id, commandAt(command), body as never);
}

export const notificationsApi = {
  list: (params: {
    unread?: boolean;
    kind?: NotificationKind;
    page?: number;
    pageSize?: number;
  }): Promise<NotificationPageView> =>
    request<NotificationPageView>('GET', '/api/notifications', { query: { ...params } }),
  markRead: (id: string): Promise<UnreadCounts> =>
    request<UnreadCounts>('POST', `/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: (kind?: NotificationKind): Promise<UnreadCounts> =>
    request<UnreadCounts>('POST', '/api/notifications/read-all', { query: { kind } }),
  // Opening a matter reads the person's notices on it.
  markMatterRead: (matterId: string): Promise<UnreadCounts> =>
    request<UnreadCounts>('POST', `/api/notifications/matters/${encodeURIComponent(matterId)}/read`),
};

let unitsCache: Promise<UnitView[]> | null = null;

export const referenceApi = {
  // The 21 member units: fetched once per page load (the office's alias edits below start a new fetch).
  units(): Promise<UnitView[]> {
    unitsCache ??= request<UnitView[]>('GET', '/api/units').catch((err: unknown) => {
      unitsCache = null;
      throw err;
    });
    return unitsCache;
  },
  // Replaces a unit's short names and aliases (office only); the next units() reads them back.
  async setUnitAliases(code: string, aliases: string[], reason: string): Promise<UnitView> {
    const unit = await request<UnitView>('PUT', `/api/units/${encodeURIComponent(code)}/aliases`, {
      body: { aliases, reason },
    });
    unitsCache = null;
    return unit;
  },
  // 机构改革 (office): add, rename, merge a unit; the next units() reads the directory back.
  async changeUnit(
    change: { kind: 'add'; body: object } | { kind: 'rename' | 'merge' | 'dissolve'; code: string; body: object },
  ): Promise<UnitView> {
    const path = change.kind === 'add' ? '/api/units' : `/api/units/${encodeURIComponent(change.code)}/${change.kind}`;
    const unit = await request<UnitView>('POST', path, { body: change.body });
    unitsCache = null;
    return unit;
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

export interface NewCalendarAdjustment {
  date: string;
  kind: 'off' | 'working';
  unitCode?: string;
  reason: string;
  documentNumber?: string;
}

// The commands the office sends on a matter, by their old path names (thin wrappers over matterCommand).
export interface OfficeCommandBodies {
  reroute: MatterCommandBodies['reroute'];
  'reject-decline': MatterCommandBodies['rejectDecline'];
  verify: MatterCommandBodies['verify'];
  return: MatterCommandBodies['returnForRework'];
  'extension-decision': MatterCommandBodies['decideExtension'];
  urge: MatterCommandBodies['urge'];
  supervise: MatterCommandBodies['supervise'];
  'reassign-lead': MatterCommandBodies['reassignLead'];
  cancel: MatterCommandBodies['cancel'];
}
export type OfficeCommand = keyof OfficeCommandBodies;

export function sendOfficeCommand<C extends OfficeCommand>(
  id: string,
  command: C,
  body: OfficeCommandBodies[C],
): Promise<CommandResponseBody> {
  return matterCommand(id, commandAt(command), body as never);
}

export const officeApi = {
  // The key is made per click of 提交: a retry of the same click (the client's 401 refresh) creates one matter.
  createMatter: (body: NewMatter, idempotencyKey: string): Promise<MatterDetail> =>
    request<MatterDetail>('POST', '/api/matters', { body, idempotencyKey }),
  // 事项编号: the next free codes of a year (this year by default) and a typed code's check.
  codeProposal: (count = 1, year?: number): Promise<MatterCodeProposal> =>
    request<MatterCodeProposal>('GET', '/api/matters/code-proposal', { query: { count, year } }),
  codeCheck: (code: string): Promise<MatterCodeCheck> =>
    request<MatterCodeCheck>('GET', '/api/matters/code-check', { query: { code } }),
  codePattern: (): Promise<MatterCodePatternView> => request<MatterCodePatternView>('GET', '/api/matters/code-pattern'),
  setCodePattern: (pattern: string, reason: string): Promise<MatterCodePatternView> =>
    request<MatterCodePatternView>('PUT', '/api/matters/code-pattern', { body: { pattern, reason } }),
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
  // The whole overdue list as the API's Excel workbook (超期事项督办台账).
  exportOverdue: (): Promise<void> => download('/api/supervision/overdue/export', '超期事项督办台账.xlsx'),
  // 批示: the one thing leadership does on a matter. One call per click, so a fresh Idempotency-Key each time.
  instruct: (id: string, text: string): Promise<CommandResponseBody> => matterCommand(id, 'instruct', { text }),
};
