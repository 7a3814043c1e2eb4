import { ErrorCode } from '@app/contracts';

import { rejectionOf } from '../matters/matter-rejection';
import { checkDissolve, checkMerge, checkNewUnit, checkRename } from './unit-changes';
import type { DirectoryUnit } from './unit-directory';
import { isUnitCodeForm, UnitDirectory } from './unit-directory';

const TODAY = '2026-06-30';
const seed = UnitDirectory.fromSeed();
const unitOf = (code: string): DirectoryUnit => {
  const u = seed.find(code);
  if (!u) {
    throw new Error(`no seed unit ${code}`);
  }
  return u;
};

// The seed with statistics renamed on 2026-03-01 and local-chronicles merged into culture-tourism on 2026-04-01.
const reorganised = new UnitDirectory(
  seed.all().map((u): DirectoryUnit => {
    if (u.code === 'statistics') {
      return {
        ...u,
        nameZh: '区统计和数据局',
        nameEn: 'Statistics and Data Bureau',
        nameSince: '2026-03-01',
        formerNames: [
          {
            nameZh: '区统计局',
            nameEn: 'Statistics Bureau',
            validFrom: null,
            validTo: '2026-03-01',
            reason: '机构改革',
          },
        ],
      };
    }
    return u.code === 'local-chronicles'
      ? { ...u, status: 'merged', mergedInto: 'culture-tourism', effectiveTo: '2026-04-01' }
      : u;
  }),
);

