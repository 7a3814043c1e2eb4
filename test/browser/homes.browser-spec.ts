/// <reference lib="dom" />
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { readOverdueWorkbook } from '../support/overdue-workbook';
import { api, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';
import { dispatchLegacyMatter } from './support/legacy-matter';
import { closeJusticeMatter, untilReported } from './support/matter-setup';

// The three homes (office, member unit, leadership) in a real browser against the real stack, with matters
// dispatched, acknowledged and closed through the API first. Writes the screenshots the README shows.
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Created {
  id: string;
  code: string;
  title: string;
}

async function numberOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

describe('the three homes in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  let browser: Browser;
  let carried: Created; // justice leads, finance helps; acknowledged
  let closed: Created; // justice alone; closed
  let overdue: Created; // finance leads, justice helps; due a month ago, never acknowledged

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();

    const meeting = await director.ok<{ id: string }>('/api/meetings', {
      kind: 'liaison',
      title: `2026年第一次联络员会议（${run}）`,
      heldOn: shanghaiDate(-40),
      chair: '联席会议办公室主任',
      attendees: ['justice', 'finance'],
    });
    const dispatch = (code: string, body: Record<string, unknown>) =>
      director.ok<Created>('/api/matters', { code, description: '', coUnitCodes: [], ...body });
    carried = await dispatch(`HOME-${run}-1`, {
      title: '开展“4·26”知识产权宣传周普法进社区活动',
      description: '结合“八五”普法，组织知识产权法律知识进社区、进企业宣传。',
      leadUnitCode: 'justice',
      coUnitCodes: ['finance'],
      dueDate: shanghaiDate(60),
      meetingId: meeting.id,
    });
    closed = await dispatch(`HOME-${run}-2`, {
      title: '建立知识产权纠纷人民调解工作机制',
      leadUnitCode: 'justice',
      dueDate: shanghaiDate(30),
      meetingId: meeting.id,
    });
    overdue = await dispatchLegacyMatter({
      code: `HOME-${run}-3`,
      title: '落实知识产权质押融资风险补偿资金',
      leadUnitCode: 'finance',
      coUnitCodes: ['justice'],
      dueDate: shanghaiDate(-30),
      priority: 'high',
    });

    const justiceLiaison = api('demo.justice.liaison');
    await justiceLiaison.ok(`/api/matters/${carried.id}/acknowledge`);
    await justiceLiaison.ok(`/api/matters/${closed.id}/acknowledge`);
    await closeJusticeMatter(
      closed.id,
      '已印发《知识产权纠纷人民调解工作规则》，在区人民调解委员会设立知识产权调解室。',
    );
    // Due a month ago, the overdue matter climbs the whole ladder at once; the screenshots wait for the top.
    await untilReported(overdue.id);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the office its board (screenshot office-home.png)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    expect(new URL(page.url()).pathname).toBe('/office');
    await page.getByTestId('page-title').waitFor();
    await settled(page, { spinners: true });
    await page.getByText(overdue.title).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'office-home.png'), animations: 'disabled' });
    await page.context().close();
  }, 60_000);

  it('shows a unit its to-dos (screenshot unit-home.png)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.liaison');
    expect(new URL(page.url()).pathname).toBe('/unit');
    await settled(page, { spinners: true });
    await page.getByTestId('todo-tab-inProgress').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unit-home.png'), animations: 'disabled' });
    await page.context().close();
  }, 60_000);

  it('shows leadership the closure, the lights, the overdue list and the trend (screenshot leadership-home.png)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.convener');
    expect(new URL(page.url()).pathname).toBe('/leadership');
    await settled(page, { spinners: true });
    // The summary is read when the page opens; the closure was recorded before, so it must be counted.
    await until('kpi-closed ≥ 1', async () => {
      if ((await numberOf(page, 'kpi-closed')) >= 1) {
        return true;
      }
      await page.getByTestId('leadership-refresh').click();
      await settled(page, { spinners: true });
      return undefined;
    });
    expect(await numberOf(page, 'kpi-closed')).toBeGreaterThanOrEqual(1);
    expect(await numberOf(page, 'kpi-open')).toBeGreaterThanOrEqual(2);
    expect(await numberOf(page, 'kpi-overdue')).toBeGreaterThanOrEqual(1);
    expect(await numberOf(page, 'kpi-ontime')).toBeGreaterThan(0);
    await page.getByTestId(`overdue-row-${overdue.code}`).waitFor();
    for (const chart of ['chart-unit-lights', 'chart-trend', 'chart-escalations', 'chart-meetings']) {
      await expect(page.getByTestId(chart).isVisible()).resolves.toBe(true);
    }
    await page.locator('[data-testid="chart-unit-lights"] canvas').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'leadership-home.png'), animations: 'disabled' });

    // The whole overdue list as the API's workbook: the overdue matter is in it, with its working days as a number.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('overdue-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^超期事项督办台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readOverdueWorkbook(fs.readFileSync(await download.path()));
    const row = rows.find((r) => r['编号'] === overdue.code);
    expect(typeof row?.['超期（工作日）']).toBe('number');
    expect(Object.prototype.toString.call(row?.['计责期限'])).toBe('[object Date]');

    // English on the same page.
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByTestId('page-title').textContent()).resolves.toBe('Leadership dashboard');
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.context().close();
  }, 90_000);

  it('leads leadership from an overdue row to the matter, where it gives an instruction (批示)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.convener');
    await settled(page, { spinners: true });
    await page.getByTestId(`overdue-row-${overdue.code}`).click();
    await page.waitForURL(`**/leadership/matters/${overdue.id}`);
    await settled(page, { spinners: true });
    await expect(page.getByTestId('matter-title').textContent()).resolves.toBe('落实知识产权质押融资风险补偿资金');
    await page.getByTestId('supervision-panel').waitFor();
    await page.getByTestId('timeline').waitFor();

    await page.getByTestId('leader-instruct').click();
    await page.getByTestId('action-reason').fill('请财政局抓紧落实，本月底前报送进展。');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('matter-instruction').getByText('请财政局抓紧落实，本月底前报送进展。').waitFor();
    await page.locator('[data-testid="timeline-event"][data-event-type="matter.instruction_given"]').first().waitFor();
    const detail = await director.get<{ instructions: { text: string }[] }>(`/api/matters/${overdue.id}`);
    expect(detail.body.instructions.map((i) => i.text)).toContain('请财政局抓紧落实，本月底前报送进展。');
    await page.context().close();
  }, 60_000);

  it('fits the dashboard on a 390px phone without sideways scrolling', async () => {
    const page = await newPage(browser, PHONE);
    await login(page, 'demo.convener');
    await settled(page, { spinners: true });
    await page.getByTestId('kpi-closed').waitFor();
    await page.getByTestId(`overdue-row-${overdue.code}`).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  }, 60_000);

  it("keeps another unit's matter from a unit user: not-found state, no actions, and 404 from the API", async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.finance.liaison');
    await page.goto(new URL(`/unit/matters/${closed.id}`, page.url()).toString());
    await page.getByTestId('load-error').waitFor();
    await settled(page, { spinners: true });
    await expect(page.getByTestId('load-error').textContent()).resolves.toContain('事项不存在');
    expect(await page.getByTestId('action-bar').count()).toBe(0);
    expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);
    expect(await page.getByTestId('matter-title').count()).toBe(0);
    expect((await api('demo.finance.liaison').get(`/api/matters/${closed.id}`)).status).toBe(404);
    // The same person does see the matter their unit helps on.
    expect((await api('demo.finance.liaison').get(`/api/matters/${carried.id}`)).status).toBe(200);
    await page.context().close();
  }, 60_000);
});
