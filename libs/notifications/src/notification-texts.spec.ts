import { UnitDirectory } from '@app/domain';
import type { MatterEvent, MatterState } from '@app/contracts';

import { fakeEvent, fakeMatter } from './notification.fakes';
import { extensionText, handlerLine, lastDayZh, returnedText, submittedText } from './notification-texts';

const SEED = UnitDirectory.fromSeed();

describe(lastDayZh.name, () => {
  it('names the due date itself as the last day, with its weekday and year', () => {
    expect(lastDayZh('2026-12-04')).toBe('2026年12月4日（周五）');
    expect(lastDayZh('2027-01-03')).toBe('2027年1月3日（周日）');
  });

  it('leaves a value that is not a calendar date as it came', () => {
    expect(lastDayZh('soon')).toBe('soon');
  });
});

describe('the handler (承办人) on the notices to the office and to the unit', () => {
  const NOW = new Date('2026-03-10T02:00:00Z');
  const handler = { name: '王敏', phone: '0871-63112233', at: NOW.toISOString(), byUserId: 'justice.liaison' };
  const named = (phone: string | null): MatterState => {
    const m = fakeMatter(NOW);
    return {
      ...m,
      assignments: m.assignments.map((a) => (a.unitCode === 'justice' ? { ...a, handler: { ...handler, phone } } : a)),
    };
  };
  const event = (type: MatterEvent['type'], over: Partial<MatterEvent> = {}): MatterEvent =>
    fakeEvent(7, type, { at: NOW.toISOString(), actor: { userId: 'director', role: 'office' }, ...over });

  it('closes the completion report to the office with the handler and the phone', () => {
    const text = submittedText(
      named('0871-63112233'),
      event('matter.completion_submitted', { unitCode: 'justice' }),
      SEED,
    );
    expect(text.body.split('\n')).toEqual([
      '区司法局已报送议定事项 2026-03「开展知识产权宣传周活动」的办结报告，请核验。',
      '承办人：王敏（电话 0871-63112233）',
    ]);
  });

  it('names the handler to the unit after the reason of a return or an extension decision', () => {
    const returned = returnedText(
      named(null),
      event('matter.completion_returned', { unitCode: 'justice', reason: '缺少附件' }),
    );
    expect(returned.body.split('\n').slice(1)).toEqual(['退回理由：缺少附件', '承办人：王敏']);
    const refused = extensionText(named(null), event('matter.extension_refused', { reason: '理由不充分' }), false);
    expect(refused.body.split('\n').slice(1)).toEqual(['理由：理由不充分', '承办人：王敏']);
  });

  it('adds no line where the unit has named nobody, or the named unit is not the one told', () => {
    expect(submittedText(fakeMatter(NOW), event('matter.completion_submitted'), SEED).body).not.toContain('承办人');
    expect(handlerLine(named('0871-63112233'), 'finance')).toBeNull();
  });
});
