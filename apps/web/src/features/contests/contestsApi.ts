import type { ChargeContestView, ContestStatusName, DecideContestBody, FileContestBody, Page } from '@app/contracts';

import { newIdempotencyKey, request } from '@web/api/client';

const id = (value: string) => encodeURIComponent(value);

export interface ListContestsParams {
  status?: ContestStatusName;
  unit?: string;
  matterId?: string;
  page?: number;
  pageSize?: number;
}

// 申诉: a unit contests a charge against it on a matter; the office decides. A key per click of 提交, so a retry
// of that click files or decides once.
export const contestsApi = {
  file: (matterId: string, body: FileContestBody, idempotencyKey: string = newIdempotencyKey()) =>
    request<ChargeContestView>('POST', `/api/matters/${id(matterId)}/contests`, { body, idempotencyKey }),
  onMatter: (matterId: string) => request<ChargeContestView[]>('GET', `/api/matters/${id(matterId)}/contests`),
  list: (params: ListContestsParams = {}) =>
    request<Page<ChargeContestView>>('GET', '/api/contests', { query: { ...params } }),
  decide: (contestId: string, body: DecideContestBody, idempotencyKey: string = newIdempotencyKey()) =>
    request<ChargeContestView>('POST', `/api/contests/${id(contestId)}/decision`, { body, idempotencyKey }),
};
