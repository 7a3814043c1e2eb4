import type { DataSource } from 'typeorm';
import { In } from 'typeorm';

import { UnitContactEntity } from '../entities';

// The conference's own roster (召集人, 副召集人) is kept under this code, which no member unit has.
export const CONFERENCE_ROSTER = 'conference';
// Seats held by one person at a time; a deputy convener's seat is the person's own (there are several).
const MULTI_SEAT_KINDS: ReadonlySet<string> = new Set(['deputy_convener']);

const seatOf = (c: UnitContactEntity): string => (MULTI_SEAT_KINDS.has(c.kind) ? `${c.kind}|${c.personName}` : c.kind);

// Newest effective date first; on the same date the later decision (then filing) wins.
const newestFirst = (a: UnitContactEntity, b: UnitContactEntity): number =>
  b.effectiveFrom.localeCompare(a.effectiveFrom) ||
  (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0) ||
  b.filedAt.getTime() - a.filedAt.getTime();

// Who holds each seat on a date: per seat, the newest recorded (备案) entry in effect by then, unless it vacates
// the seat. Filed (报备) and refused entries count for nothing. Newest effective date first.
export function currentOf(entries: readonly UnitContactEntity[], date: string): UnitContactEntity[] {
  const seats = new Map<string, UnitContactEntity>();
  for (const c of [...entries].sort(newestFirst)) {
    if (c.status === 'recorded' && c.effectiveFrom <= date && !seats.has(seatOf(c))) {
      seats.set(seatOf(c), c);
    }
  }
  return [...seats.values()].filter((c) => !c.vacates);
}

// The entry that held the seat just before `entry` (the recorded one in effect on the day before it).
export function previousHolder(
  entries: readonly UnitContactEntity[],
  entry: UnitContactEntity,
): UnitContactEntity | null {
  const older = entries
    .filter((c) => c.id !== entry.id && c.status === 'recorded' && seatOf(c) === seatOf(entry))
    .filter((c) => newestFirst(entry, c) < 0)
    .sort(newestFirst);
  const [last] = older;
  return last && !last.vacates ? last : null;
}

export class RosterRepository {
  constructor(private readonly ds: DataSource) {}

  // Every filing of a unit, newest effective date first.
  async history(unitCode: string): Promise<UnitContactEntity[]> {
    const rows = await this.ds.getRepository(UnitContactEntity).find({ where: { unitCode } });
    return rows.sort(newestFirst);
  }

  // The recorded entries of these units (and the conference's) in effect on the date that name a user account:
  // whom the roster routes the units' notices to.
  async linkedOn(unitCodes: readonly string[], date: string): Promise<UnitContactEntity[]> {
    if (unitCodes.length === 0) {
      return [];
    }
    const rows = await this.ds
      .getRepository(UnitContactEntity)
      .find({ where: { unitCode: In([...new Set(unitCodes)]), status: 'recorded' } });
    const byUnit = new Map<string, UnitContactEntity[]>();
    for (const r of rows) {
      byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
    }
    return [...byUnit.values()].flatMap((entries) => currentOf(entries, date)).filter((c) => c.userId !== null);
  }

  // Filings awaiting the office (报备 not yet 备案), oldest first.
  pending(): Promise<UnitContactEntity[]> {
    return this.ds.getRepository(UnitContactEntity).find({ where: { status: 'filed' }, order: { filedAt: 'ASC' } });
  }

  findById(id: string): Promise<UnitContactEntity | null> {
    return this.ds.getRepository(UnitContactEntity).findOneBy({ id });
  }

  async insert(contact: UnitContactEntity): Promise<void> {
    await this.ds.getRepository(UnitContactEntity).insert(contact);
  }

  // Records or refuses a filing still awaiting the office; false when someone decided it first.
  async decide(
    id: string,
    decision: Pick<UnitContactEntity, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'>,
  ): Promise<boolean> {
    const result = await this.ds.getRepository(UnitContactEntity).update({ id, status: 'filed' }, decision);
    return (result.affected ?? 0) > 0;
  }

  async markRolesApplied(id: string, at: Date): Promise<void> {
    await this.ds.getRepository(UnitContactEntity).update({ id }, { rolesAppliedAt: at });
  }
}
