import type { ChargeRef } from '@app/domain';
import { CHARGE_KEY, WITHDRAWING_STATUS } from '@app/domain';

// The one definition, in SQL, of a charge withdrawn on an accepted contest (申诉), built from the pure rule's own
// parts (chargeStands in libs/domain/src/accountability/contest.ts: CHARGE_KEY names what makes two refs one
// charge, WITHDRAWING_STATUS the contest status that withdraws it). Every figure that counts escalations or overdue
// matters against a unit (the scorecard, the escalation summary, a briefing's 通报) adds these conditions; the
// escalation rows and the matter's events stay, so the record keeps both the charge and its withdrawal.

// The charge_contests column of each field of a ChargeRef.
const COLUMN: Record<string, string> = { matterId: 'matter_id', seq: 'escalation_seq', unitCode: 'unit_code' };

// The accepted contest (alias `wc`) that withdraws the charge of `kind` whose fields are the SQL expressions in `refs`.
function withdrawingContestSql<K extends ChargeRef['kind']>(kind: K, refs: Record<string, string>, wc = 'wc'): string {
  const same = (CHARGE_KEY[kind] as readonly string[]).map((f) => ` AND ${wc}.${COLUMN[f]} = ${refs[f]}`).join('');
  return `${wc}.charge_kind = '${kind}'${same} AND ${wc}.status = '${WITHDRAWING_STATUS}'`;
}

// The charge of `kind` whose fields are the SQL expressions in `refs` still counts.
const chargeStandsSql = <K extends ChargeRef['kind']>(kind: K, refs: Record<string, string>): string =>
  `NOT EXISTS (SELECT 1 FROM charge_contests wc WHERE ${withdrawingContestSql(kind, refs)})`;

// An escalation row (alias `e`: matter_id, seq, unit_code) still counts against its unit.
export const ESCALATION_STANDS_SQL = (e: string): string =>
  chargeStandsSql('escalation', { matterId: `${e}.matter_id`, seq: `${e}.seq`, unitCode: `${e}.unit_code` });

// The matter's overdue charge against the unit still counts (its overdue count, its on-time rate).
export const OVERDUE_STANDS_SQL = (matterId: string, unitCode: string): string =>
  chargeStandsSql('overdue', { matterId, unitCode });

// The join condition of charge_contests (alias `wc`) to the matter's overdue charge against the unit, withdrawn. At
// most one contest matches a charge (its open key is unique while pending or accepted), so a count over the join
// counts the withdrawn charges: a figure is then "all of them minus the withdrawn ones", read from the few accepted
// contests instead of a NOT EXISTS probe per row counted.
export const OVERDUE_WITHDRAWN_ON = (matterId: string, unitCode: string): string =>
  withdrawingContestSql('overdue', { matterId, unitCode });
