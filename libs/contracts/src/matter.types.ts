import type { Actor } from './actor';
import type { EscalationLevel, SupervisionPolicy, SupervisionState } from './supervision.types';

export type MatterPriority = 'normal' | 'high' | 'urgent';
export const MATTER_PRIORITIES: readonly MatterPriority[] = ['normal', 'high', 'urgent'];

// in_progress: dispatched and being worked; awaiting_verification: the lead unit's completion report waits
// for the office; closed: verified and closed (办结/销号); cancelled: withdrawn by the office (撤销).
export type MatterStatus = 'in_progress' | 'awaiting_verification' | 'closed' | 'cancelled';
export const MATTER_STATUSES: readonly MatterStatus[] = ['in_progress', 'awaiting_verification', 'closed', 'cancelled'];

export type AssignmentRole = 'lead' | 'co';

// awaiting_ack 待签收 · in_progress 办理中 · decline_requested 申请退回 · contributed (co-unit handed its part
// to the lead unit) · submitted 已报办结 · returned 退回整改 · completed 已办结 · not_done 未完成 (a co-unit that
// never signed or contributed, so recorded by the office when it verified the matter) · withdrawn (re-routed away or
// replaced as lead) · cancelled (the matter was cancelled)
export type AssignmentStatus =
  | 'awaiting_ack'
  | 'in_progress'
  | 'decline_requested'
  | 'contributed'
  | 'submitted'
  | 'returned'
  | 'completed'
  | 'not_done'
  | 'withdrawn'
  | 'cancelled';
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'awaiting_ack',
  'in_progress',
  'decline_requested',
  'contributed',
  'submitted',
  'returned',
];
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  ...OPEN_ASSIGNMENT_STATUSES,
  'completed',
  'not_done',
  'withdrawn',
  'cancelled',
];

// A co-unit whose part the office must confirm as not done before it verifies the matter (办结销号): it holds a
// current assignment, never signed for it (签收) and never handed a contribution to the lead unit. Works on the
// workflow's state and on the API's view alike (the console names these units in its confirmation).
export function needsNotDoneConfirmation(a: {
  role: AssignmentRole;
  status: AssignmentStatus;
  acknowledgedAt?: string | null;
  contribution?: unknown;
}): boolean {
  return (
    a.role === 'co' && a.status !== 'withdrawn' && a.status !== 'cancelled' && !a.acknowledgedAt && !a.contribution
  );
}

// Light of a matter: green on track, yellow near the due date (临期), red overdue (超期), none when finished.
export type MatterLight = 'green' | 'yellow' | 'red' | 'none';
export const MATTER_LIGHTS: readonly MatterLight[] = ['green', 'yellow', 'red', 'none'];

export interface EvidenceItem {
  title: string;
  url?: string;
}

export interface ProgressReport {
  at: string;
  byUserId: string;
  text: string;
  percent: number;
}

export interface Contribution {
  at: string;
  byUserId: string;
  text: string;
  evidence: EvidenceItem[];
}

export interface CompletionReport {
  at: string;
  byUserId: string;
  summary: string;
  evidence: EvidenceItem[];
  // A report the unit's liaison drafted and its leader approved: who drafted it (byUserId is the leader).
  draftedBy?: string;
}

// A unit's work drafted by its liaison, waiting for the unit's leader (负责同志) to approve it before it reaches the
// office (unit-draft-approval-v1); the office never sees it. A return leaves the leader's note for the liaison.
// A completion report's draft carries its summary and evidence; an extension request's (unit-draft-extension-v1) its
// reason as `summary`, no evidence, and the date asked for.
export interface UnitDraft {
  kind: 'completion' | 'extension' | 'progress';
  at: string;
  byUserId: string;
  byName?: string;
  summary: string;
  evidence: EvidenceItem[];
  requestedDueDate?: string;
  // A progress report's percentage (kind 'progress').
  percent?: number;
}
export interface UnitDraftReturn {
  kind: UnitDraft['kind'];
  at: string;
  byUserId: string;
  byName?: string;
  reason: string;
}

// A leadership instruction (批示) on a matter.
export interface Instruction {
  at: string;
  byUserId: string;
  byName?: string;
  text: string;
}

export interface PendingDecline {
  at: string;
  byUserId: string;
  reason: string;
  // The status to return to if the office insists.
  previousStatus: AssignmentStatus;
}

export interface PendingExtension {
  at: string;
  byUserId: string;
  unitCode: string;
  requestedDueDate: string;
  reason: string;
}

