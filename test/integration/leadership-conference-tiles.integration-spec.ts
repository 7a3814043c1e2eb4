import type { BriefingView, CampaignView, LeadershipSummary } from '@app/contracts';
import { shanghaiDate } from '@app/domain';
import { leader, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

const DAY_MS = 86_400_000;

// Leadership's dashboard tiles for the conference's own machinery: the latest summary campaign (年度工作总结) and
// the work briefings issued (工作简报). Other files share the database: the campaign is a far year no other file
// uses, and briefing counts are taken relative to a read before publishing.
describe('leadership summary: campaign and briefing tiles', () => {
  let stack: TestStack;
  const YEAR = 2099;
  const director = office('tiles.director');
  const convener = leader('tiles.convener');
  const justice = unitUser('justice', 'tiles.justice.leader');
  const finance = unitUser('finance', 'tiles.finance.leader');
  const culture = unitUser('culture-tourism', 'tiles.culture.leader');
  const base = `/api/campaigns/summary/${YEAR}`;
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const summary = async (): Promise<LeadershipSummary> =>
    (
      await stack.http
        .get('/api/supervision/summary')
        .set(await stack.headers(convener))
        .expect(200)
    ).body as LeadershipSummary;
  const post = async (path: string, actor = director, body: object = {}): Promise<CampaignView> =>
    (
      await stack.http
        .post(`${base}${path}`)
        .set(await stack.headers(actor))
        .send(body)
        .expect(200)
    ).body as CampaignView;
  // The campaign tile, when ours is still the latest by year (no other file starts a later one today).
  const tileOf = async () => {
    const { campaign } = await summary();
    expect(campaign).not.toBeNull();
    expect(campaign!.year).toBeGreaterThanOrEqual(YEAR);
    return campaign!.year === YEAR ? campaign : null;
  };

  it("follows the latest campaign's progress, from the start to its completion", async () => {
    const dueDate = new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10);
    const started = await stack.http
      .post('/api/campaigns/summary')
      .set(await stack.headers(director))
      .set('Idempotency-Key', `tiles-campaign-${YEAR}`)
      .send({ year: YEAR, dueDate, unitCodes: ['culture-tourism', 'finance', 'justice'] })
      .expect(201);
    expect(started.body).toMatchObject({ id: `summary-campaign-${YEAR}`, status: 'open' });

    const fresh = await tileOf();
    if (fresh) {
      expect(fresh).toEqual({
        id: `summary-campaign-${YEAR}`,
        year: YEAR,
        dueDate,
        status: 'open',
        completedAt: null,
        total: 3,
        counts: { awaiting: 3, submitted: 0, returned: 0, accepted: 0 },
        // In the units' statutory order, whatever order the office named them in.
        missing: [
          { unitCode: 'justice', nameZh: '区司法局' },
          { unitCode: 'finance', nameZh: '区财政局' },
          { unitCode: 'culture-tourism', nameZh: '区文化和旅游局' },
        ],
      });
    }

    // Justice is accepted, finance is returned for revision, culture-tourism has not submitted.
    await post('/submission', justice, { text: `${YEAR}年度知识产权工作总结（司法局）` });
    await post('/submission', finance, { text: `${YEAR}年度知识产权工作总结（财政局）` });
    await post('/units/justice/accept');
    const view = await post('/units/finance/return', director, { reason: '请补充专项资金数据' });
    expect(view.counts).toEqual({ awaiting: 1, submitted: 0, returned: 1, accepted: 1 });
    const midway = await tileOf();
    if (midway) {
      expect(midway).toMatchObject({
        status: 'open',
        total: 3,
        counts: view.counts,
        // A returned summary is missing until it is resubmitted.
        missing: [
          { unitCode: 'finance', nameZh: '区财政局' },
          { unitCode: 'culture-tourism', nameZh: '区文化和旅游局' },
        ],
      });
    }

    await post('/submission', finance, { text: `${YEAR}年度知识产权工作总结（财政局）修订稿` });
    await post('/submission', culture, { text: `${YEAR}年度知识产权工作总结（文旅局）` });
    const submitted = await tileOf();
    if (submitted) {
      expect(submitted).toMatchObject({ counts: { awaiting: 0, submitted: 2, returned: 0, accepted: 1 }, missing: [] });
    }
    await post('/units/finance/accept');
    const done = await post('/units/culture-tourism/accept');
    expect(done).toMatchObject({ status: 'completed' });
    const completed = await tileOf();
    if (completed) {
      expect(completed).toMatchObject({
        status: 'completed',
        completedAt: done.completedAt,
        total: 3,
        counts: { awaiting: 0, submitted: 0, returned: 0, accepted: 3 },
        missing: [],
      });
    }
  });

  it("counts this year's published issues and names the latest issue", async () => {
    const compile = async (title: string, year: number): Promise<BriefingView> =>
      (
        await stack.http
          .post('/api/briefings')
          .set(await stack.headers(director))
          .send({ title, year, foreword: '本期汇总年度工作总结报送情况。' })
          .expect(201)
      ).body as BriefingView;
    const publish = async (b: BriefingView): Promise<BriefingView> =>
      (
        await stack.http
          .post(`/api/briefings/${b.id}/publish`)
          .set(await stack.headers(director))
          .expect(200)
      ).body as BriefingView;

    const before = (await summary()).briefings;
    expect(before.year).toBe(thisYear);
    // A draft counts for nothing until it is published.
    const current = await compile('联席会议工作简报（领导驾驶舱测试）', thisYear);
    expect((await summary()).briefings.published).toBe(before.published);
    await publish(current);
    // An issue of a far year, published last: the latest issue by year and number.
    const far = await publish(await compile('联席会议工作简报（远期）', YEAR));

    const after = (await summary()).briefings;
    expect(after.year).toBe(thisYear);
    expect(after.published).toBeGreaterThanOrEqual(before.published + 1);
    expect(after.latest).not.toBeNull();
    expect(after.latest!.year).toBeGreaterThanOrEqual(YEAR);
    if (after.latest!.year === YEAR) {
      expect(after.latest).toEqual({
        id: far.id,
        year: YEAR,
        number: far.number,
        issue: far.issue,
        title: '联席会议工作简报（远期）',
        publishedAt: far.publishedAt,
      });
    }
    const listed = await stack.http
      .get('/api/briefings')
      .query({ year: thisYear, pageSize: 100 })
      .set(await stack.headers(convener))
      .expect(200);
    const publishedThisYear = (listed.body.items as BriefingView[]).filter((b) => b.status === 'published');
    expect(publishedThisYear.map((b) => b.id)).toContain(current.id);
    expect(after.published).toBe(publishedThisYear.length);
  });
});
