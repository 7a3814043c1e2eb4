import type {
  AgendaItem,
  BriefingItem,
  BriefingView,
  CampaignListItem,
  CampaignPolicy,
  CampaignView,
  FilingAttachment,
  FilingKind,
  FilingStatus,
  FilingView,
  MatterDetail,
  MeetingAttendance,
  MeetingStatus,
  Page,
  TopicStatus,
  TopicView,
} from '@app/contracts';

import { download, newIdempotencyKey, openFile, request } from './client';
import type { MeetingKind, MeetingView, NewMatterItem, NewMeeting } from './endpoints';

// The conference's own machinery (issue 7): topics (议题), meetings held with minutes, filings (重大事项抄送 and
// 信息报送), the annual summary campaign (年度工作总结) and work briefings (工作简报). One object per feature; the
// shapes follow the API (see /api/docs-json) and libs/contracts.

const id = (value: string) => encodeURIComponent(value);

// ---- topics (议题) ----
export interface NewTopic {
  title: string;
  background: string;
  proposal: string;
  desiredMeetingKind?: MeetingKind;
}

export interface ListTopicsParams {
  status?: TopicStatus;
  unit?: string;
  meetingId?: string;
  page?: number;
  pageSize?: number;
}

export const topicsApi = {
  list: (params: ListTopicsParams = {}): Promise<Page<TopicView>> =>
    request<Page<TopicView>>('GET', '/api/topics', { query: { ...params } }),
  // With its events (every state change).
  get: (topicId: string): Promise<TopicView> => request<TopicView>('GET', `/api/topics/${id(topicId)}`),
  propose: (body: NewTopic): Promise<TopicView> => request<TopicView>('POST', '/api/topics', { body }),
  accept: (topicId: string, body: { meetingId: string; order?: number; note?: string }): Promise<TopicView> =>
    request<TopicView>('POST', `/api/topics/${id(topicId)}/accept`, { body }),
  defer: (topicId: string, note: string): Promise<TopicView> =>
    request<TopicView>('POST', `/api/topics/${id(topicId)}/defer`, { body: { note } }),
  decline: (topicId: string, reason: string): Promise<TopicView> =>
    request<TopicView>('POST', `/api/topics/${id(topicId)}/decline`, { body: { reason } }),
};

// ---- meetings held (会议纪要, 出席, 议定事项) ----
export interface MeetingRecord extends MeetingView {
  status: MeetingStatus;
  minutes: string | null;
  attendance: MeetingAttendance[];
  heldBy: string | null;
  heldAt: string | null;
  // On GET /api/meetings/{id}: the accepted topics in order.
  agenda?: AgendaItem[];
}

export interface MatterItemWithYear extends NewMatterItem {
  // The annual plenary deploys next year's tasks: the year the matter belongs to.
  year?: number;
}

export interface HoldMeeting {
  minutes: string;
  attendance: MeetingAttendance[];
  matters: MatterItemWithYear[];
}

export interface ListMeetingsParams {
  status?: MeetingStatus;
  kind?: MeetingKind;
  page?: number;
  pageSize?: number;
}

