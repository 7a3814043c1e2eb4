import { addWorkingDaysPreview, compressedToday } from '../support/compressed-calendar';
import { recordHistoryIfAsked } from '../support/record-history';
import { productApps } from '../support/product-apps';
import { campaignOf, startTimedCampaign } from '../support/summary-campaign';

import type { CampaignView } from '@app/contracts';
import { NotificationEntity } from '@app/database';
import { eventually, office, TestStack, unitUser } from '@app/testing';
import { Like } from 'typeorm';

// 年度工作总结 on the real Temporal server with a compressed calendar (one day = 1.5 s): a campaign limited to two
// units reminds before the due date, escalates after it, takes a return for revision, accepts, and completes.
describe('summary campaign timers', () => {
  let stack: TestStack;
  const YEAR = 2091;
  const director = office('campaign.director');
  const justice = unitUser('justice', 'campaign.justice.leader');
  const finance = unitUser('finance', 'campaign.finance.leader');
  const outsider = unitUser('culture-tourism', 'campaign.culture.leader');
  const base = `/api/campaigns/summary/${YEAR}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    await stack.ensureUser('campaign.justice.liaison', ['unit_liaison'], 'justice');
    for (const actor of [director, justice, finance, outsider]) {
      await stack.headers(actor);
    }
    await stack.headers({ userId: 'campaign.justice.liaison', role: 'unit', unitCode: 'justice' }, ['unit_liaison']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const get = (): Promise<CampaignView> => campaignOf(stack, YEAR, director);
  const unit = (c: CampaignView, code: string) => c.units.find((u) => u.unitCode === code)!;
  const post = async (path: string, actor = director, body: object = {}) =>
    stack.http
      .post(`${base}${path}`)
      .set(await stack.headers(actor))
      .send(body);

  it('reminds and escalates a missing summary, takes a return, accepts, and completes', async () => {
    // The friendly reminder falls at least one compressed day after the start: finance submits before it.
    const dueDate = addWorkingDaysPreview(compressedToday(), 3);
    const started = await startTimedCampaign(stack, director, `campaign-start-${YEAR}`, {
      year: YEAR,
      dueDate,
      unitCodes: ['justice', 'finance'],
    });
    expect(started.body).toMatchObject({ id: `summary-campaign-${YEAR}`, dueDate, status: 'open' });
    expect([...(started.body as CampaignView).missing].sort()).toEqual(['finance', 'justice']);

    // Finance submits at once and is accepted: it hears no reminder.
    const submitted = await post('/submission', finance, {
      text: '2091年度知识产权工作总结（财政局）',
      attachments: ['https://oa.example/finance-2091.pdf'],
    });
    expect(submitted.status).toBe(200);
    expect(unit(submitted.body as CampaignView, 'finance')).toMatchObject({ status: 'submitted' });
    // A unit sees only its own row.
    expect((submitted.body as CampaignView).units.map((u) => u.unitCode)).toEqual(['finance']);
    expect((await post('/units/finance/accept')).status).toBe(200);

    // Refusals: twice, a unit outside the campaign, a liaison (the leader answers for the unit), bad review.
    expect((await post('/submission', finance, { text: 'again' })).body.code).toBe('INVALID_TRANSITION');
    const outside = await post('/submission', outsider, { text: 'x' });
    expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 403, code: 'NOT_ASSIGNED' });
    const liaison = { userId: 'campaign.justice.liaison', role: 'unit' as const, unitCode: 'justice' };
    expect((await post('/submission', liaison, { text: 'x' })).status).toBe(403);
    const early = await post('/units/justice/accept');
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    // Justice stays silent: 提醒 before the due date, then the ladder after it.
    const climbed = await eventually(get, (c) => unit(c, 'justice').escalationLevel === 'urging', 40_000);
    expect(unit(climbed, 'justice').reminders.map((r) => r.level)).toEqual(['pre', 'reminder', 'urging']);
    expect(unit(climbed, 'finance').reminders).toEqual([]);
    expect(climbed.missing).toEqual(['justice']);
    const notices = await stack.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { sourceKey: Like(`summary-campaign-${YEAR}:%`) } });
    const liaisonUser = await stack.ensureUser('campaign.justice.liaison', ['unit_liaison'], 'justice');
    const leaderUser = await stack.ensureUser('campaign.justice.leader', ['unit_leader'], 'justice');
    const to = (userId: string) => notices.filter((n) => n.userId === userId).map((n) => n.title);
    expect(to(liaisonUser.id).some((t) => t.startsWith('【提醒】'))).toBe(true);
    expect(to(leaderUser.id).some((t) => t.startsWith('【催办】'))).toBe(true);
    expect(notices.filter((n) => n.unitCode === 'finance')).toEqual([]);
    // Each key fires once: a notice per (key, recipient), and no key twice in the unit's list.
    const keys = unit(climbed, 'justice').reminders.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);

    // Submitted late, returned with a reason, resubmitted, accepted: the campaign completes.
    expect((await post('/submission', justice, { text: '2091年度工作总结（司法局）初稿' })).status).toBe(200);
    const noReason = await post('/units/justice/return', director, {});
    expect(noReason.status).toBe(400);
    const returned = await post('/units/justice/return', director, { reason: '请补充普法宣传数据' });
    expect(unit(returned.body as CampaignView, 'justice')).toMatchObject({
      status: 'returned',
      returnReason: '请补充普法宣传数据',
    });
    expect((returned.body as CampaignView).missing).toEqual(['justice']);
    const again = await post('/submission', justice, { text: '2091年度工作总结（司法局）修订稿' });
    expect(unit(again.body as CampaignView, 'justice')).toMatchObject({ status: 'submitted', revisions: 1 });
    const accepted = await post('/units/justice/accept');
    expect(accepted.body).toMatchObject({ status: 'completed', missing: [] });
    expect((accepted.body as CampaignView).counts).toEqual({ awaiting: 0, submitted: 0, returned: 0, accepted: 2 });
    const closed = await post('/units/justice/accept');
    expect(closed.status).toBe(409);
    // A retried start finds the completed campaign and refuses to restart it (with a due date still ahead: the
    // first one has passed on the compressed calendar, and a past due date is refused before anything else).
    const restart = await stack.http
      .post('/api/campaigns/summary')
      .set(await stack.headers(director))
      .send({ year: YEAR, dueDate: addWorkingDaysPreview(compressedToday(), 3) });
    expect(restart.status).toBe(409);
    recordHistoryIfAsked(`summary-campaign-${YEAR}`, 'summary-campaign');
  });

  it('refuses unknown units and a missing campaign with 4xx', async () => {
    const res = await stack.http
      .post('/api/campaigns/summary')
      .set(await stack.headers(director))
      .send({ year: 2092, dueDate: addWorkingDaysPreview(compressedToday(), 3), unitCodes: ['no-such-unit'] });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
    const none = await stack.http.get('/api/campaigns/summary/2093').set(await stack.headers(director));
    expect(none.status).toBe(404);
  });
});
