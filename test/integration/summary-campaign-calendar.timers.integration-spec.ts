import { addWorkingDaysPreview, compressedToday } from '../support/compressed-calendar';
import { recordHistoryIfAsked } from '../support/record-history';
import { productApps } from '../support/product-apps';
import { campaignOf, startTimedCampaign } from '../support/summary-campaign';

import type { CampaignView, PlannedCampaignReminder, SummaryCampaignState } from '@app/contracts';
import { defined } from '@app/domain';
import { eventsAfterActingOn, eventually, office, recordedEvents, TestStack } from '@app/testing';

// A running 年度工作总结 campaign follows the office's calendar changes: a local day off moves the working-day
// instants of its reminders and escalations, each level still fires once, at the new instant. Compressed
// calendar (one day = 1.5 s); the day off is for one unit that no other timers test uses.
describe('summary campaign and calendar changes', () => {
  let stack: TestStack;
  const YEAR = 2088;
  const UNIT = 'agriculture';
  const director = office('campaign-calendar.director');
  const base = `/api/campaigns/summary/${YEAR}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    await stack.headers(director);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const live = async (): Promise<SummaryCampaignState & { upcoming: PlannedCampaignReminder[] }> =>
    (
      await stack.http
        .get(`${base}/live`)
        .set(await stack.headers(director))
        .expect(200)
    ).body as SummaryCampaignState & { upcoming: PlannedCampaignReminder[] };
  const get = (): Promise<CampaignView> => campaignOf(stack, YEAR, director);
  const planned = (upcoming: PlannedCampaignReminder[], level: PlannedCampaignReminder['level']) =>
    upcoming.find((r) => r.unitCode === UNIT && r.level === level);

  it('plans again after a local day off, and fires each level once at its new instant', async () => {
    const dueDate = addWorkingDaysPreview(compressedToday(), 4);
    await startTimedCampaign(stack, director, `campaign-calendar-${YEAR}`, { year: YEAR, dueDate, unitCodes: [UNIT] });

    const before = await live();
    expect(before.upcoming.map((r) => r.level)).toEqual(['pre', 'reminder', 'urging']);
    const urgingBefore = planned(before.upcoming, 'urging')!;

    // The unit's first working day after the due date becomes a day off: 催办 (one working day after the due
    // date) moves to the next working day; the reminders on and before the due date stay.
    const offDay = addWorkingDaysPreview(dueDate, 1);
    const res = await stack.http
      .post('/api/calendar/adjustments')
      .set(await stack.headers(director))
      .send({ date: offDay, kind: 'off', unitCode: UNIT, reason: '单位集中调休（测试）' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ recomputedCampaigns: expect.any(Number) });
    expect((res.body as { recomputedCampaigns: number }).recomputedCampaigns).toBeGreaterThanOrEqual(1);

    const after = await eventually(live, (s) => planned(s.upcoming, 'urging')?.at !== urgingBefore.at, 15_000);
    const urgingAfter = planned(after.upcoming, 'urging')!;
    expect(Date.parse(urgingAfter.at)).toBeGreaterThan(Date.parse(urgingBefore.at));
    expect(planned(after.upcoming, 'reminder')?.at).toBe(planned(before.upcoming, 'reminder')?.at);

    const climbed = await eventually(get, (c) => c.units[0]?.escalationLevel === 'urging', 45_000);
    const reminders = defined(climbed.units[0], 'the campaign unit').reminders;
    expect(reminders.map((r) => r.level)).toEqual(['pre', 'reminder', 'urging']);
    const urging = reminders.find((r) => r.level === 'urging')!;
    // Fired at the new instant, not the old one, under the key of the new day.
    expect(Date.parse(urging.at)).toBeGreaterThanOrEqual(Date.parse(urgingAfter.at));
    expect(urging.key).toBe(`${UNIT}:urging:${addWorkingDaysPreview(offDay, 1)}`);
    expect((await live()).upcoming).toEqual([]);

    await stack.http
      .post(`/api/calendar/adjustments/${(res.body as { adjustment: { id: string } }).adjustment.id}/revoke`)
      .set(await stack.headers(director))
      .send({ reason: '测试结束' })
      .expect(200);
    // The revocation plans again: 催办's day moves back to a day already past, and it must not fire a second
    // time. Wait until the workflow has acted on that plan (the workflow task after its planCampaign result):
    // a 催办 found pending again would have started its timer or sent its notice from there on.
    const acted = await eventually(
      () => recordedEvents(`summary-campaign-${YEAR}`),
      (h) => eventsAfterActingOn(h, 'recomputeDeadlines', 'planCampaign') !== undefined,
      15_000,
    );
    const since = eventsAfterActingOn(acted, 'recomputeDeadlines', 'planCampaign') ?? [];
    expect(since.filter((e) => e.type === 'timerStarted' || e.name === 'sendCampaignNotice')).toEqual([]);
    expect((await get()).units[0]?.reminders.map((r) => r.level)).toEqual(['pre', 'reminder', 'urging']);
    // A history with two replans, for the replay test.
    recordHistoryIfAsked(`summary-campaign-${YEAR}`, 'summary-campaign-replanned');
  });
});
