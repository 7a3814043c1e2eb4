// Supervision (督查督办): working-day deadlines, lights and the escalation ladder of a matter.

// 提醒 reminder to the unit's liaison officer → 催办 urging notice to its responsible official → 督办 formal
// supervision notice from the office director → 通报 report to the convener (and the next briefing).
export type EscalationLevel = 'reminder' | 'urging' | 'supervision' | 'report';
export const ESCALATION_LEVELS: readonly EscalationLevel[] = ['reminder', 'urging', 'supervision', 'report'];

// What was breached: a missed acknowledgement, a missed progress report, the due date, or the office's own
// turnaround (verification, a decline or an extension request left waiting).
export type BreachReason = 'ack_missed' | 'progress_missed' | 'overdue' | 'office_turnaround' | 'manual';

export interface LadderStep {
  level: EscalationLevel;
  // Working days after the breach.
  afterWorkingDays: number;
}

export interface SupervisionPolicy {
  ackWorkingDays: number;
  progressEveryWorkingDays: number;
  yellowBeforeWorkingDays: number;
  ladder: LadderStep[];
  // The office's own turnaround for verification, declines and extension requests.
  officeTurnaroundWorkingDays: number;
}

export type TimerEffect =
  | { type: 'light'; light: 'yellow' | 'red' }
  | {
      type: 'escalate';
      level: EscalationLevel;
      reason: BreachReason;
      unitCode?: string;
      breachKey: string;
      office?: boolean;
    };

export interface PlannedTimer {
  key: string;
  atMs: number;
  effect: TimerEffect;
  provisional: boolean;
}

export interface ClockPause {
  from: string;
  to?: string;
  reason: string;
}

// What the planner derives; stored in the workflow state and projected.
export interface SupervisionPlan {
  timers: PlannedTimer[];
  // The due date plus the working days the lead unit's clock was paused.
  effectiveDueDate: string;
  // The first moment a unit would be in breach if nobody acts (ISO), or null. The office's own turnaround is
  // not in it: that is officeBreachAt.
  predictedBreachAt: string | null;
  // The first moment the office's own turnaround (verification, a decline, an extension decision) would be
  // breached; absent in plans made before it existed.
  officeBreachAt?: string | null;
  light: 'green' | 'yellow' | 'red';
  // The highest level fired on a breach that is still open.
  escalationLevel: EscalationLevel | null;
  // Some deadline falls in a year whose holiday schedule is not known yet.
  provisional: boolean;
  // Due instants per assignment, for lists and the timeline.
  dueByUnit: Record<string, { ackDueAt?: string; progressDueAt?: string }>;
  computedAt: string;
}

export interface SupervisionState {
  policy: SupervisionPolicy;
  firedKeys: string[];
  plan?: SupervisionPlan;
  // Pauses of each unit's clock while the ball is in the office's court.
  pauses: Record<string, ClockPause[]>;
  // When the current lead unit took the lead, if it was not the lead at dispatch (re-assigned or re-routed):
  // its due-date lights and overdue ladder are its own, after the grace of a new assignment.
  leadSince?: string;
}

// A ladder from the working days after which each level fires, in the ladder's order (levels left out are skipped):
// ladderOf({ reminder: 0, urging: 2 }) is the two-step ladder reminder on the day, urging two working days later.
export function ladderOf(afterWorkingDays: Partial<Record<EscalationLevel, number>>): LadderStep[] {
  return ESCALATION_LEVELS.flatMap((level) => {
    const after = afterWorkingDays[level];
    return after === undefined ? [] : [{ level, afterWorkingDays: after }];
  });
}

// The ladder of DOMAIN.md: 提醒 on the day, 催办 after 2 working days, 督办 after 5, 通报 after 10.
export const DEFAULT_LADDER: readonly LadderStep[] = ladderOf({ reminder: 0, urging: 2, supervision: 5, report: 10 });

// Default ladder of DOMAIN.md; per priority the thresholds tighten.
export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = {
  ackWorkingDays: 2,
  progressEveryWorkingDays: 10,
  yellowBeforeWorkingDays: 3,
  ladder: [...DEFAULT_LADDER],
  officeTurnaroundWorkingDays: 3,
};

export interface EscalationNotice {
  matterId: string;
  matterCode: string;
  title: string;
  level: EscalationLevel;
  reason: BreachReason;
  unitCode?: string;
  office: boolean;
  // Who asked for it: 'system' for the ladder, an office user for a manual urge.
  byUserId: string;
  note?: string;
  // Idempotency key of the notice (matter + key); a retried activity notifies once.
  key: string;
}

export interface NotifiedRecipient {
  userId: string | null;
  username: string | null;
  unitCode: string | null;
  channel: 'inbox';
}

export interface EscalationNoticeResult {
  recipients: NotifiedRecipient[];
  // 督〔2026〕7号 for a supervision notice (督办单), else null.
  noticeNo: string | null;
}
