import type { CalendarRepository } from '../repositories/calendar.repository';
import { CalendarLoader } from './calendar-loader';

describe(CalendarLoader.name, () => {
  const repoWith = (revision: { value: string }) => {
    const calls = { adjustments: 0, years: 0 };
    const repo = {
      revision: () => Promise.resolve(revision.value),
      listActiveAdjustments: () => {
        calls.adjustments += 1;
        return Promise.resolve([]);
      },
      listYears: () => {
        calls.years += 1;
        return Promise.resolve([]);
      },
    } as unknown as CalendarRepository;
    return { repo, calls };
  };

  it('rebuilds the calendar only when the stored revision changes', async () => {
    const revision = { value: '1|0' };
    const { repo, calls } = repoWith(revision);
    const sut = new CalendarLoader(repo);

    const first = await sut.load();
    await expect(sut.load()).resolves.toBe(first);
    expect(calls).toEqual({ adjustments: 1, years: 1 });

    revision.value = '2|0';
    const second = await sut.load();
    expect(second).not.toBe(first);
    expect(calls).toEqual({ adjustments: 2, years: 2 });
    expect(second.isWorkingDay('2026-03-02')).toBe(true);
  });
});
