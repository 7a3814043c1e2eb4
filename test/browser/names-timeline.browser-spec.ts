/// <reference lib="dom" />
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// The matter timeline names people (their display names, not their login names), folds the system's records under
// the person's step that caused them, and shows 期限暂定 only on a due date that really is provisional. Then each
// role's home and matter page at 1440 and 390 px, saved to docs/screenshots (roles-<role>-<page>-<width>.png).
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };
const WIDTHS = [DESKTOP, { width: 390, height: 844 }];
// `home`: what shows once the home has loaded its data.
const ROLES = [
  { role: 'office', username: 'demo.office', area: 'office', home: 'page-title' },
  { role: 'director', username: 'demo.director', area: 'office', home: 'page-title' },
  { role: 'liaison', username: 'demo.justice.liaison', area: 'unit', home: 'todo-tab-inProgress' },
  { role: 'leader', username: 'demo.justice.leader', area: 'unit', home: 'todo-tab-inProgress' },
  { role: 'leadership', username: 'demo.convener', area: 'leadership', home: 'kpi-closed' },
] as const;

// The whole page. On a phone the viewport is made as tall as the page first, so that the sticky action bar sits
// at the bottom, where a phone shows it, rather than across the middle of a stitched full-page image.
async function shoot(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize();
  if (viewport && viewport.width < 768) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, file), animations: 'disabled', fullPage: true });
  if (viewport) {
    await page.setViewportSize(viewport);
  }
}

describe('names, folded system records and 期限暂定 on the matter page', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  let browser: Browser;
  let matter: { id: string; code: string };

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    // A December matter: its escalation ladder reaches into next year, whose holidays may be unpublished; its due
    // date is the office's own, so it is not provisional.
    matter = await director.ok<{ id: string; code: string }>('/api/matters', {
      code: `NAME-${run}`,
      title: '开展知识产权纠纷多元调解宣传',
      description: '在各街道开展知识产权纠纷多元调解宣传。',
      leadUnitCode: 'justice',
      coUnitCodes: ['finance'],
      dueDate: shanghaiDate(20),
      year: 2046,
    });
    await api('demo.justice.liaison').ok(`/api/matters/${matter.id}/acknowledge`);
    await until('the acknowledgement and its re-plan in the read model', async () => {
      const res = await director.get<{ events: { type: string }[] }>(`/api/matters/${matter.id}`);
      const types = res.body.events.map((e) => e.type);
      return types.includes('assignment.acknowledged') && types.includes('supervision.deadlines_set')
        ? true
        : undefined;
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('carries the display name beside the login name in the API', async () => {
    const res = await director.get<{ events: { type: string; actorUserId: string; actorName: string | null }[] }>(
      `/api/matters/${matter.id}`,
    );
    const dispatched = res.body.events.find((e) => e.type === 'matter.dispatched');
    expect(dispatched).toMatchObject({ actorUserId: 'demo.director', actorName: '演示·办公室主任' });
  });

  it("shows people's names, folds the system records and no 期限暂定 on a due date the office set", async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.director');
    await page.goto(new URL(`/office/matters/${matter.id}`, page.url()).toString());
    await settled(page, { spinners: true });
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();

    const acked = timeline.locator('[data-testid="timeline-event"][data-event-type="assignment.acknowledged"]');
    await expect(acked.getByTestId('timeline-actor').textContent()).resolves.toContain('演示·区司法局联络员');
    const dispatched = timeline.locator('[data-testid="timeline-event"][data-event-type="matter.dispatched"]');
    await expect(dispatched.getByTestId('timeline-actor').textContent()).resolves.toContain('演示·办公室主任');
    await expect(timeline.textContent()).resolves.not.toMatch(/demo\.(director|justice\.liaison)/);

    // The plan the workflow recorded is folded away under the step that caused it, until asked for.
    const plans = timeline.locator('[data-event-type="supervision.deadlines_set"]');
    expect(await plans.count()).toBe(0);
    const toggle = timeline.getByTestId('timeline-folded-toggle').first();
    await expect(toggle.textContent()).resolves.toMatch(/另有 \d+ 条系统记录/);
    await toggle.click();
    await plans.first().waitFor();
    await expect(plans.first().getByTestId('timeline-actor').textContent()).resolves.toBe('系统');

    // One status word on the page; no 期限暂定 on a due date the office set.
    expect(await page.getByTestId('matter-status-word').count()).toBe(1);
    expect(await page.getByTestId('provisional-flag').count()).toBe(0);
    await expect(page.getByTestId('supervision-panel').textContent()).resolves.not.toContain('期限暂定');
    await page.context().close();
  }, 60_000);

  for (const r of ROLES) {
    it(`saves ${r.role}'s home and matter page at 1440 and 390 px`, async () => {
      for (const viewport of WIDTHS) {
        const page: Page = await newPage(browser, viewport);
        await login(page, r.username);
        await page.getByTestId(r.home).first().waitFor();
        await settled(page, { spinners: true });
        await shoot(page, `roles-${r.role}-home-${viewport.width}.png`);
        await page.goto(new URL(`/${r.area}/matters/${matter.id}`, page.url()).toString());
        await page.getByTestId('matter-title').waitFor();
        await page.getByTestId('timeline').waitFor();
        await settled(page, { spinners: true });
        await shoot(page, `roles-${r.role}-matter-${viewport.width}.png`);
        // Nothing scrolls sideways on a phone.
        if (viewport.width === 390) {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        }
        await page.context().close();
      }
    }, 90_000);
  }
});
