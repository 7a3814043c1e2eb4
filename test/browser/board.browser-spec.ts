/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// The office board as people use it every day: each unit's state on a matter, rows selected for batch 催办.
const DESKTOP = { width: 1440, height: 900 };

interface Created {
  id: string;
  code: string;
}

describe('the office board in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const prefix = `BRD-${run}`;
  const director = api('demo.director');
  let browser: Browser;
  let unsigned: Created; // justice leads, finance helps; nobody has signed
  let signed: Created; // justice leads, finance helps; justice signed

  beforeAll(async () => {
    browser = await launchBrowser();
    const dispatch = (code: string, title: string) =>
      director.ok<Created>('/api/matters', {
        code,
        title,
        description: '',
        leadUnitCode: 'justice',
        coUnitCodes: ['finance'],
        dueDate: shanghaiDate(60),
      });
    unsigned = await dispatch(`${prefix}-1`, '开展知识产权纠纷调解员培训');
    signed = await dispatch(`${prefix}-2`, '编制知识产权公共服务事项清单');
    await api('demo.justice.liaison').ok(`/api/matters/${signed.id}/acknowledge`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const rowOf = (page: Page, code: string) => page.locator(`[data-testid="matter-row"][data-matter-code="${code}"]`);

  it('shows each unit its state, 待签收 before anyone signed, and urges the selected rows one by one', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.goto(`${baseUrl()}/office?q=${encodeURIComponent(prefix)}`);
    await settled(page, { spinners: true });
    await rowOf(page, unsigned.code).waitFor();

    const states = async (code: string) =>
      rowOf(page, code)
        .getByTestId('unit-state')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-unit'), e.getAttribute('data-state'), e.textContent]),
        );
    const first = await states(unsigned.code);
    expect(first.map(([unit, state]) => [unit, state])).toEqual([
      ['justice', 'unsigned'],
      ['finance', 'unsigned'],
    ]);
    expect(first[0]?.[2]).toMatch(/区司法局.*未签收 0 日/);
    expect(await rowOf(page, unsigned.code).getByTestId('row-status').innerText()).toBe('待签收');

    const second = await states(signed.code);
    expect(second.map(([unit, state]) => [unit, state])).toEqual([
      ['justice', 'in_progress'],
      ['finance', 'unsigned'],
    ]);
    expect(second[0]?.[2]).toContain('办理中');
    expect(await rowOf(page, signed.code).getByTestId('row-status').innerText()).toBe('办理中');

    // Select both rows: the selection bar offers batch 催办 and export.
    for (const code of [unsigned.code, signed.code]) {
      await rowOf(page, code).locator('.ant-table-selection-column input[type="checkbox"]').check();
    }
    expect(new URL(page.url()).pathname).toBe('/office');
    await expect(page.getByTestId('board-selected-count').innerText()).resolves.toBe('已选 2 项');
    await page.getByTestId('board-export-selected').waitFor();

    await page.getByTestId('board-batch-urge').click();
    await page.getByTestId('batch-urge-note').fill('请于本周内签收并反馈进展');
    await page.getByTestId('batch-urge-send').click();
    const result = (code: string) => page.locator(`[data-testid="batch-urge-result"][data-matter-code="${code}"]`);
    await result(unsigned.code).and(page.locator('[data-ok="true"]')).waitFor();
    await result(signed.code).and(page.locator('[data-ok="true"]')).waitFor();
    await expect(result(unsigned.code).innerText()).resolves.toContain('已催办：区司法局、区财政局');

    // Each urge is on the matter's record, one per unit.
    const urged = await until('the urges on the record', async () => {
      const res = await director.get<{ events: { type: string; unitCode: string | null; reason: string | null }[] }>(
        `/api/matters/${unsigned.id}`,
      );
      const manual = res.body.events.filter(
        (e) => e.type === 'supervision.escalated' && e.reason === '请于本周内签收并反馈进展',
      );
      return manual.length === 2 ? manual : undefined;
    });
    expect(urged.map((e) => e.unitCode).sort()).toEqual(['finance', 'justice']);
    await page.context().close();
  }, 90_000);

  it('finds 区市场监督管理局 in the unit picker by a short name and by pinyin initials', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await settled(page, { spinners: true });
    const picker = page.getByTestId('office-filter-unit');
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    const offered = async (text: string) => {
      await picker.click();
      await picker.locator('input').fill(text);
      await options.first().waitFor();
      return options.evaluateAll((els) => els.map((e) => e.textContent));
    };
    expect(await offered('市场监管')).toEqual(['区市场监督管理局']);
    expect(await offered('scj')).toEqual(['区市场监督管理局']);
    expect(await offered('工信')).toEqual(['区科学技术和工业信息化局']);
    expect(await offered('版权局')).toEqual(['区委宣传部〔区新闻出版（版权）局〕']);
    // Choosing it filters the board by that unit.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('unit') === 'publicity-copyright');
    await page.context().close();
  }, 60_000);

  it('lets the office add an alias to a unit, which the picker then finds', async () => {
    const seed = (await director.get<{ code: string; aliases: string[] }[]>('/api/units')).body.find(
      (u) => u.code === 'statistics',
    )?.aliases;
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    try {
      await page.goto(`${baseUrl()}/office/units`);
      await settled(page, { spinners: true });
      const row = page.getByTestId('unit-aliases-statistics');
      await row.locator('input').fill('数据统计');
      await page.keyboard.press('Enter');
      await row.getByTestId('unit-aliases-reason').fill('纪要中写作“数据统计”');
      await row.getByTestId('unit-aliases-save').click();
      await page.getByText('已保存区统计局的简称').waitFor();
      const saved = await director.get<{ aliases: string[]; initials: string[] }>('/api/units/statistics');
      expect(saved.body.aliases).toEqual([...(seed ?? []), '数据统计']);
      expect(saved.body.initials).toContain('sjtj');

      await page.goto(`${baseUrl()}/office`);
      await settled(page, { spinners: true });
      const picker = page.getByTestId('office-filter-unit');
      await picker.click();
      await picker.locator('input').fill('sjtj');
      const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
      await options.first().waitFor();
      expect(await options.evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['区统计局']);
    } finally {
      await director.request('PUT', '/api/units/statistics/aliases', { aliases: seed ?? [], reason: '恢复' });
      await page.context().close();
    }
  }, 60_000);
});