describe(UnitDirectory.name, () => {
  it('holds the 21 units of the 2023 rules in their order, all taking work', () => {
    expect(seed.all().map((u) => u.ordinal)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(seed.active()).toHaveLength(21);
    expect(seed.nameZh('justice')).toBe('区司法局');
    expect(seed.nameZh('no-such-unit')).toBe('no-such-unit');
  });

  it('names a renamed unit by its new name, and by the old one on a day before the rename', () => {
    expect(reorganised.nameZh('statistics')).toBe('区统计和数据局');
    expect(reorganised.nameZhOn('statistics', '2026-02-28')).toBe('区统计局');
    expect(reorganised.nameZhOn('statistics', '2026-03-01')).toBe('区统计和数据局');
    expect(reorganised.isActive('statistics')).toBe(true);
  });

  it('labels a merged unit with the unit it went into and refuses it new work, naming that unit', () => {
    expect(reorganised.labelZh('local-chronicles')).toBe('区地方志办公室（已并入区文化和旅游局）');
    expect(reorganised.labelZh('justice')).toBe('区司法局');
    expect(reorganised.active().map((u) => u.code)).not.toContain('local-chronicles');
    expect(reorganised.all().map((u) => u.code)).toContain('local-chronicles');
    const refusal = reorganised.refusalFor('local-chronicles');
    expect(refusal?.code).toBe(ErrorCode.UnitMerged);
    expect(refusal?.message).toContain('culture-tourism');
    expect(reorganised.refusalFor('nowhere')?.code).toBe(ErrorCode.UnitNotFound);
    expect(reorganised.refusalFor('justice')).toBeUndefined();
  });

  it('suggests lead units only among the units that take work', () => {
    const text = '编纂地方志中的知识产权史料';
    expect(seed.suggestLead(text).map((s) => s.code)).toContain('local-chronicles');
    expect(reorganised.suggestLead(text).map((s) => s.code)).not.toContain('local-chronicles');
  });

  it.each([
    ['justice', true],
    ['data-bureau-2', true],
    ['Justice', false],
    ['data_bureau', false],
    ['-data', false],
    ['data-', false],
    ['2-data', false],
    ['a'.repeat(65), false],
  ])('takes %s as a unit code: %s', (code, ok) => {
    expect(isUnitCodeForm(code)).toBe(ok);
  });
});

describe(checkRename.name, () => {
  const rename = {
    nameZh: '区统计和数据局',
    nameEn: 'Statistics and Data Bureau',
    effectiveFrom: '2026-03-01',
    reason: '机构改革',
  };

  it('keeps the name it replaces, in use until the new one applies', () => {
    expect(checkRename(seed, 'statistics', rename, TODAY)).toEqual({
      nameZh: '区统计局',
      nameEn: 'Statistics Bureau',
      validFrom: null,
      validTo: '2026-03-01',
      reason: '机构改革',
    });
  });

  it.each([
    ['a name another unit has', 'justice', { ...rename, nameZh: '区财政局' }, ErrorCode.UnitNameTaken],
    ['a day after today', 'statistics', { ...rename, effectiveFrom: '2026-07-01' }, ErrorCode.ValidationFailed],
    ['a day that does not exist', 'statistics', { ...rename, effectiveFrom: '2026-02-30' }, ErrorCode.ValidationFailed],
    ['no reason', 'statistics', { ...rename, reason: ' ' }, ErrorCode.ValidationFailed],
    ['an unknown unit', 'nowhere', rename, ErrorCode.UnitNotFound],
    ['a merged unit', 'local-chronicles', { ...rename, nameZh: '区史志办' }, ErrorCode.UnitMerged],
  ])('refuses %s', (_label, code, r, expected) => {
    expect(rejectionOf(() => checkRename(reorganised, code, r, TODAY))?.code).toBe(expected);
  });

  it('refuses a second rename that does not come after the first', () => {
    const again = { ...rename, nameZh: '区数据局', nameEn: 'Data Bureau', effectiveFrom: '2026-03-01' };
    const r = rejectionOf(() => checkRename(reorganised, 'statistics', again, TODAY));
    expect(r?.code).toBe(ErrorCode.ValidationFailed);
    expect(r?.message).toContain('effectiveFrom');
    const later = checkRename(reorganised, 'statistics', { ...again, effectiveFrom: '2026-05-01' }, TODAY);
    expect(later).toMatchObject({ nameZh: '区统计和数据局', validFrom: '2026-03-01', validTo: '2026-05-01' });
  });
});

describe(checkMerge.name, () => {
  const merge = { intoCode: 'development-reform', effectiveFrom: '2026-04-01', reason: '机构改革' };

  it('accepts a merge of one active unit into another', () => {
    expect(() => checkMerge(seed, 'statistics', merge, TODAY)).not.toThrow();
  });

  it.each([
    ['into itself', 'statistics', { ...merge, intoCode: 'statistics' }, ErrorCode.ValidationFailed],
    ['into an unknown unit', 'statistics', { ...merge, intoCode: 'nowhere' }, ErrorCode.UnitNotFound],
    ['into a merged unit', 'statistics', { ...merge, intoCode: 'local-chronicles' }, ErrorCode.UnitMerged],
    ['of a merged unit', 'local-chronicles', merge, ErrorCode.UnitMerged],
    ['of the lead unit that hosts the office', 'market-regulation', merge, ErrorCode.ValidationFailed],
    ['from a day after today', 'statistics', { ...merge, effectiveFrom: '2027-01-01' }, ErrorCode.ValidationFailed],
  ])('refuses a merge %s', (_label, code, m, expected) => {
    expect(rejectionOf(() => checkMerge(reorganised, code, m, TODAY))?.code).toBe(expected);
  });
});

describe(checkDissolve.name, () => {
  const dissolve = { effectiveFrom: '2026-04-01', reason: '机构改革：撤销' };

  it('accepts the dissolution of an active unit', () => {
    expect(() => checkDissolve(seed, 'statistics', dissolve, TODAY)).not.toThrow();
  });

  it.each([
    ['of an unknown unit', 'nowhere', dissolve, ErrorCode.UnitNotFound],
    ['of a merged unit', 'local-chronicles', dissolve, ErrorCode.UnitMerged],
    ['of the lead unit that hosts the office', 'market-regulation', dissolve, ErrorCode.ValidationFailed],
    ['from a day after today', 'statistics', { ...dissolve, effectiveFrom: '2027-01-01' }, ErrorCode.ValidationFailed],
    [
      'from a day that is not one',
      'statistics',
      { ...dissolve, effectiveFrom: '2026-02-30' },
      ErrorCode.ValidationFailed,
    ],
    ['without a reason', 'statistics', { ...dissolve, reason: '  ' }, ErrorCode.ValidationFailed],
    [
      'before its present name (2026-03-01)',
      'statistics',
      { ...dissolve, effectiveFrom: '2026-02-28' },
      ErrorCode.ValidationFailed,
    ],
  ])('refuses a dissolution %s', (_label, code, d, expected) => {
    expect(rejectionOf(() => checkDissolve(reorganised, code, d, TODAY))?.code).toBe(expected);
  });
});

describe(checkNewUnit.name, () => {
  const unit = {
    code: 'data-bureau',
    nameZh: '区数据局',
    nameEn: 'District Data Bureau',
    dutyZh: '统筹推进数据知识产权工作。',
    dutyKeywords: ['数据知识产权', ' 数据知识产权 ', ''],
    effectiveFrom: '2026-05-01',
    reason: '机构改革新设',
  };

  it('lists a new unit after the last, active from its day, with its duty keywords trimmed', () => {
    expect(checkNewUnit(seed, unit, TODAY)).toMatchObject({
      code: 'data-bureau',
      ordinal: 22,
      status: 'active',
      isLeadUnit: false,
      effectiveFrom: '2026-05-01',
      dutyKeywords: ['数据知识产权'],
    });
  });

  it.each([
    ['a malformed code', { ...unit, code: 'Data Bureau' }, ErrorCode.ValidationFailed],
    ["another unit's code", { ...unit, code: 'justice' }, ErrorCode.UnitCodeTaken],
    ["another unit's name", { ...unit, nameZh: unitOf('justice').nameZh }, ErrorCode.UnitNameTaken],
    ['a taken ordinal', { ...unit, ordinal: 3 }, ErrorCode.ValidationFailed],
    ['a day after today', { ...unit, effectiveFrom: '2026-12-01' }, ErrorCode.ValidationFailed],
  ])('refuses %s', (_label, n, expected) => {
    expect(rejectionOf(() => checkNewUnit(seed, n, TODAY))?.code).toBe(expected);
  });
});
