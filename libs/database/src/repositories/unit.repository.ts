import type { FormerUnitName } from '@app/domain';
import { OPEN_ASSIGNMENT_STATUSES } from '@app/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';

import {
  MatterAssignmentEntity,
  MemberUnitEntity,
  MemberUnitNameEntity,
  UnitAliasesEntity,
  UnitContactEntity,
  UserEntity,
} from '../entities';

// What still ties a unit to today's work: a merge waits until none is left.
export interface UnitOpenWork {
  matterCodes: string[];
  usernames: string[];
  pendingFilings: number;
}

const OPEN_WORK_SHOWN = 20;

export class UnitRepository {
  constructor(private readonly ds: DataSource) {}

  listAll(): Promise<MemberUnitEntity[]> {
    return this.ds.getRepository(MemberUnitEntity).find({ order: { ordinal: 'ASC' } });
  }

  findByCode(code: string): Promise<MemberUnitEntity | null> {
    return this.ds.getRepository(MemberUnitEntity).findOneBy({ code });
  }

  // Every former name, oldest first per unit.
  listFormerNames(): Promise<MemberUnitNameEntity[]> {
    return this.ds.getRepository(MemberUnitNameEntity).find({ order: { unitCode: 'ASC', validTo: 'ASC' } });
  }

  // Changes whenever the office renames, merges or adds a unit (one aggregate SELECT): the directory's caches
  // compare it before every use.
  async revision(): Promise<string> {
    const [row] = await this.ds.query<Record<string, unknown>[]>(
      'SELECT (SELECT COUNT(*) FROM member_units) AS u, (SELECT MAX(updated_at) FROM member_units) AS m, ' +
        "(SELECT COUNT(*) FROM member_units WHERE status <> 'active') AS s, (SELECT COUNT(*) FROM member_unit_names) AS n",
    );
    return ['u', 'm', 's', 'n'].map((k) => String(row?.[k] instanceof Date ? row[k].getTime() : row?.[k])).join('|');
  }

  // The office's alias lists, by unit code (units it never edited are absent).
  async listAliases(): Promise<Map<string, string[]>> {
    const rows = await this.ds.getRepository(UnitAliasesEntity).find();
    return new Map(rows.map((r) => [r.unitCode, r.aliases]));
  }

  async saveAliases(unitCode: string, aliases: string[], updatedBy: string): Promise<void> {
    await this.ds.getRepository(UnitAliasesEntity).save({ unitCode, aliases, updatedBy, updatedAt: new Date() });
  }

  // A rename keeps the name it replaces, with its dates. False when the unit's name changed meanwhile (a racing
  // rename): nothing is written.
  rename(
    code: string,
    former: FormerUnitName,
    next: { nameZh: string; nameEn: string; since: string },
    by: string,
    at: Date,
  ): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const moved = await em
        .getRepository(MemberUnitEntity)
        .update(
          { code, nameZh: former.nameZh, nameEn: former.nameEn, status: 'active' },
          { nameZh: next.nameZh, nameEn: next.nameEn, nameSince: next.since, updatedAt: at },
        );
      if (moved.affected !== 1) {
        return false;
      }
      await em.getRepository(MemberUnitNameEntity).insert({
        unitCode: code,
        nameZh: former.nameZh,
        nameEn: former.nameEn,
        validFrom: former.validFrom,
        validTo: former.validTo,
        recordedBy: by,
        recordedAt: at,
        reason: former.reason,
      });
      return true;
    });
  }

  // Marks the unit merged (into another) or dissolved (into null), only while it and the unit it goes into are still
  // active and it has no open work (checked in the same transaction): the open work found otherwise, 'gone' when
  // either was no longer active. (A dispatch, an account or a filing that checked the unit just before and writes
  // just after is not held off by this lock: see README, issue 12.)
  retire(
    code: string,
    intoCode: string | null,
    effectiveFrom: string,
    at: Date,
  ): Promise<UnitOpenWork | 'retired' | 'gone'> {
    return this.ds.transaction(async (em) => {
      // Both units' rows locked first, in code order (no deadlock between two merges): a unit being merged into
      // must still be active when this one goes into it, and a second retirement of either waits for this one.
      const codes = [code, ...(intoCode ? [intoCode] : [])].sort();
      // (SQLite, the embedded fallback, runs one writing transaction at a time and refuses the lock option.)
      const locked = await em.getRepository(MemberUnitEntity).find({
        select: { code: true, status: true },
        where: { code: In(codes) },
        order: { code: 'ASC' },
        ...(this.ds.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      });
      if (codes.some((c) => locked.find((u) => u.code === c)?.status !== 'active')) {
        return 'gone';
      }
      const work = await this.openWork(code, em);
      if (work.matterCodes.length > 0 || work.usernames.length > 0 || work.pendingFilings > 0) {
        return work;
      }
      const moved = await em.getRepository(MemberUnitEntity).update(
        { code, status: 'active' },
        {
          status: intoCode ? 'merged' : 'dissolved',
          mergedInto: intoCode,
          effectiveTo: effectiveFrom,
          updatedAt: at,
        },
      );
      return moved.affected === 1 ? 'retired' : 'gone';
    });
  }

  // False when the code is taken (a racing add): the row read back is another request's.
  async add(unit: MemberUnitEntity): Promise<boolean> {
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(MemberUnitEntity)
      .values(unit)
      .orIgnore()
      .updateEntity(false)
      .execute();
    const row = await this.findByCode(unit.code);
    return row?.nameZh === unit.nameZh && row.updatedAt?.getTime() === unit.updatedAt?.getTime();
  }

  // The unit's open assignments (their matters' codes), its active accounts and its roster filings awaiting 备案.
  async openWork(code: string, em: EntityManager = this.ds.manager): Promise<UnitOpenWork> {
    const assignments = await em
      .getRepository(MatterAssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin('matters', 'm', 'm.id = a.matter_id')
      .select('m.code', 'code')
      .where('a.unit_code = :code', { code })
      .andWhere({ status: In([...OPEN_ASSIGNMENT_STATUSES]) })
      .andWhere('m.status IN (:...open)', { open: ['in_progress', 'awaiting_verification'] })
      .orderBy('m.code', 'ASC')
      .limit(OPEN_WORK_SHOWN)
      .getRawMany<{ code: string }>();
    const users = await em
      .getRepository(UserEntity)
      .find({ select: { username: true }, where: { unitCode: code, disabled: false }, take: OPEN_WORK_SHOWN });
    const pendingFilings = await em.getRepository(UnitContactEntity).countBy({ unitCode: code, status: 'filed' });
    return {
      matterCodes: [...new Set(assignments.map((a) => a.code))],
      usernames: users.map((u) => u.username),
      pendingFilings,
    };
  }

  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
