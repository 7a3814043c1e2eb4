// The roster (issue 12): each member unit's 负责同志, 分管领导 and 联络员, and the conference's 召集人 and 副召集人,
// kept as dated changes. A unit files its own change (报备: filed); it counts once the office records it (备案:
// recorded), or never (refused, with the office's reason). Phone numbers reach the office and the unit only.
export type UnitRosterKind = 'responsible_official' | 'supervising_leader' | 'liaison_officer';
export type ConferenceRosterKind = 'convener' | 'deputy_convener';
export type RosterKind = UnitRosterKind | ConferenceRosterKind;
export type RosterStatus = 'filed' | 'recorded' | 'refused';

export interface RosterEntryView {
  id: string;
  unitCode: string;
  kind: string;
  personName: string;
  title: string | null;
  // null for anyone but the office and the unit itself
  phone: string | null;
  userId: string | null;
  effectiveFrom: string;
  vacates: boolean;
  reason: string;
  filedBy: string;
  filedAt: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface UnitRosterView {
  unitCode: string;
  responsibleOfficial: RosterEntryView | null;
  supervisingLeader: RosterEntryView | null;
  liaisonOfficer: RosterEntryView | null;
  pending: RosterEntryView[];
  history: RosterEntryView[];
}

export interface ConferenceRosterView {
  convener: RosterEntryView | null;
  deputyConveners: RosterEntryView[];
  history: RosterEntryView[];
}

export interface FileRosterChange {
  kind: RosterKind;
  personName: string;
  title?: string;
  phone?: string;
  userId?: string;
  effectiveFrom: string;
  vacates?: boolean;
  reason: string;
}
