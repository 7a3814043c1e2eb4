/// <reference lib="dom" />
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { AssessmentSheet, UnitScorecardView } from '@app/contracts';
import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';
import { dispatchLegacyMatter } from './support/legacy-matter';
import { closeJusticeMatter, untilReported } from './support/matter-setup';

// 考核 in a real browser: the office's and leadership's score sheet, an evidence drawer behind a cell, and the
// dashboard's "why is this unit red" in one click. Writes assessment-1440.png, assessment-evidence.png and
// leadership-why-red.png.
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };

interface Created {
  id: string;
  code: string;
  title: string;
}

const evidenceItems = (page: Page) => page.getByTestId('evidence-drawer').getByTestId('evidence-item');

describe('the assessment page in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  const year = Number(shanghaiDate(0).slice(0, 4));
  let browser: Browser;
  let onTime: Created; // justice leads; closed on time
  let overdue: Created; // finance leads; due a month ago, never acknowledged

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    onTime = await director.ok<Created>('/api/matters', {
      code: `ASSESS-${run}-1`,
      title: '建立知识产权纠纷人民调解工作机制（考核）',
      description: '',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(30),
    });
    overdue = await dispatchLegacyMatter({
      code: `ASSESS-${run}-2`,
      title: '落实知识产权质押融资风险补偿资金（考核）',
      leadUnitCode: 'finance',
      coUnitCodes: [],
      dueDate: shanghaiDate(-30),
      priority: 'high',
    });
    await api('demo.justice.liaison').ok(`/api/matters/${onTime.id}/acknowledge`);
    await closeJusticeMatter(onTime.id, '已印发工作规则，设立知识产权调解室。');
    await untilReported(overdue.id);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the office the sheet with both numbers of each rate, as the scorecard counts them (assessment-1440.png)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.getByRole('link', { name: '考核评分' }).click();
    await page.waitForURL('**/office/assessment');
    await settled(page, { spinners: true });
    await page.getByTestId('assessment-table').waitFor();
    expect(await page.locator('[data-testid^="assessment-row-"]').count()).toBe(21);
    const card = (await director.get<UnitScorecardView>(`/api/supervision/scorecard?year=${year}`)).body;
    const justice = card.units.find((u) => u.unitCode === 'justice')!;
    await expect(page.getByTestId('nums-justice-onTimeRate').textContent()).resolves.toBe(
      `${justice.closedOnTime}/${justice.due}`,
    );
    expect(justice.closedOnTime).toBeGreaterThanOrEqual(1);
    // Finance's overdue matter: late against its due date, and its 通报, as the dashboard shows them.
    const finance = card.units.find((u) => u.unitCode === 'finance')!;
    await expect(page.getByTestId('nums-finance-onTimeRate').textContent()).resolves.toBe(
      `${finance.closedOnTime}/${finance.due}`,
    );
    expect(finance.due - finance.closedOnTime).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getByTestId('cell-finance-reports').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByTestId('assessment-weights').waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'assessment-1440.png'),
      animations: 'disabled',
      fullPage: true,
    });

    // The cell opens the matters behind it: the closed matter counts as on time, with its events.
    await page.getByTestId('cell-justice-onTimeRate').click();
    const mine = evidenceItems(page).and(page.locator(`[data-matter-id="${onTime.id}"]`));
    await mine.waitFor();
    await expect(mine.getAttribute('data-counts')).resolves.toBe('met');
    await mine.locator('[data-event-type="matter.closed"]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'assessment-evidence.png'), animations: 'disabled' });
    await mine.getByTestId('evidence-matter-link').click();
    await page.waitForURL(`**/office/matters/${onTime.id}`);
    await page.context().close();
  }, 90_000);

  it('lets the office change the weights with a reason, and the scores follow', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.goto(new URL(`/office/assessment?year=${year}`, page.url()).toString());
    await settled(page, { spinners: true });
    await page.getByTestId('assessment-weights').click();
    await page.getByTestId('weight-ackRate').fill('10');
    await page.getByTestId('weight-onTimeRate').fill('50');
    await page.getByTestId('weights-reason').fill('按本年度考核办法提高按期办结率权重');
    await page.getByTestId('weights-dialog').getByRole('button', { name: '保存权重' }).click();
    await page.getByTestId('weights-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('assessment-weights-line').getByText('按本年度考核办法提高按期办结率权重').waitFor();
    const sheet = (await director.get<AssessmentSheet>(`/api/assessment/${year}`)).body;
    expect(sheet.weights.weights.rates).toMatchObject({ ackRate: 10, onTimeRate: 50 });
    const finance = sheet.rows.find((r) => r.unitCode === 'finance')!;
    await expect(page.getByTestId('score-finance').getAttribute('data-value')).resolves.toBe(String(finance.score));
    await page.context().close();
  }, 60_000);

  it('takes leadership from a red unit to why, in one click, with the same count (leadership-why-red.png)', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.convener');
    await settled(page, { spinners: true });
    const why = page.getByTestId('why-red-finance');
    await why.waitFor();
    const red = Number(await why.getAttribute('data-value'));
    await why.click();
    await evidenceItems(page)
      .and(page.locator(`[data-matter-id="${overdue.id}"]`))
      .waitFor();
    await settled(page, { spinners: true });
    expect(await evidenceItems(page).count()).toBe(red);
    await evidenceItems(page)
      .and(page.locator(`[data-matter-id="${overdue.id}"]`))
      .locator('[data-event-type="supervision.escalated"]')
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'leadership-why-red.png'), animations: 'disabled' });

    // The assessment page gives leadership the same sheet, read-only, and the same answer for finance's red.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: '考核评分' }).click();
    await page.waitForURL('**/leadership/assessment');
    await settled(page, { spinners: true });
    await page.getByTestId('assessment-table').waitFor();
    expect(await page.getByTestId('assessment-weights').count()).toBe(0);
    await page.getByTestId('cell-finance-red').click();
    await evidenceItems(page)
      .and(page.locator(`[data-matter-id="${overdue.id}"]`))
      .waitFor();
    await settled(page, { spinners: true });
    expect(await evidenceItems(page).count()).toBe(red);
    await page.context().close();
  }, 90_000);
});
