import type { ConferenceRosterView, FileRosterChange, RosterEntryView, UnitRosterView } from '@app/contracts';

import { request } from './client';

const id = (value: string) => encodeURIComponent(value);

// The roster (负责同志, 分管领导, 联络员; 召集人, 副召集人): a unit files its changes (报备), the office records or
// refuses them (备案), and keeps the conference's.
export const rosterApi = {
  unit: (unitCode: string): Promise<UnitRosterView> =>
    request<UnitRosterView>('GET', `/api/units/${id(unitCode)}/roster`),
  file: (unitCode: string, change: FileRosterChange): Promise<UnitRosterView> =>
    request<UnitRosterView>('POST', `/api/units/${id(unitCode)}/roster`, { body: change }),
  decide: (
    unitCode: string,
    entryId: string,
    decision: 'record' | 'refuse',
    reason?: string,
  ): Promise<UnitRosterView> =>
    request<UnitRosterView>('POST', `/api/units/${id(unitCode)}/roster/${id(entryId)}/decision`, {
      body: { decision, ...(reason ? { reason } : {}) },
    }),
  pending: (): Promise<RosterEntryView[]> => request<RosterEntryView[]>('GET', '/api/roster/pending'),
  conference: (): Promise<ConferenceRosterView> => request<ConferenceRosterView>('GET', '/api/roster/conference'),
  fileConference: (change: FileRosterChange): Promise<ConferenceRosterView> =>
    request<ConferenceRosterView>('POST', '/api/roster/conference', { body: change }),
};
