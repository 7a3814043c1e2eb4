// The one definition, in SQL, of a charge withdrawn on an accepted contest (申诉); the pure one is chargeStands in
// libs/domain/src/accountability/contest.ts. Every figure that counts escalations or overdue matters against a
// unit (the scorecard, the escalation summary, a briefing's 通报) adds these conditions; the escalation rows and the
// matter's events stay, so the record keeps both the charge and its withdrawal.

// An escalation row (alias `e`: matter_id, seq, unit_code) still counts against its unit.
export const ESCALATION_STANDS_SQL = (e: string): string =>
  `NOT EXISTS (SELECT 1 FROM charge_contests wc WHERE wc.matter_id = ${e}.matter_id AND wc.charge_kind = 'escalation'` +
  ` AND wc.escalation_seq = ${e}.seq AND wc.unit_code = ${e}.unit_code AND wc.status = 'accepted')`;

// The matter's overdue charge against the unit still counts (its overdue count, its on-time rate).
export const OVERDUE_STANDS_SQL = (matterId: string, unitCode: string): string =>
  `NOT EXISTS (SELECT 1 FROM charge_contests wc WHERE wc.matter_id = ${matterId} AND wc.charge_kind = 'overdue'` +
  ` AND wc.unit_code = ${unitCode} AND wc.status = 'accepted')`;
