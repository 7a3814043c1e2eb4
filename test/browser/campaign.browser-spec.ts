import * as path from 'node:path';

import type { CampaignView, LeadershipSummary } from '@app/contracts';
import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// 年度工作总结 in a real browser against the real stack: the office starts a campaign (a year of its own, limited
// to 区司法局 and 区财政局), the justice leader submits in the console, a liaison reads it, the office returns
// it with a reason, the leader resubmits, and the office accepts it. Each step is checked against the API.
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };

// antd puts a data-testid on the <input> itself for some controls and on a wrapper for others.
const inputOf = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

async function chooseUnit(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option-active').filter({ hasText: name }).waitFor();
  await page.keyboard.press('Enter');
}

const withStatus = (page: Page, testId: string, status: string) =>
  page.locator(`[data-testid="${testId}"][data-status="${status}"]`).waitFor({ timeout: 30_000 });

describe('the annual summary campaign in a browser', () => {
  // A year no other browser file uses in this run's database (2060–2089).
  const YEAR = 2060 + (Date.now() % 30);
  const director = api('demo.director');
  const campaign = async (): Promise<CampaignView> => {
    const res = await director.get<CampaignView>(`/api/campaigns/summary/${YEAR}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const unitOf = (c: CampaignView, code: string) => c.units.find((u) => u.unitCode === code)!;
  let browser: Browser;
  let office: Page;
  let leader: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    office = await newPage(browser, DESKTOP);
    await login(office, 'demo.director');
    leader = await newPage(browser, DESKTOP);
    await login(leader, 'demo.justice.leader');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('starts a campaign for two units from the office page', async () => {
    expect((await director.get(`/api/campaigns/summary/${YEAR}`)).status).toBe(404);
    await office.goto(new URL('/office/campaign', office.url()).toString());
    await settled(office);
    await office.getByTestId('campaign-start').waitFor();
    await inputOf(office, 'campaign-start-year').fill(String(YEAR));
    await inputOf(office, 'campaign-start-due').fill(shanghaiDate(30));
    await inputOf(office, 'campaign-start-due').press('Tab');
    await office.getByTestId('campaign-start-customize').click();
    await chooseUnit(office, 'campaign-start-units', '区司法局');
    await chooseUnit(office, 'campaign-start-units', '区财政局');
    await office.keyboard.press('Escape');
    await office.getByTestId('campaign-start-submit').click();
    await office.getByTestId('campaign-start-confirm').click();

    await office.getByTestId('campaign-progress-view').waitFor();
    await expect(office.getByTestId('campaign-count-awaiting').getAttribute('data-value')).resolves.toBe('2');
    await office.getByTestId('campaign-missing-justice').waitFor();
    const c = await campaign();
    expect(c).toMatchObject({ year: YEAR, dueDate: shanghaiDate(30), status: 'open' });
    // In the official order of the member units: justice (10th) before finance (11th).
    expect(c.units.map((u) => [u.unitCode, u.status])).toEqual([
      ['justice', 'awaiting'],
      ['finance', 'awaiting'],
    ]);

    // The year selector offers the years that have a campaign first (newest first, with their status), as
    // GET /api/campaigns/summary lists them, then recent years without one.
    const listed = await director.get<{ year: number; status: string }[]>('/api/campaigns/summary');
    expect(listed.body.map((x) => x.year)).toContain(YEAR);
    await office.getByTestId('campaign-year').click();
    // The dropdown that offers this year (once the list has been read again after the start).
    const dropdown = office
      .locator('.ant-select-dropdown')
      .filter({ has: office.locator('.ant-select-item-option', { hasText: `${YEAR}年度 · 进行中` }) });
    await dropdown.waitFor();
    const labels = await dropdown.locator('.ant-select-item-option').allTextContents();
    expect(labels.slice(0, listed.body.length)).toEqual(
      listed.body.map((x) => `${x.year}年度 · ${x.status === 'open' ? '进行中' : '已完成'}`),
    );
    expect(labels.slice(listed.body.length).every((l) => l.endsWith('未发起'))).toBe(true);
    await office.keyboard.press('Escape');
  }, 90_000);

  it('lets the unit leader submit, and a liaison only read', async () => {
    // Without a year in the link, the page shows the open campaigns that ask the unit (GET /api/campaigns/summary).
    await leader.goto(new URL('/unit/summary', leader.url()).toString());
    await settled(leader);
    const card = `unit-summary-${YEAR}`;
    await withStatus(leader, `${card}-status`, 'awaiting');
    await leader.getByTestId('summary-submit').click();
    // Nothing written yet: the form says what to fix and sends nothing.
    await leader.getByText('请填写年度工作总结正文').waitFor();
    await leader.getByTestId('summary-text').fill(`${YEAR}年度知识产权工作总结（司法局）初稿`);
    await leader.getByTestId('summary-add-attachment').click();
    await leader.getByTestId('summary-attachment-0').fill('https://oa.example/justice-summary.pdf');
    await leader.getByTestId('summary-submit').click();
    await leader.getByTestId('summary-confirm').click();
    await withStatus(leader, `${card}-status`, 'submitted');
    await expect(leader.getByTestId(`${card}-text`).textContent()).resolves.toContain('初稿');
    expect(unitOf(await campaign(), 'justice')).toMatchObject({
      status: 'submitted',
      attachments: ['https://oa.example/justice-summary.pdf'],
    });

    const liaison = await newPage(browser, DESKTOP);
    await login(liaison, 'demo.justice.liaison');
    await liaison.goto(new URL(`/unit/summary?year=${YEAR}`, liaison.url()).toString());
    await settled(liaison);
    await withStatus(liaison, `${card}-status`, 'submitted');
    await liaison.getByTestId(`${card}-liaison-note`).waitFor();
    await expect(liaison.getByTestId('summary-form').count()).resolves.toBe(0);
    await liaison.context().close();
  }, 90_000);

  it('lets the office return the summary with a reason, and the leader resubmit it', async () => {
    await office.getByTestId('campaign-refresh').click();
    await withStatus(office, 'campaign-row-status-justice', 'submitted');
    await office.getByTestId('campaign-open-justice').click();
    await expect(office.getByTestId('campaign-drawer-text').textContent()).resolves.toContain('初稿');
    await office.getByTestId('campaign-return').click();
    await office.getByTestId('campaign-return-submit').click();
    await office.getByText('请填写退回理由，说明需要修改的内容').waitFor();
    await office.getByTestId('campaign-return-reason').fill('请补充知识产权普法宣传的具体数据。');
    await office.getByTestId('campaign-return-submit').click();
    await withStatus(office, 'campaign-drawer-status', 'returned');
    await withStatus(office, 'campaign-row-status-justice', 'returned');
    await office.locator('.ant-drawer-close').click();
    await office.getByTestId('campaign-unit-drawer').waitFor({ state: 'hidden' });
    expect(unitOf(await campaign(), 'justice')).toMatchObject({
      status: 'returned',
      returnReason: '请补充知识产权普法宣传的具体数据。',
    });

    await leader.reload();
    await settled(leader);
    const card = `unit-summary-${YEAR}`;
    await withStatus(leader, `${card}-status`, 'returned');
    await expect(leader.getByTestId(`${card}-return-reason`).textContent()).resolves.toContain('普法宣传');
    // The returned text comes back in the form, to be revised.
    await expect(leader.getByTestId('summary-text').inputValue()).resolves.toContain('初稿');
    await leader
      .getByTestId('summary-text')
      .fill(`${YEAR}年度知识产权工作总结（司法局）修订稿：全年开展普法宣传12场。`);
    await leader.getByTestId('summary-submit').click();
    await leader.getByTestId('summary-confirm').click();
    await withStatus(leader, `${card}-status`, 'submitted');
    expect(unitOf(await campaign(), 'justice')).toMatchObject({ status: 'submitted', revisions: 1 });
  }, 90_000);

  it('lets the office accept it; the missing list and leadership follow (screenshot campaign-office.png)', async () => {
    await office.getByTestId('campaign-refresh').click();
    await withStatus(office, 'campaign-row-status-justice', 'submitted');
    await office.getByTestId('campaign-open-justice').click();
    await withStatus(office, 'campaign-drawer-status', 'submitted');
    await expect(office.getByTestId('campaign-drawer-text').textContent()).resolves.toContain('修订稿');
    await office.getByTestId('campaign-accept').click();
    await office.getByTestId('campaign-accept-confirm').click();
    await withStatus(office, 'campaign-drawer-status', 'accepted');
    const c = await campaign();
    expect(c).toMatchObject({ status: 'open', missing: ['finance'] });
    expect(c.counts).toEqual({ awaiting: 1, submitted: 0, returned: 0, accepted: 1 });

    await office.locator('.ant-drawer-close').click();
    await office.getByTestId('campaign-unit-drawer').waitFor({ state: 'hidden' });
    await expect(office.getByTestId('campaign-count-accepted').getAttribute('data-value')).resolves.toBe('1');
    await office.getByTestId('campaign-missing-finance').waitFor();
    await expect(office.getByTestId('campaign-missing-justice').count()).resolves.toBe(0);
    await office.screenshot({ path: path.join(SCREENSHOTS, 'campaign-office.png'), animations: 'disabled' });

    // Leadership's tile shows the latest campaign by year: this one, unless a later year was started.
    const summary = (await api('demo.convener').get<LeadershipSummary>('/api/supervision/summary')).body;
    if (summary.campaign?.year === YEAR) {
      const convener = await newPage(browser, DESKTOP);
      await login(convener, 'demo.convener');
      await settled(convener);
      await expect(convener.getByTestId('campaign-tile-year').getAttribute('data-value')).resolves.toBe(String(YEAR));
      await expect(convener.getByTestId('campaign-tile-accepted').getAttribute('data-value')).resolves.toBe('1');
      await expect(convener.getByTestId('campaign-tile-missing').textContent()).resolves.toContain('区财政局');
      await convener.getByTestId('leadership-conference-tiles').screenshot({
        path: path.join(SCREENSHOTS, 'campaign-leadership-tiles.png'),
        animations: 'disabled',
      });
      await convener.context().close();
    } else {
      expect(summary.campaign!.year).toBeGreaterThan(YEAR);
    }
  }, 90_000);
});
