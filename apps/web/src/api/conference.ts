import type {
  AgendaItem,
  BriefingItem,
  BriefingView,
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
import type { MeetingKind, MeetingView, NewMatterItem } from './endpoints';

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

export const meetingRecordsApi = {
  get: (meetingId: string): Promise<MeetingRecord> => request<MeetingRecord>('GET', `/api/meetings/${id(meetingId)}`),
  update: (meetingId: string, body: Partial<Omit<MeetingView, 'id'>>): Promise<MeetingRecord> =>
    request<MeetingRecord>('PATCH', `/api/meetings/${id(meetingId)}`, { body }),
  // Minutes, attendance and every agreed matter in one step. The key is made per click of 提交, so a retry of
  // that click dispatches the matters once.
  hold: (
    meetingId: string,
    body: HoldMeeting,
    idempotencyKey: string,
  ): Promise<{ meeting: MeetingRecord; matters: MatterDetail[] }> =>
    request('POST', `/api/meetings/${id(meetingId)}/hold`, { body, idempotencyKey }),
  // The convener (leadership) or the office director calls an ad-hoc plenary or a meeting of some units.
  convene: (
    body: Omit<MeetingView, 'id' | 'kind' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt' | 'matterCount'>,
  ) => request<MeetingRecord>('POST', '/api/meetings/ad-hoc', { body }),
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
  get: (year: number): Promise<CampaignView> => request<CampaignView>('GET', `/api/campaigns/summary/${year}`),
  // The unit leader's summary for the caller's own unit (a resubmission after a return too).
  submit: (year: number, body: { text: string; attachments?: string[] }): Promise<CampaignView> =>
    request<CampaignView>('POST', `/api/campaigns/summary/${year}/submission`, {
      body,
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
export interface CompileBriefing {
  title: string;
  year?: number;
  foreword?: string;
  itemIds?: string[];
  items?: Omit<BriefingItem, 'id'>[];
}

export const briefingsApi = {
  list: (params: { year?: number; page?: number; pageSize?: number } = {}): Promise<Page<BriefingView>> =>
    request<Page<BriefingView>>('GET', '/api/briefings', { query: { ...params } }),
  get: (briefingId: string): Promise<BriefingView> => request<BriefingView>('GET', `/api/briefings/${id(briefingId)}`),
  compile: (body: CompileBriefing): Promise<BriefingView> => request<BriefingView>('POST', '/api/briefings', { body }),
  update: (
    briefingId: string,
    body: { title?: string; foreword?: string; items?: Omit<BriefingItem, 'id'>[] },
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
