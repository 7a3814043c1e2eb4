/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// 事项编号 in the console (issue 14): the dispatch form and the meeting's batch grid come with the office's next free
// code filled in, and a code a matter already holds is named (已被占用：<title>) as it is typed, not at the end.
const DESKTOP = { width: 1440, height: 900 };

interface Proposal {
  year: number;
  number: number;
  code: string;
  codes: string[];
}

describe('matter codes in the console', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  const takenCode = `BR-${run}-1`;
  const takenTitle = `编号占用检查 ${run}`;
  let browser: Browser;
  const pages: Page[] = [];
  const page = async (): Promise<Page> => {
    const p = await newPage(browser, DESKTOP);
    pages.push(p);
    return p;
  };
  const proposal = async (count = 1): Promise<Proposal> => {
    const res = await director.get<Proposal>(`/api/matters/code-proposal?count=${count}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const valueOf = async (p: Page, testId: string, expected: string): Promise<string> =>
    until(`${testId} to read ${expected}`, async () => {
      const v = await p.getByTestId(testId).first().inputValue();
      return v === expected ? v : undefined;
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    // A matter holding a code outside the office's pattern: it does not move the numbering.
    await director.ok('/api/matters', {
      code: takenCode,
      title: takenTitle,
      description: '核对事项编号是否已被占用。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(40),
    });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('proposes the next code on the dispatch form, and names a taken code as it is typed', async () => {
    const next = await proposal();
    expect(next.code).toMatch(/^五联督〔\d{4}〕\d+号$/);
    const office = await page();
    await login(office, 'demo.director');
    await office.goto(`${baseUrl()}/office/matters/new`);
    await settled(office);
    await valueOf(office, 'matter-code', next.code);
    await office.getByTestId('matter-code-free').waitFor();

    await office.getByTestId('matter-code').fill(takenCode);
    await expect(office.getByTestId('matter-code-taken').textContent()).resolves.toBe(`已被占用：${takenTitle}`);
    // Submitting with it opens no confirmation: nothing could be dispatched under a taken code.
    await office.getByTestId('matter-title').fill(`占用编号不交办 ${run}`);
    await office.getByTestId('matter-lead').click();
    await office.keyboard.type('区司法局');
    await office.locator('.ant-select-item-option-active').filter({ hasText: '区司法局' }).waitFor();
    await office.keyboard.press('Enter');
    await office.getByTestId('matter-due').fill(shanghaiDate(30));
    await office.getByTestId('matter-due').press('Tab');
    await office.getByTestId('matter-submit').click();
    await office.waitForTimeout(800);
    await expect(office.getByTestId('dispatch-confirm').count()).resolves.toBe(0);

    // Back to the proposed code: free again, and the confirmation shows it.
    await office.getByTestId('matter-code').fill(next.code);
    await office.getByTestId('matter-code-taken').waitFor({ state: 'detached' });
    await office.getByTestId('matter-submit').click();
    await office.getByTestId('dispatch-confirm').waitFor();
    await expect(office.getByTestId('dispatch-confirm').textContent()).resolves.toContain(next.code);
    await office.getByTestId('dispatch-confirm-back').click();
  });

  it("fills the meeting's batch grid with consecutive free codes, and marks a taken one in its row", async () => {
    const meeting = await director.ok<{ id: string }>('/api/meetings', {
      kind: 'liaison',
      title: `编号检查联络员会议（${run}）`,
      heldOn: shanghaiDate(0),
      chair: '联席会议办公室主任',
    });
    const next = await proposal(2);
    const office = await page();
    await login(office, 'demo.director');
    await office.goto(`${baseUrl()}/office/meetings/${meeting.id}`);
    await settled(office);
    await office.getByTestId('meeting-batch-open').click();
    await office.getByTestId('batch-entry').waitFor();

    const row0 = office.getByTestId('batch-row-0');
    await until('the first row to be prefilled', async () =>
      (await row0.getByTestId('batch-code').inputValue()) === next.codes[0] ? true : undefined,
    );
    await office.getByTestId('batch-add-row').click();
    const row1 = office.getByTestId('batch-row-1');
    await until('the second row to be prefilled', async () =>
      (await row1.getByTestId('batch-code').inputValue()) === next.codes[1] ? true : undefined,
    );

    await row1.getByTestId('batch-code').fill(takenCode);
    await expect(row1.getByTestId('batch-code-taken').textContent()).resolves.toBe(`已被占用：${takenTitle}`);
    await expect(row0.getByTestId('batch-code-taken').count()).resolves.toBe(0);
    // Going on names the row in Chinese, and sends nothing.
    await office.getByTestId('batch-submit').click();
    await expect(office.getByTestId('batch-problems').textContent()).resolves.toContain(
      `第 2 行：编号「${takenCode}」已被占用：${takenTitle}`,
    );
    const matters = await director.get<{ total: number }>(`/api/matters?meetingId=${meeting.id}`);
    expect(matters.body.total).toBe(0);
  });

  it('lets the office set the pattern on 编号规则, refusing a pattern without a number and saying why', async () => {
    const before = await director.get<{ pattern: string; isDefault: boolean }>('/api/matters/code-pattern');
    expect(before.status).toBe(200);
    const office = await page();
    try {
      await login(office, 'demo.director');
      await office.goto(`${baseUrl()}/office/codes`);
      await settled(office);
      await expect(office.getByTestId('code-pattern-value').textContent()).resolves.toBe(before.body.pattern);

      // No {n}: the server's reason shows under the form, and nothing changes.
      await office.getByTestId('code-pattern-input').fill('五联督〔{year}〕号');
      await office.getByTestId('code-pattern-reason').fill('浏览器测试：缺少序号');
      await office.getByTestId('code-pattern-save').click();
      await expect(office.getByTestId('code-pattern-problem').textContent()).resolves.toContain('须含一个 {n}');
      await expect(office.getByTestId('code-pattern-value').textContent()).resolves.toBe(before.body.pattern);

      await office.getByTestId('code-pattern-input').fill(`BR${run}〔{year}〕{n:3}号`);
      await office.getByTestId('code-pattern-reason').fill('浏览器测试：三位序号');
      await office.getByTestId('code-pattern-save').click();
      const example = `BR${run}〔${shanghaiDate(0).slice(0, 4)}〕001号`;
      await until('the new example', async () =>
        (await office.getByTestId('code-pattern-example').textContent()) === example ? true : undefined,
      );
      // The next free code is asked again for the new pattern; it follows the example.
      await until('the next code under the new pattern', async () =>
        (await office.getByTestId('code-pattern-next').textContent()) === example ? true : undefined,
      );
      const after = await director.get<{ pattern: string; setBy: string }>('/api/matters/code-pattern');
      expect(after.body).toMatchObject({ pattern: `BR${run}〔{year}〕{n:3}号`, setBy: 'demo.director' });
    } finally {
      // Later files expect the pattern they started with.
      const restored = await director.request('PUT', '/api/matters/code-pattern', {
        pattern: before.body.pattern,
        reason: '浏览器测试结束，恢复原格式',
      });
      expect(restored.status).toBe(200);
    }
  });
});
