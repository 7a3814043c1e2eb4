/// <reference lib="dom" />
import type { Browser } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// 关注 in the console: the convener follows a matter from its page, finds it under 我关注的事项, and unfollows it; a
// 批示 follows its matter without a click.
describe('leadership follows a matter in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  const convener = api('demo.convener');
  let browser: Browser;
  let matter: { id: string; code: string; title: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    matter = await director.ok('/api/matters', {
      code: `FOLLOW-${run}`,
      title: '推进知识产权保护工作站建设',
      description: '',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(45),
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const followed = async (): Promise<boolean> =>
    (await convener.get<{ followed: boolean }>(`/api/matters/${matter.id}`)).body.followed;

  it('follows from the matter page, lists it under 我关注的事项, and unfollows', async () => {
    const page = await newPage(browser, { width: 1440, height: 900 });
    await login(page, 'demo.convener');
    await page.goto(`${baseUrl()}/leadership/matters/${matter.id}`);
    await settled(page, { spinners: true });
    const toggle = page.getByTestId('follow-toggle');
    await expect(toggle.getAttribute('data-followed')).resolves.toBe('false');

    await toggle.click();
    await page.locator('[data-testid="follow-toggle"][data-followed="true"]').waitFor();
    await expect(followed()).resolves.toBe(true);

    await page.getByRole('link', { name: '我关注的事项' }).first().click();
    await page.waitForURL('**/leadership/followed');
    await settled(page, { spinners: true });
    const row = page.locator(`[data-testid="followed-row"][data-matter-id="${matter.id}"]`);
    await expect(row.textContent()).resolves.toContain('手动关注');
    await row.getByRole('link', { name: matter.title }).click();
    await page.waitForURL(`**/leadership/matters/${matter.id}`);
    await settled(page, { spinners: true });

    await page.locator('[data-testid="follow-toggle"][data-followed="true"]').click();
    await page.locator('[data-testid="follow-toggle"][data-followed="false"]').waitFor();
    await until('the follow to end', async () => ((await followed()) ? undefined : true));

    // A 批示 follows the matter: the page shows it followed as the instruction comes back.
    await page.getByTestId('leader-instruct').click();
    await page.getByTestId('action-reason').fill('请司法局按期推进。');
    await page.getByTestId('action-confirm').click();
    await page.locator('[data-testid="follow-toggle"][data-followed="true"]').waitFor();
    await expect(followed()).resolves.toBe(true);
    await page.context().close();
  }, 90_000);
});
