import type { UnitView } from '@app/contracts';

import { unitOptions } from '../../apps/web/src/features/office/unitMatch';

// The console's unit pickers: a merged or dissolved unit is offered nowhere its work would go; a filter of past
// work offers it after the others, named with what became of it.
const unit = (code: string, nameZh: string, nameEn: string, extra: Partial<UnitView> = {}): UnitView =>
  ({
    code,
    nameZh,
    nameEn,
    ordinal: 1,
    status: 'active',
    mergedInto: null,
    aliases: [],
    initials: [],
    formerNames: [],
    ...extra,
  }) as unknown as UnitView;

const units = [
  unit('local-chronicles', '区地方志办公室', 'Local Chronicles Office', {
    status: 'merged',
    mergedInto: 'culture-tourism',
  }),
  unit('culture-tourism', '区文化和旅游局', 'Culture and Tourism Bureau'),
  unit('sci-tech-park', '区科技园管委会', 'Sci-Tech Park Committee', { status: 'dissolved' }),
  unit('justice', '区司法局', 'Justice Bureau'),
];

describe('unitOptions', () => {
  it('offers only the units that take work where work goes', () => {
    expect(unitOptions(units, 'zh').map((o) => o.value)).toEqual(['culture-tourism', 'justice']);
    expect(unitOptions(units, 'zh', ['justice']).map((o) => o.value)).toEqual(['culture-tourism']);
  });

  it('offers the past units too in a filter, after the others, with what became of them', () => {
    expect(unitOptions(units, 'zh', [], { past: true }).map((o) => [o.value, o.label])).toEqual([
      ['culture-tourism', '区文化和旅游局'],
      ['justice', '区司法局'],
      ['local-chronicles', '区地方志办公室（已并入区文化和旅游局）'],
      ['sci-tech-park', '区科技园管委会（已撤销）'],
    ]);
    expect(
      unitOptions(units, 'en', [], { past: true })
        .slice(2)
        .map((o) => o.label),
    ).toEqual([
      'Local Chronicles Office (merged into Culture and Tourism Bureau)',
      'Sci-Tech Park Committee (dissolved)',
    ]);
  });
});
