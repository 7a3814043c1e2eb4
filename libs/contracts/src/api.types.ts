import type {
  AssignmentHandler,
  AssignmentRole,
  AssignmentStatus,
  CompletionReport,
  Contribution,
  MatterLight,
  MatterPriority,
  MatterStatus,
  PendingExtension,
  ProgressReport,
  UnitDraft,
  UnitDraftReturn,
} from './matter.types';
import type { AllowedAction, Countdown } from './matter-command-table';
import type { EscalationLevel, SupervisionState } from './supervision.types';

// Shapes of the HTTP API that the console consumes.
// Why a due date is provisional: the years without a published holiday schedule among the working days counted
// onto the due date as set (the office's waits), and how many working days were counted.
export interface ProvisionalDeadline {
  years: number[];
  shiftedWorkingDays: number;
}

export interface MatterSummary {
  id: string;
  code: string;
  title: string;
  meetingId: string | null;
  source: string | null;
  leadUnitCode: string;
  coUnitCodes: string[];
  dueDate: string;
  originalDueDate: string;
  priority: MatterPriority;
  year: number;
  status: MatterStatus;
  light: MatterLight;
  overdue: boolean;
  extensionPending: boolean;
  // Supervision: the due date plus paused working days, the highest open escalation, the next breach.
  effectiveDueDate: string | null;
  escalationLevel: EscalationLevel | null;
  predictedBreachAt: string | null;
  // The due date shown (the effective one) is provisional: working days counted onto it lie in a year whose holiday
  // schedule is not published; deadlineProvisionalWhy says which years and how many days.
  deadlineProvisional: boolean;
  deadlineProvisionalWhy: ProvisionalDeadline | null;
  // Working days left to (or past) the matter's last day, from the server's calendar and today; null once closed.
  countdown: Countdown | null;
  createdAt: string;
  closedAt: string | null;
  updatedAt: string;
  seq: number;
  // Each current unit's part, for the board's unit column (withdrawn and cancelled assignments are left out), and
  // whether no unit has signed yet (the board reads 待签收 then).
  unitStates: MatterAssignmentSummary[];
  awaitingAck: boolean;
}

// A unit's state on a matter as the board shows it: not signed for N working days since dispatch, signed and at
// work, contributed (a co-unit), reported done (the lead's completion report awaits the office), completed, or
// recorded as not done when the matter was verified (a co-unit that never signed or contributed).
export type BoardAssignmentState = 'unsigned' | 'in_progress' | 'contributed' | 'submitted' | 'completed' | 'not_done';
export const BOARD_ASSIGNMENT_STATES: readonly BoardAssignmentState[] = [
  'unsigned',
  'in_progress',
  'contributed',
  'submitted',
  'completed',
  'not_done',
];

export interface MatterAssignmentSummary {
  unitCode: string;
  role: AssignmentRole;
  state: BoardAssignmentState;
  // Working days since dispatch while unsigned (on the unit's own calendar); null otherwise.
  days: number | null;
}

export interface AssignmentView {
  unitCode: string;
  unitNameZh: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  assignedAt: string;
  acknowledgedAt: string | null;
  percent: number;
  lastProgressAt: string | null;
  returnCount: number;
  completedAt: string | null;
  ackDueAt: string | null;
  progressDueAt: string | null;
  clockPaused: boolean;
  // The accountability model (libs/domain/src/accountability): what the unit answers for on this matter (the
  // lead its completion, a co-unit its contribution; none once its part is done), the date it is charged
  // against now (null while the office holds its clock), and whether that date has passed.
  duty: 'complete' | 'contribute' | 'none';
  chargedDueDate: string | null;
  overdue: boolean;
  progress: ProgressReport[];
  contribution: Contribution | null;
  completion: CompletionReport | null;
  // Inside the unit only (null to anyone not acting for it): the liaison's draft waiting for the leader, and the
  // leader's last return of one, with the note.
  draft: UnitDraft | null;
  draftReturn: UnitDraftReturn | null;
  // 承办人, the unit's named handler; its phone only to the office and the unit itself (null to others).
  handler: AssignmentHandler | null;
  declineReason: string | null;
  // The same countdown on the unit's own working days; null once the assignment is done or the matter closed.
  countdown: Countdown | null;
}

export interface MatterEventView {
  seq: number;
  type: string;
  at: string;
  // The login name the event records (stable; what audits and filters use).
  actorUserId: string;
  // The person's display name (users.display_name), resolved when the matter is read; null for the system and for
  // a login name no user has (a removed account). Absent from responses built before names were resolved.
  actorName?: string | null;
  actorRole: string;
  actorUnitCode: string | null;
  // The capacity the person acted in: 'office', 'unit:<code>', 'leadership', 'system' (from actorRole and
  // actorUnitCode; a person holding several capacities is recorded in the one the command was issued in).
  actorCapacity: string;
  // The person's roles within that capacity (['unit_liaison'], ['office_director']); empty for the system and for
  // events recorded before the roles were kept.
  actorCapacityRoles?: string[];
  unitCode: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  // Set on the entries that are a contest's steps (申诉: contest.filed / contest.accepted / contest.rejected),
  // merged into the timeline from the contests' record; their seq is the contested escalation's (0 for an overdue
  // charge), not a workflow event's.
  contestId?: string;
}

export interface MatterDetail extends MatterSummary {
  description: string;
  createdBy: string;
  cancelReason: string | null;
  pendingExtension: PendingExtension | null;
  extensionCount: number;
  instructions: { at: string; byUserId: string; byName?: string; text: string }[];
  supervision: SupervisionState | null;
  assignments: AssignmentView[];
  events: MatterEventView[];
  // What the person asking may do now (a dry run of the workflow's checks and the policy table).
  allowedActions: AllowedAction[];
  // Whether the person asking follows (关注) the matter.
  followed: boolean;
}

// 关注: why a person follows a matter — they gave a 批示 on it, or followed it by hand.
export type FollowReason = 'instruction' | 'manual';

export interface MatterFollowView {
  matterId: string;
  followed: boolean;
  // When the follow began, and why; null once unfollowed.
  since: string | null;
  reason: FollowReason | null;
}

// A row of GET /api/matters/followed.
export interface FollowedMatterSummary extends MatterSummary {
  followedSince: string;
  followReason: FollowReason;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CommandResponseBody {
  matter: MatterDetail;
  // Events appended by this command; empty when an Idempotency-Key replayed an applied command.
  appended: MatterEventView[];
  replayed: boolean;
}
