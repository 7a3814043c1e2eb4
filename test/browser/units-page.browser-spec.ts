import * as fs from 'node:fs';
import * as path from 'node:path';

import type { UnitView } from '@app/contracts';
import type { Browser, Page } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// Issue 12 in a browser: the office's 成员单位 page lists the member units as data (status, former names) and its
// add / rename / merge / dissolve dialogs send the change to the server, which refuses what it must and says why; a refused
// change leaves every unit as it was. (The changes that succeed are proven in units-as-data.integration-spec: this
// tier shares one database, whose 21 units the other browser files count.)
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

describe('the member units page (成员单位) in a browser', () => {
  const director = api('demo.director');
  let browser: Browser;
  let page: Page;

  const units = async (): Promise<UnitView[]> => (await director.get<UnitView[]>('/api/units')).body;
  // The toast the dialog shows when the server refuses the change.
  const refusedWith = async (text: string): Promise<void> => {
    await page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.goto(`${baseUrl()}/office/units`);
    await settled(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every member unit from the table with its status', async () => {
    await expect(page.getByTestId('page-title').textContent()).resolves.toBe('成员单位及简称');
    const listed = await units();
    expect(listed.length).toBeGreaterThanOrEqual(21);
    for (const u of listed.filter((x) => x.status === 'active')) {
      await expect(page.getByTestId(`unit-status-${u.code}`).textContent()).resolves.toContain('在册');
    }
    // The page as the director sees it (更名 · 合并 · 撤销), at the desktop and the phone width.
    await expect(page.getByTestId('unit-dissolve-justice').isVisible()).resolves.toBe(true);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'units-office-1440.png'), animations: 'disabled' });
    const phone = await newPage(browser, PHONE);
    await login(phone, 'demo.director');
    await phone.goto(`${baseUrl()}/office/units`);
    await settled(phone);
    await phone.getByTestId('unit-status-justice').waitFor();
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'units-office-390.png'), animations: 'disabled' });
    await phone.context().close();
  }, 60_000);

  it('renames: a date after today is refused by the server, the dialog stays, the unit keeps its name', async () => {
    const before = (await units()).find((u) => u.code === 'statistics')!;
    await page.getByTestId('unit-rename-statistics').click();
    await page.getByTestId('unit-change-rename').waitFor();
    // The form's own check first: a reason is required.
    await page.getByTestId('unit-change-name-zh').fill('区统计和数据局');
    await page.getByTestId('unit-change-name-en').fill('Statistics and Data Bureau');
    await page.getByTestId('unit-change-from').fill(`${Number(shanghaiDate(0).slice(0, 4)) + 1}-01-01`);
    await page.getByTestId('unit-change-ok').click();
    await page.getByText('请填写此项').first().waitFor();
    await page.getByTestId('unit-change-reason').fill('机构改革更名');
    await page.getByTestId('unit-change-ok').click();
    await refusedWith(`保存失败：提交的内容不符合要求`);
    await expect(page.getByTestId('unit-change-rename').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('unit-change-rename').waitFor({ state: 'detached' });
    const after = (await units()).find((u) => u.code === 'statistics')!;
    expect(after).toEqual(before);
  }, 60_000);

  it('merges: a unit with open work or accounts is refused with what to do first', async () => {
    const before = (await units()).find((u) => u.code === 'justice')!;
    await page.getByTestId('unit-merge-justice').click();
    await page.getByTestId('unit-change-merge').waitFor();
    await page.getByTestId('unit-change-merge').getByText('合并后该单位不再承办新事项').waitFor();
    await page.getByTestId('unit-change-merge').locator('.ant-select').click();
    await page.keyboard.type('区财政局');
    await page.keyboard.press('Enter');
    await page.getByTestId('unit-change-from').fill(shanghaiDate(0));
    await page.getByTestId('unit-change-reason').fill('机构改革：并入区财政局');
    await page.getByTestId('unit-change-ok').click();
    await refusedWith('该单位仍有未办结的事项');
    await page.getByTestId('unit-change-cancel').click();
    await page.getByTestId('unit-change-merge').waitFor({ state: 'detached' });
    expect((await units()).find((u) => u.code === 'justice')).toEqual(before);
    await expect(page.getByTestId('unit-status-justice').textContent()).resolves.toContain('在册');
  }, 60_000);

  it('dissolves: a unit with open work or accounts is refused the same way; it stays 在册', async () => {
    const before = (await units()).find((u) => u.code === 'justice')!;
    await page.getByTestId('unit-dissolve-justice').click();
    await page.getByTestId('unit-change-dissolve').waitFor();
    await page.getByTestId('unit-change-dissolve').getByText('撤销后该单位不再承办新事项').waitFor();
    await page.getByTestId('unit-change-from').fill(shanghaiDate(0));
    await page.getByTestId('unit-change-reason').fill('机构改革：撤销');
    await page.getByTestId('unit-change-ok').click();
    await refusedWith('该单位仍有未办结的事项');
    await page.getByTestId('unit-change-cancel').click();
    await page.getByTestId('unit-change-dissolve').waitFor({ state: 'detached' });
    expect((await units()).find((u) => u.code === 'justice')).toEqual(before);
    await expect(page.getByTestId('unit-status-justice').textContent()).resolves.toContain('在册');
  }, 60_000);

  it('adds: a code already taken is refused; nothing is added', async () => {
    const count = (await units()).length;
    await page.getByTestId('unit-add').click();
    await page.getByTestId('unit-change-add').waitFor();
    await page.getByTestId('unit-change-code').fill('justice');
    await page.getByTestId('unit-change-name-zh').fill('区数据局');
    await page.getByTestId('unit-change-name-en').fill('Data Bureau');
    await page.getByTestId('unit-change-add').locator('textarea').first().fill('数据资源管理');
    await page.getByTestId('unit-change-from').fill(shanghaiDate(0));
    await page.getByTestId('unit-change-reason').fill('机构改革：新组建');
    await page.getByTestId('unit-change-ok').click();
    await refusedWith('单位代码已被使用');
    await page.getByTestId('unit-change-cancel').click();
    await page.getByTestId('unit-change-add').waitFor({ state: 'detached' });
    expect(await units()).toHaveLength(count);
  }, 60_000);
});
