import type { MatterPriority, SupervisionPolicy } from '@app/contracts';
import { DEFAULT_SUPERVISION_POLICY, ErrorCode, ESCALATION_LEVELS, ladderOf } from '@app/contracts';

import { reject } from '../matters/matter-rejection';

// Defaults per priority: an urgent matter is acknowledged sooner, reported on more often and climbs faster.
const BY_PRIORITY: Record<MatterPriority, SupervisionPolicy> = {
  normal: DEFAULT_SUPERVISION_POLICY,
  high: { ...DEFAULT_SUPERVISION_POLICY, ackWorkingDays: 1, progressEveryWorkingDays: 5, yellowBeforeWorkingDays: 5 },
  urgent: {
    ackWorkingDays: 1,
    progressEveryWorkingDays: 3,
    yellowBeforeWorkingDays: 5,
    ladder: ladderOf({ reminder: 0, urging: 1, supervision: 3, report: 5 }),
    officeTurnaroundWorkingDays: 2,
  },
};

export function defaultPolicy(priority: MatterPriority): SupervisionPolicy {
  return BY_PRIORITY[priority] ?? DEFAULT_SUPERVISION_POLICY;
}

const whole = (n: unknown, field: string, min: number): number => {
  if (!Number.isInteger(n) || (n as number) < min || (n as number) > 250) {
    reject(ErrorCode.InvalidCommand, `policy.${field} must be a whole number of working days from ${min} to 250.`);
  }
  return n as number;
};

// The matter's policy: the priority's defaults with the matter's own overrides, checked.
export function resolvePolicy(priority: MatterPriority, overrides?: Partial<SupervisionPolicy>): SupervisionPolicy {
  // Absent overrides (undefined) keep the default.
  const given = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined));
  const p: SupervisionPolicy = { ...defaultPolicy(priority), ...given };
  whole(p.ackWorkingDays, 'ackWorkingDays', 0);
  whole(p.progressEveryWorkingDays, 'progressEveryWorkingDays', 1);
  whole(p.yellowBeforeWorkingDays, 'yellowBeforeWorkingDays', 0);
  whole(p.officeTurnaroundWorkingDays, 'officeTurnaroundWorkingDays', 0);
  if (!Array.isArray(p.ladder) || p.ladder.length === 0 || p.ladder.length > 4) {
    reject(ErrorCode.InvalidCommand, 'policy.ladder must have one to four steps.');
  }
  let previous = -1;
  let previousLevel = -1;
  for (const step of p.ladder) {
    if (!ESCALATION_LEVELS.includes(step.level)) {
      reject(ErrorCode.InvalidCommand, `policy.ladder: unknown level "${String(step.level)}".`);
    }
    // Each level at most once, in ladder order (reminder → urging → supervision → report): the level is part
    // of the timer key.
    if (ESCALATION_LEVELS.indexOf(step.level) <= previousLevel) {
      reject(
        ErrorCode.InvalidCommand,
        'policy.ladder levels must climb: reminder, urging, supervision, report, each once.',
      );
    }
    previousLevel = ESCALATION_LEVELS.indexOf(step.level);
    const after = whole(step.afterWorkingDays, 'ladder.afterWorkingDays', 0);
    if (after < previous) {
      reject(ErrorCode.InvalidCommand, 'policy.ladder steps must not come earlier than the step before them.');
    }
    previous = after;
  }
  return { ...p, ladder: p.ladder.map((s) => ({ level: s.level, afterWorkingDays: s.afterWorkingDays })) };
}
