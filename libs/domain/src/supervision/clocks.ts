import type { ClockPause, MatterState, SupervisionState } from '@app/contracts';

import type { EventDraft } from '../matters/matter-state-machine';

// Why a unit's clock stands still: the ball is in the office's court.
function pauseReason(m: MatterState, unitCode: string): string | undefined {
  const a = m.assignments.find((x) => x.unitCode === unitCode && x.status !== 'withdrawn' && x.status !== 'cancelled');
  if (!a || a.status === 'completed' || a.status === 'not_done' || m.status === 'closed' || m.status === 'cancelled') {
    return undefined;
  }
  if (a.status === 'decline_requested') {
    return 'decline_awaiting_office';
  }
  if (a.role === 'lead' && m.status === 'awaiting_verification') {
    return 'completion_awaiting_verification';
  }
  if (a.role === 'lead' && m.pendingExtension) {
    return 'extension_awaiting_decision';
  }
  return undefined;
}

// Opens and closes clock pauses to match the state; returns the events that record them.
export function syncClocks(m: MatterState, sv: SupervisionState, now: string): EventDraft[] {
  const drafts: EventDraft[] = [];
  const units = new Set([...m.assignments.map((a) => a.unitCode), ...Object.keys(sv.pauses)]);
  for (const unitCode of units) {
    const pauses = (sv.pauses[unitCode] ??= []);
    const open = pauses.find((p) => p.to === undefined);
    const reason = pauseReason(m, unitCode);
    if (open && open.reason !== reason) {
      open.to = now;
      const stillActive = m.assignments.some(
        (a) => a.unitCode === unitCode && !['withdrawn', 'cancelled', 'completed', 'not_done'].includes(a.status),
      );
      if (stillActive && m.status !== 'closed' && m.status !== 'cancelled') {
        drafts.push({
          type: 'supervision.clock_resumed',
          unitCode,
          data: { pausedSince: open.from, reason: open.reason },
        });
      }
    }
    if (reason && (!open || open.reason !== reason)) {
      pauses.push({ from: now, reason });
      drafts.push({ type: 'supervision.clock_paused', unitCode, data: { reason } });
    }
    if (pauses.length === 0) {
      delete sv.pauses[unitCode];
    }
  }
  return drafts;
}

// Working days a unit's clock stood still within the window [since, until): each pause is clipped to the
// window, so a pause that began before `since` (the last report, the assignment) counts from `since`, and one
// still open counts up to `until`. Without `until`, open pauses count nothing (the planner does not time a
// paused unit at all). `workingDaysBetween` counts the working days after the first instant's date up to and
// including the second's (the calendar's half-open range of dates).
export function pausedWorkingDays(
  pauses: readonly ClockPause[],
  workingDaysBetween: (fromIso: string, toIso: string) => number,
  since?: string,
  until?: string,
): number {
  let days = 0;
  for (const p of pauses) {
    const end = p.to ?? until;
    if (end === undefined) {
      continue;
    }
    const from = since !== undefined && p.from < since ? since : p.from;
    const to = until !== undefined && end > until ? until : end;
    if (to > from) {
      days += workingDaysBetween(from, to);
    }
  }
  return days;
}
