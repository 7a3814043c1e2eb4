// 申诉: a member unit contests a charge against it (an escalation, or an overdue charge on a matter); the office
// accepts it (the charge is withdrawn from the figures; the record keeps both) or rejects it with a reason.

export const CHARGE_KINDS = ['escalation', 'overdue'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

export const CONTEST_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ContestStatusName = (typeof CONTEST_STATUSES)[number];

// Which charge: an escalation by its event seq on the matter, or the matter's overdue charge (no seq).
export interface ChargeSelector {
  kind: ChargeKind;
  seq?: number;
}

export interface FileContestBody {
  charge: ChargeSelector;
  reason: string;
  // Titles of the attachments the unit offers as evidence.
  attachments?: string[];
}

export interface DecideContestBody {
  accept: boolean;
  // Required to reject; optional to accept.
  reason?: string;
}

export interface ChargeContestView {
  id: string;
  matterId: string;
  matterCode: string | null;
  matterTitle: string | null;
  charge: { kind: ChargeKind; seq: number | null; level: string | null; at: string | null };
  unitCode: string;
  filedBy: string;
  // The role the person filed in (unit_leader · unit_liaison).
  filedCapacity: string;
  filedAt: string;
  reason: string;
  attachments: string[];
  status: ContestStatusName;
  decidedBy: string | null;
  decidedCapacity: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

// The timeline entries a contest adds to its matter's events (MatterEventView.type).
export const CONTEST_EVENT_TYPES = ['contest.filed', 'contest.accepted', 'contest.rejected'] as const;
export type ContestEventType = (typeof CONTEST_EVENT_TYPES)[number];
