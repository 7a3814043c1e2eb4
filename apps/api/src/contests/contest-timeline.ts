import type {
  ChargeContestView,
  ChargeKind,
  ContestEventType,
  ContestStatusName,
  MatterEventView,
} from '@app/contracts';
import { capacityOfActor } from '@app/contracts';
import type { ContestRow } from '@app/database';

// A contest as the API returns it.
export function toContestView(r: ContestRow): ChargeContestView {
  const c = r.contest;
  return {
    id: c.id,
    matterId: c.matterId,
    matterCode: r.matterCode,
    matterTitle: r.matterTitle,
    charge: {
      kind: c.chargeKind as ChargeKind,
      seq: c.escalationSeq,
      level: r.level,
      at: r.chargedAt ? r.chargedAt.toISOString() : null,
    },
    unitCode: c.unitCode,
    filedBy: c.filedBy,
    filedCapacity: c.filedCapacity,
    filedAt: c.filedAt.toISOString(),
    reason: c.reason,
    attachments: c.attachments,
    status: c.status as ContestStatusName,
    decidedBy: c.decidedBy,
    decidedCapacity: c.decidedCapacity,
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
    decisionReason: c.decisionReason,
  };
}

// A contest's steps as timeline entries of its matter: filed, then accepted or rejected. Marked by `contestId`;
// their seq is the contested escalation's (0 for an overdue charge), so each sits beside the charge it answers.
export function contestEntries(c: ChargeContestView): MatterEventView[] {
  const charge = { kind: c.charge.kind, seq: c.charge.seq, level: c.charge.level };
  const seq = c.charge.seq ?? 0;
  const filed: MatterEventView = {
    seq,
    type: 'contest.filed' satisfies ContestEventType,
    at: c.filedAt,
    actorUserId: c.filedBy,
    actorRole: 'unit',
    actorUnitCode: c.unitCode,
    actorCapacity: capacityOfActor({ role: 'unit', unitCode: c.unitCode }),
    unitCode: c.unitCode,
    reason: c.reason,
    data: { contestId: c.id, charge, attachments: c.attachments, capacity: c.filedCapacity },
    contestId: c.id,
  };
  if (c.status === 'pending' || c.decidedAt === null || c.decidedBy === null) {
    return [filed];
  }
  const decided: MatterEventView = {
    seq,
    type: (c.status === 'accepted' ? 'contest.accepted' : 'contest.rejected') satisfies ContestEventType,
    at: c.decidedAt,
    actorUserId: c.decidedBy,
    actorRole: 'office',
    actorUnitCode: null,
    actorCapacity: capacityOfActor({ role: 'office' }),
    unitCode: c.unitCode,
    reason: c.decisionReason || null,
    data: { contestId: c.id, charge, withdrawn: c.status === 'accepted', capacity: c.decidedCapacity },
    contestId: c.id,
  };
  return [filed, decided];
}

// The matter's events (in seq order) with the contests' entries merged in by time: each entry goes after every
// event at or before its instant, and entries keep their own order among themselves.
export function mergeTimeline(events: MatterEventView[], contests: ChargeContestView[]): MatterEventView[] {
  const extra = contests.flatMap(contestEntries).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (extra.length === 0) {
    return events;
  }
  const out: MatterEventView[] = [];
  let i = 0;
  for (const e of events) {
    while (i < extra.length && extra[i]!.at < e.at) {
      out.push(extra[i++]!);
    }
    out.push(e);
  }
  return [...out, ...extra.slice(i)];
}