export const meetingRecordsApi = {
  // Newest first, filtered on the server by status (planned / held) and kind; pages of 200 at most.
  list: (params: ListMeetingsParams = {}): Promise<Page<MeetingRecord>> =>
    request<Page<MeetingRecord>>('GET', '/api/meetings', { query: { ...params } }),
  get: (meetingId: string): Promise<MeetingRecord> => request<MeetingRecord>('GET', `/api/meetings/${id(meetingId)}`),
  update: (meetingId: string, body: Partial<Omit<MeetingView, 'id'>>): Promise<MeetingRecord> =>
    request<MeetingRecord>('PATCH', `/api/meetings/${id(meetingId)}`, { body }),
  // The office corrects a held meeting's minutes or attendance (the whole list), with a reason kept in the audit log.
  correctRecord: (
    meetingId: string,
    body: { minutes?: string; attendance?: MeetingAttendance[]; reason: string },
  ): Promise<MeetingRecord> => request<MeetingRecord>('PATCH', `/api/meetings/${id(meetingId)}/record`, { body }),
  // Minutes, attendance and every agreed matter in one step. The caller keeps one key from the first click of
  // 提交 until a click succeeds (features/meetings/retryKey.ts), so a retry dispatches each matter once.
  hold: (
    meetingId: string,
    body: HoldMeeting,
    idempotencyKey: string,
  ): Promise<{ meeting: MeetingRecord; matters: MatterDetail[] }> =>
    request('POST', `/api/meetings/${id(meetingId)}/hold`, { body, idempotencyKey }),
  // The convener (leadership) or the office director calls an ad-hoc plenary or a meeting of some units.
  convene: (body: Omit<NewMeeting, 'kind'>): Promise<MeetingRecord> =>
    request<MeetingRecord>('POST', '/api/meetings/ad-hoc', { body }),
};

// ---- filings (重大事项抄送 · 信息报送) ----
export interface NewFiling {
  kind: FilingKind;
  title: string;
  content: string;
  category: string;
  attachments?: FilingAttachment[];
  eventDate: string;
}

// A returned filing corrected by its unit: content always, the other fields when sent (the kind is fixed).
export interface FilingCorrection {
  content: string;
  title?: string;
  category?: string;
  attachments?: FilingAttachment[];
  eventDate?: string;
  // What was changed, for the office's record.
  note?: string;
}

export interface ListFilingsParams {
  kind?: FilingKind;
  status?: FilingStatus;
  unit?: string;
  selected?: boolean;
  page?: number;
  pageSize?: number;
}

export const filingsApi = {
  list: (params: ListFilingsParams = {}): Promise<Page<FilingView>> =>
    request<Page<FilingView>>('GET', '/api/filings', { query: { ...params } }),
  get: (filingId: string): Promise<FilingView> => request<FilingView>('GET', `/api/filings/${id(filingId)}`),
  file: (body: NewFiling): Promise<FilingView> =>
    request<FilingView>('POST', '/api/filings', { body, idempotencyKey: newIdempotencyKey() }),
  resubmit: (filingId: string, body: FilingCorrection): Promise<FilingView> =>
    request<FilingView>('POST', `/api/filings/${id(filingId)}/resubmit`, { body }),
  review: (filingId: string, body: { comment?: string; selectedForBriefing?: boolean }): Promise<FilingView> =>
    request<FilingView>('POST', `/api/filings/${id(filingId)}/review`, { body }),
  return: (filingId: string, comment: string): Promise<FilingView> =>
    request<FilingView>('POST', `/api/filings/${id(filingId)}/return`, { body: { comment } }),
  select: (filingId: string, selected: boolean): Promise<FilingView> =>
    request<FilingView>('POST', `/api/filings/${id(filingId)}/briefing-selection`, { body: { selected } }),
};

// ---- the annual summary campaign (年度工作总结) ----
export interface StartCampaign {
  year: number;
  dueDate: string;
  policy?: CampaignPolicy;
  // Pilots only: ask these units instead of all 21.
  unitCodes?: string[];
}

