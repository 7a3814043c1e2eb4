import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage } from './support/browser';

// The conference's to-dos under the office's board and a unit's to-do list: each figure is what the API
// counts, and each links to the page that handles it. Browser files run one at a time, so nothing else changes
// the counts while this file reads them.
const DESKTOP = { width: 1440, height: 900 };

async function figure(page: Page, key: string): Promise<number> {
  const link = page.getByTestId(`todo-${key}`);
  await page.waitForFunction(
    (k) => document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-value'),
    key,
  );
  return Number(await link.getAttribute('data-value'));
}

describe('conference to-dos on the homes', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  const liaison = api('demo.justice.liaison');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await liaison.ok('/api/topics', {
      title: `关于知识产权质押融资的议题（${run}）`,
      background: '中小企业融资难。',
      proposal: '建立风险补偿资金池。',
    });
    const filing = await liaison.ok<{ id: string }>('/api/filings', {
      kind: 'major_matter',
      title: `区司法局重大事项抄送（${run}）`,
      content: '依法处理一起重大知识产权纠纷。',
      category: '行政执法',
      eventDate: '2026-11-20',
    });
    await director.ok(`/api/filings/${filing.id}/return`, { comment: '请补充处理结果' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the office what awaits it, as the API counts it, and leads to each page', async () => {
    const topics = (await director.get<{ total: number }>('/api/topics?status=proposed&pageSize=1')).body.total;
    const filings = (await director.get<{ total: number }>('/api/filings?status=submitted&pageSize=1')).body.total;
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.getByTestId('office-conference-todos').waitFor();
    expect(topics).toBeGreaterThanOrEqual(1);
    await expect(figure(page, 'topics')).resolves.toBe(topics);
    await expect(figure(page, 'filings')).resolves.toBe(filings);
    await page.getByTestId('todo-topics').click();
    await page.waitForURL((url) => url.pathname === '/office/topics');
    await page.context().close();
  });

  it('shows a unit its returned filings and its topics still with the office', async () => {
    const returned = (await liaison.get<{ total: number }>('/api/filings?status=returned&pageSize=1')).body.total;
    const pending = (await liaison.get<{ total: number }>('/api/topics?status=proposed&pageSize=1')).body.total;
    expect(returned).toBeGreaterThanOrEqual(1);
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.liaison');
    await page.getByTestId('unit-conference-todos').waitFor();
    await expect(figure(page, 'returned-filings')).resolves.toBe(returned);
    await expect(figure(page, 'pending-topics')).resolves.toBe(pending);
    await page.getByTestId('todo-returned-filings').click();
    await page.waitForURL((url) => url.pathname === '/unit/filings');
    await page.context().close();
  });
});
