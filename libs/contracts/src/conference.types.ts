// The conference's own mechanisms around the matters: topic proposals (议题), meetings held with minutes
// (纪要) and attendance, major-matter filings (重大事项抄送) and information items (信息报送).
import type { FilingAction, TopicAction } from './conference-rules';

export const MEETING_STATUSES = ['planned', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

// Who attended; `standingInFor` names the member a stand-in (代会人员) replaced.
export interface MeetingAttendance {
  unitCode?: string;
  person: string;
  standingInFor?: string;
}

// proposed → accepted (onto a meeting's agenda) → discussed (when the meeting is held);
// proposed/accepted → deferred (with a note) → accepted again later; proposed/deferred/accepted → declined.
export const TOPIC_STATUSES = ['proposed', 'accepted', 'deferred', 'declined', 'discussed'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export type TopicEventType =
  'topic.proposed' | 'topic.accepted' | 'topic.deferred' | 'topic.declined' | 'topic.discussed';

// An entry of a topic's or a filing's history (topic_events, filing_events): who, in which role and unit, when,
// what (`type`, one of the feature's event names) and why.
export interface RecordedEventView<T extends string> {
  type: T;
  at: string;
  actorUserId: string;
  // The person's display name where the login name belongs to a user (null for 'system' or a removed account).
  actorName: string | null;
  actorRole: string;
  actorUnitCode: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export type TopicEventView = RecordedEventView<TopicEventType>;

export interface TopicView {
  id: string;
  unitCode: string;
  title: string;
  background: string;
  proposal: string;
  desiredMeetingKind: string | null;
  status: TopicStatus;
  meetingId: string | null;
  agendaOrder: number | null;
  decisionNote: string | null;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  events?: TopicEventView[];
  // What the person asking may decide now (libs/contracts/src/conference-rules.ts).
  allowedActions: TopicAction[];
}

export interface AgendaItem {
  topicId: string;
  order: number;
  title: string;
  unitCode: string;
  status: TopicStatus;
}

export const FILING_KINDS = ['major_matter', 'information'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];

// submitted → reviewed | returned (with the office's comment).
export const FILING_STATUSES = ['submitted', 'reviewed', 'returned'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export interface FilingAttachment {
  title: string;
  url: string;
}

// filed · resubmitted after a return (with the unit's note) · reviewed · returned (with the office's comment) ·
// selected for / removed from a briefing.
export type FilingEventType =
  | 'filing.submitted'
  | 'filing.resubmitted'
  | 'filing.reviewed'
  | 'filing.returned'
  | 'filing.selected_for_briefing'
  | 'filing.unselected_for_briefing';

export type FilingEventView = RecordedEventView<FilingEventType>;

export interface FilingView {
  id: string;
  kind: FilingKind;
  unitCode: string;
  title: string;
  content: string;
  category: string;
  attachments: FilingAttachment[];
  eventDate: string;
  status: FilingStatus;
  reviewComment: string | null;
  selectedForBriefing: boolean;
  filedBy: string;
  filedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  // Every state change, oldest first (on GET /api/filings/:id and the commands' answers).
  events?: FilingEventView[];
  // What the person asking may do now (libs/contracts/src/conference-rules.ts).
  allowedActions: FilingAction[];
}
