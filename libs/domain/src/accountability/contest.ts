import { ErrorCode } from '@app/contracts';

import { reject } from '../matters/matter-rejection';

// 申诉: a unit contests a charge against it (an escalation, or an overdue charge on a matter). The office
// accepts it (the charge is withdrawn from the figures; the record keeps both) or rejects it with a reason.
// Pure rules only: the API stores contests, audits and notifies (a later step builds the table and routes).

export type ChargeRef =
  | { kind: 'escalation'; matterId: string; seq: number; unitCode: string }
  | { kind: 'overdue'; matterId: string; unitCode: string };

export type ContestStatus = 'pending' | 'accepted' | 'rejected';

export interface Contest {
  charge: ChargeRef;
  byUnitCode: string;
  byUserId: string;
  at: string;
  reason: string;
  // Titles of the attachments the unit offers as evidence.
  attachments: string[];
  status: ContestStatus;
  decision?: { byUserId: string; at: string; reason: string };
}

const MAX_REASON = 2000;
const MAX_ATTACHMENTS = 20;

const text = (value: unknown, field: string, max: number): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    reject(ErrorCode.InvalidCommand, `${field} must be text of 1 to ${max} characters.`);
  }
  return value.trim();
};

// A unit contests only a charge against itself, once at a time (a rejected contest may be filed again with new
// grounds; an accepted one has already withdrawn the charge).
export function fileContest(
  charge: ChargeRef,
  by: { unitCode: string; userId: string },
  input: { reason: unknown; attachments?: unknown },
  existing: readonly Contest[],
  at: string,
): Contest {
  if (charge.unitCode !== by.unitCode) {
    reject(ErrorCode.Forbidden, 'A unit contests only a charge against itself.');
  }
  const same = existing.filter((c) => sameCharge(c.charge, charge));
  if (same.some((c) => c.status === 'pending')) {
    reject(ErrorCode.InvalidTransition, 'A contest of this charge is already waiting for the office.');
  }
  if (same.some((c) => c.status === 'accepted')) {
    reject(ErrorCode.InvalidTransition, 'This charge was already withdrawn on a contest.');
  }
  const attachments = input.attachments ?? [];
  if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS) {
    reject(ErrorCode.InvalidCommand, `attachments must be a list of at most ${MAX_ATTACHMENTS} titles.`);
  }
  return {
    charge,
    byUnitCode: by.unitCode,
    byUserId: by.userId,
    at,
    reason: text(input.reason, 'reason', MAX_REASON),
    attachments: attachments.map((t, i) => text(t, `attachments[${i}]`, 200)),
    status: 'pending',
  };
}

// The office decides a pending contest; a rejection must say why, an acceptance may.
export function decideContest(
  contest: Contest,
  decision: { accept: boolean; reason?: unknown; byUserId: string },
  at: string,
): Contest {
  if (contest.status !== 'pending') {
    reject(ErrorCode.InvalidTransition, `The contest is already ${contest.status}.`);
  }
  const reason =
    decision.accept && (decision.reason === undefined || decision.reason === '')
      ? ''
      : text(decision.reason, 'reason', MAX_REASON);
  return {
    ...contest,
    status: decision.accept ? 'accepted' : 'rejected',
    decision: { byUserId: decision.byUserId, at, reason },
  };
}

// What makes two refs the same charge: of one kind, these fields equal. The SQL form of chargeStands
// (libs/database/src/repositories/charge-contest.sql.ts) is built from this and WITHDRAWING_STATUS.
export const CHARGE_KEY: { readonly [K in ChargeRef['kind']]: readonly (keyof Extract<ChargeRef, { kind: K }>)[] } = {
  escalation: ['matterId', 'seq', 'unitCode'],
  overdue: ['matterId', 'unitCode'],
};

// A contest in this status has withdrawn its charge.
export const WITHDRAWING_STATUS: ContestStatus = 'accepted';

export function sameCharge(a: ChargeRef, b: ChargeRef): boolean {
  const key = CHARGE_KEY[a.kind] as readonly (keyof ChargeRef)[];
  return a.kind === b.kind && key.every((f) => (a as Record<string, unknown>)[f] === (b as Record<string, unknown>)[f]);
}

// Whether a charge still counts in the figures: withdrawn once a contest of it was accepted.
export function chargeStands(charge: ChargeRef, contests: readonly Contest[]): boolean {
  return !contests.some((c) => c.status === WITHDRAWING_STATUS && sameCharge(c.charge, charge));
}
