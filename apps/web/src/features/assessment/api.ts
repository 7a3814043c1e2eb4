import type { AssessmentEvidence, AssessmentSheet, AssessmentWeights, AssessmentWeightsView } from '@app/contracts';

import { download, request } from '@web/api/client';

export type EvidenceFigure =
  | 'ackRate'
  | 'feedbackRate'
  | 'onTimeRate'
  | 'summaryOnTime'
  | 'returns'
  | 'reports'
  | 'informationAdopted'
  | 'upheldContests'
  | 'red';

// 考核 (GET/PUT /api/assessment/...).
export const assessmentApi = {
  sheet: (year: number): Promise<AssessmentSheet> => request<AssessmentSheet>('GET', `/api/assessment/${year}`),
  setWeights: (year: number, weights: AssessmentWeights, reason: string): Promise<AssessmentWeightsView> =>
    request<AssessmentWeightsView>('PUT', `/api/assessment/${year}/weights`, { body: { weights, reason } }),
  evidence: (year: number, unitCode: string, figure: EvidenceFigure): Promise<AssessmentEvidence> =>
    request<AssessmentEvidence>('GET', `/api/assessment/${year}/units/${encodeURIComponent(unitCode)}/evidence`, {
      query: { figure },
    }),
  export: (year: number): Promise<void> => download(`/api/assessment/${year}/export`, `${year}-assessment.xlsx`),
};
