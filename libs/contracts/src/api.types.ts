import type {
  AssignmentRole,
  AssignmentStatus,
  CompletionReport,
  Contribution,
  MatterLight,
  MatterPriority,
  MatterStatus,
  PendingExtension,
  ProgressReport,
} from './matter.types';
import type { EscalationLevel, SupervisionState } from './supervision.types';

// Shapes of the HTTP API that the console consumes.
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
  deadlineProvisional: boolean;
  createdAt: string;
  closedAt: string | null;
  updatedAt: string;
  seq: number;
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
  progress: ProgressReport[];
  contribution: Contribution | null;
  completion: CompletionReport | null;
  declineReason: string | null;
}

export interface MatterEventView {
  seq: number;
  type: string;
  at: string;
  actorUserId: string;
  actorRole: string;
  actorUnitCode: string | null;
  unitCode: string | null;
  reason: string | null;
  data: Record<string, unknown>;
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
