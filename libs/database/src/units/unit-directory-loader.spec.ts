import { MEMBER_UNITS, unitReferenceOf } from '@app/domain';

import { MemberUnitEntity, MemberUnitNameEntity } from '../entities';
import type { UnitRepository } from '../repositories/unit.repository';
import { UnitDirectoryLoader } from './unit-directory-loader';

const row = (code: string, patch: Partial<MemberUnitEntity> = {}): MemberUnitEntity => {
  const seed = MEMBER_UNITS.find((u) => u.code === code)!;
  return Object.assign(new MemberUnitEntity(), unitReferenceOf(seed), {
    status: 'active',
    mergedInto: null,
    effectiveFrom: null,
    effectiveTo: null,
    nameSince: null,
    updatedAt: null,
    ...patch,
  });
};

// A unit table in memory whose revision the test moves, counting the reads of the tables.
class FakeUnits {
  revisionNow = 'r1';
  reads = 0;
  fail = false;
  rows = [row('justice'), row('statistics')];
  names: MemberUnitNameEntity[] = [];
  revision = (): Promise<string> => Promise.resolve(this.revisionNow);
  listAll = (): Promise<MemberUnitEntity[]> => {
    this.reads++;
    return this.fail ? Promise.reject(new Error('database down')) : Promise.resolve(this.rows);
  };
  listFormerNames = (): Promise<MemberUnitNameEntity[]> => Promise.resolve(this.names);
}

describe(UnitDirectoryLoader.name, () => {
  it('reads the tables once per revision, and again as soon as the revision moves', async () => {
    const units = new FakeUnits();
    const sut = new UnitDirectoryLoader(units as unknown as UnitRepository);
    expect((await sut.load()).nameZh('statistics')).toBe('区统计局');
    await sut.load();
    expect(units.reads).toBe(1);

    units.rows = [row('justice'), row('statistics', { nameZh: '区统计和数据局', nameSince: '2026-03-01' })];
    units.names = [
      Object.assign(new MemberUnitNameEntity(), {
        unitCode: 'statistics',
        nameZh: '区统计局',
        nameEn: 'Statistics Bureau',
        validFrom: null,
        validTo: '2026-03-01',
        reason: '机构改革',
      }),
    ];
    units.revisionNow = 'r2';
    const dir = await sut.load();
    expect(units.reads).toBe(2);
    expect(dir.nameZh('statistics')).toBe('区统计和数据局');
    expect(dir.nameZhOn('statistics', '2026-02-01')).toBe('区统计局');
  });

  it('keeps no failed read: the next load tries again', async () => {
    const units = new FakeUnits();
    units.fail = true;
    const sut = new UnitDirectoryLoader(units as unknown as UnitRepository);
    await expect(sut.load()).rejects.toThrow('database down');
    units.fail = false;
    await expect(sut.load()).resolves.toBeDefined();
    expect(units.reads).toBe(2);
  });

  it('reads an unknown status as dissolved: such a unit takes no work', async () => {
    const units = new FakeUnits();
    units.rows = [row('justice', { status: 'frozen' })];
    const dir = await new UnitDirectoryLoader(units as unknown as UnitRepository).load();
    expect(dir.find('justice')?.status).toBe('dissolved');
    expect(dir.isActive('justice')).toBe(false);
  });
});