export interface AssignmentState {
  unitCode: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  assignedAt: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  percent: number;
  lastProgressAt?: string;
  progress: ProgressReport[];
  contribution?: Contribution;
  completion?: CompletionReport;
  // The liaison's draft waiting for the leader, and the leader's last return of one (with the note).
  pendingDraft?: UnitDraft;
  draftReturn?: UnitDraftReturn;
  pendingDecline?: PendingDecline;
  returnCount: number;
  completedAt?: string;
  // The unit's own handler (承办人) of this assignment, as it named them: who to call about it.
  handler?: AssignmentHandler;
  // The people who acted for the unit on this assignment, in a unit capacity (separation of duties reads it with
  // acknowledgedBy and the reports' authors). Recorded from the separation-of-duties-v1 patch on.
  actedBy?: string[];
}

// 承办人: the person a unit names to handle its part of a matter, with an office phone (shown to the office and the
// unit only).
export interface AssignmentHandler {
  name: string;
  phone: string | null;
  at: string;
  byUserId: string;
}
export const HANDLER_NAME_MAX = 50;
// An office phone as people write it: digits, spaces, hyphens, parentheses, an optional leading +, an extension.
export const HANDLER_PHONE = /^\+?[0-9()\- ]{5,30}(?:(?:转|ext\.?|x) ?[0-9]{1,6})?$/;

export interface MatterDefinition {
  matterId: string;
  code: string;
  title: string;
  description: string;
  meetingId?: string;
  // A matter created from an instruction (批示) rather than a meeting names its source here.
  source?: string;
  leadUnitCode: string;
  coUnitCodes: string[];
  // 办结时限, a calendar date (YYYY-MM-DD, Asia/Shanghai); due at the end of that day.
  dueDate: string;
  priority: MatterPriority;
  year: number;
  // Overrides of the default supervision policy for this matter.
  policy?: Partial<SupervisionPolicy>;
}

// One agreed matter as the office dispatches it: a row of a meeting's batch (POST /api/meetings/{id}/matters) and,
// with the meeting it came from, the body of POST /api/matters. The API's MatterItemDto and CreateMatterDto check it
// (their optional policy and year are the API's too); the console sends it and the tests build it.
export interface NewMatterItem {
  code: string;
  title: string;
  description: string;
  leadUnitCode: string;
  coUnitCodes: string[];
  dueDate: string;
  priority?: MatterPriority;
  source?: string;
}

export interface NewMatter extends NewMatterItem {
  meetingId?: string;
}

export interface MatterState extends MatterDefinition {
  status: MatterStatus;
  light: MatterLight;
  originalDueDate: string;
  assignments: AssignmentState[];
  pendingExtension?: PendingExtension;
  extensionCount: number;
  // When the due date was last set (an approved extension); absent: at dispatch.
  dueDateSetAt?: string;
  // Absent in states carried over from runs before instructions existed.
  instructions?: Instruction[];
  // Absent for matters started before supervision existed (they are not supervised).
  supervision?: SupervisionState;
  createdAt: string;
  createdBy: string;
  closedAt?: string;
  cancelledAt?: string;
  cancelReason?: string;
  // Sequence number of the last event; the projection refuses to go backwards past it.
  seq: number;
  updatedAt: string;
}

export type MatterEventType =
  | 'matter.dispatched'
  | 'assignment.acknowledged'
  | 'assignment.decline_requested'
  | 'assignment.rerouted'
  | 'assignment.decline_rejected'
  | 'assignment.progress_reported'
  | 'assignment.contributed'
  | 'matter.completion_submitted'
  // Inside the unit: the liaison's draft for the leader, and the leader's return of it (seen by the unit only).
  | 'assignment.draft_prepared'
  | 'assignment.draft_returned'
  | 'assignment.handler_named'
  | 'matter.completion_returned'
  | 'matter.closed'
  | 'matter.cancelled'
  | 'matter.extension_requested'
  | 'matter.extension_approved'
  | 'matter.extension_refused'
  | 'matter.lead_reassigned'
  | 'matter.instruction_given'
  | 'supervision.clock_started'
  | 'supervision.clock_paused'
  | 'supervision.clock_resumed'
  | 'supervision.deadlines_set'
  | 'supervision.light_changed'
  | 'supervision.escalated';

export type { EscalationLevel };

export interface MatterEvent {
  matterId: string;
  seq: number;
  type: MatterEventType;
  at: string;
  actor: Actor;
  // The unit the event concerns, if any.
  unitCode?: string;
  reason?: string;
  data: Record<string, unknown>;
}