// The API serves the summary campaign under /api/campaigns/summary; a year without one answers 404 NOT_FOUND.
export const campaignsApi = {
  // The key is made per click of 发起, so a retry of that click starts the campaign once.
  start: (body: StartCampaign, idempotencyKey: string = newIdempotencyKey()): Promise<CampaignView> =>
    request<CampaignView>('POST', '/api/campaigns/summary', { body, idempotencyKey }),
  // Every summary campaign, newest year first, with counts; a unit gets those that ask it, with its own status.
  list: (): Promise<CampaignListItem[]> => request<CampaignListItem[]>('GET', '/api/campaigns/summary'),
  get: (year: number): Promise<CampaignView> => request<CampaignView>('GET', `/api/campaigns/summary/${year}`),
  // The unit leader's summary for the caller's own unit (a resubmission after a return too).
  submit: (year: number, body: { text: string; attachments?: string[] }): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/submission`, {
      body,
      idempotencyKey: newIdempotencyKey(),
    }),
  // Inside the unit: the liaison's draft for the leader, and the leader's approval or return (with a note) of it.
  draft: (year: number, body: { text: string; attachments?: string[] }): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/draft`, {
      body,
      idempotencyKey: newIdempotencyKey(),
    }),
  approveDraft: (year: number): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/draft/approve`, {
      idempotencyKey: newIdempotencyKey(),
    }),
  returnDraft: (year: number, reason: string): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/draft/return`, {
      body: { reason },
      idempotencyKey: newIdempotencyKey(),
    }),
  return: (year: number, unitCode: string, reason: string): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/units/${id(unitCode)}/return`, {
      body: { reason },
      idempotencyKey: newIdempotencyKey(),
    }),
  accept: (year: number, unitCode: string): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/units/${id(unitCode)}/accept`, {
      idempotencyKey: newIdempotencyKey(),
    }),
};

// ---- work briefings (工作简报) ----
// An item given as text; the unit is optional.
// `id` names the information item an edited entry came from (keeps the link); text items have none.
export type BriefingItemInput = Pick<BriefingItem, 'title' | 'text'> & { unitCode?: string | null; id?: string };

export interface CompileBriefing {
  title: string;
  year?: number;
  foreword?: string;
  itemIds?: string[];
  items?: BriefingItemInput[];
}

export const briefingsApi = {
  list: (params: { year?: number; page?: number; pageSize?: number } = {}): Promise<Page<BriefingView>> =>
    request<Page<BriefingView>>('GET', '/api/briefings', { query: { ...params } }),
  get: (briefingId: string): Promise<BriefingView> => request<BriefingView>('GET', `/api/briefings/${id(briefingId)}`),
  compile: (body: CompileBriefing): Promise<BriefingView> => request<BriefingView>('POST', '/api/briefings', { body }),
  update: (
    briefingId: string,
    // Items replace the items (the API keeps them as text, without their information item's id).
    body: { title?: string; foreword?: string; items?: BriefingItemInput[] },
  ): Promise<BriefingView> => request<BriefingView>('PATCH', `/api/briefings/${id(briefingId)}`, { body }),
  publish: (briefingId: string): Promise<BriefingView> =>
    request<BriefingView>('POST', `/api/briefings/${id(briefingId)}/publish`),
  // The printable issue as a Word document, saved by the browser.
  exportDocx: (b: Pick<BriefingView, 'id' | 'title' | 'issue'>): Promise<void> =>
    download(`/api/briefings/${id(b.id)}/export`, `${b.title}-${b.issue}.docx`, { format: 'docx' }),
  // The print-ready page in a new tab, printed or saved as PDF by the browser.
  openPrintable: (briefingId: string): Promise<void> =>
    openFile(`/api/briefings/${id(briefingId)}/export`, { format: 'html' }),
};

// ---- the State Council's annual holiday schedule (国务院节假日安排), entered by the office ----
export interface NamedDate {
  date: string;
  // The festival the day belongs to (元旦, 春节, ...).
  name: string;
}

export interface CalendarYearEntry {
  year: number;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  documentNumber: string | null;
  enteredBy: string;
  enteredAt: string;
}

export interface EnterCalendarYear {
  // Every day off, weekends inside a holiday included (at most 60).
  holidays: NamedDate[];
  // Weekend days worked instead (调休上班, at most 20).
  makeupWorkdays: NamedDate[];
  documentNumber?: string;
}

export const calendarYearsApi = {
  list: (): Promise<CalendarYearEntry[]> => request<CalendarYearEntry[]>('GET', '/api/calendar/years'),
  // Enters or wholesale replaces the year; every open matter recomputes its deadlines.
  enter: (year: number, body: EnterCalendarYear): Promise<{ year: CalendarYearEntry; recomputedMatters: number }> =>
    request('PUT', `/api/calendar/years/${year}`, { body }),
};
