import type { CalendarAdjustmentEntity, CalendarYearEntity } from '@app/database';

import type { AdjustmentKind } from './dto/calendar-change.dto';
import type { AdjustmentResponse, CalendarYearResponse } from './dto/calendar.response';

export function toAdjustmentResponse(a: CalendarAdjustmentEntity): AdjustmentResponse {
  return {
    id: a.id,
    date: a.date,
    // The table holds only the kinds the DTO admits (the calendar loader refuses any other, loudly).
    kind: a.kind as AdjustmentKind,
    unitCode: a.unitCode,
    reason: a.reason,
    documentNumber: a.documentNumber,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    revokedBy: a.revokedBy,
    revokedAt: a.revokedAt?.toISOString() ?? null,
  };
}

export function toYearResponse(y: CalendarYearEntity): CalendarYearResponse {
  return {
    year: y.year,
    holidays: y.holidays,
    makeupWorkdays: y.makeupWorkdays,
    documentNumber: y.documentNumber,
    enteredBy: y.enteredBy,
    enteredAt: y.enteredAt.toISOString(),
  };
}

// "the district" or "unit justice", for messages and audit targets.
export const scopeLabel = (unitCode: string | null): string =>
  unitCode === null ? 'the district' : `unit ${unitCode}`;
