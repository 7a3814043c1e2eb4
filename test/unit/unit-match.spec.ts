import { MEMBER_UNITS } from '@app/domain';

import { unitInitials } from '../../apps/api/src/units/unit-initials';
import { resolveUnit, unitMatches } from '../../apps/web/src/features/office/unitMatch';

// The units as GET /api/units serves them: the seed's names and aliases, initials from pinyin-pro.
const units = MEMBER_UNITS.map((u) => ({
  code: u.code,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
  aliases: [...u.aliases],
  initials: unitInitials(u.nameZh, u.aliases),
}));
const found = (text: string) => units.filter((u) => unitMatches(u, text)).map((u) => u.nameZh);

describe('unit matching (pickers and pasted minutes)', () => {
  it('finds 区市场监督管理局 by a short name and by pinyin initials', () => {
    expect(found('市场监管')).toEqual(['区市场监督管理局']);
    expect(found('scj')).toEqual(['区市场监督管理局']);
    expect(found('SCJ')).toEqual(['区市场监督管理局']);
  });

  it('finds the units people call 工信, 科技局 and 版权局', () => {
    expect(found('工信')).toEqual(['区科学技术和工业信息化局']);
    expect(found('科技局')).toEqual(['区科学技术和工业信息化局']);
    expect(found('版权局')).toEqual(['区委宣传部〔区新闻出版（版权）局〕']);
  });

  it('still finds by the full name, English name and code, and nothing for an empty text', () => {
    expect(found('区司法局')).toEqual(['区司法局']);
    expect(found('justice')).toEqual(['区司法局']);
    expect(resolveUnit(units, '新闻出版')?.code).toBe('publicity-copyright');
    expect(found('  ')).toEqual([]);
  });

  it('resolves a name in pasted minutes through aliases, the longest first', () => {
    expect(resolveUnit(units, '市监局')?.code).toBe('market-regulation');
    expect(resolveUnit(units, '区工信局')?.code).toBe('science-industry-it');
    expect(resolveUnit(units, '版权局')?.code).toBe('publicity-copyright');
    expect(resolveUnit(units, '区司法局')?.code).toBe('justice');
    expect(resolveUnit(units, '区财政局牵头')?.code).toBe('finance');
    expect(resolveUnit(units, '不存在的单位')).toBeUndefined();
  });

  it('computes initials of the name without its bracketed second name, and of each alias', () => {
    expect(unitInitials('区市场监督管理局', ['市场监管局'])).toEqual(['qscjdglj', 'scjgj']);
    expect(unitInitials('区委宣传部〔区新闻出版（版权）局〕', [])).toEqual(['qwxcb']);
  });
});
