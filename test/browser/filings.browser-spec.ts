/// <reference lib="dom" />
import * as path from 'node:path';

import type { FilingView } from '@app/contracts';
import type { Browser, Locator, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled } from './support/browser';

// One information item (信息报送) through the console in a real browser against the real stack: the justice
// bureau's liaison files it, the office returns it for more, the liaison corrects and resubmits it, and the
// office marks it 已阅 and selects it for a work briefing (选入简报).
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

// Clicks and waits for the API's answer to the POST it sends, so the test reads what the server did.
async function postAndWait(page: Page, urlPart: string, click: () => Promise<void>): Promise<FilingView> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(urlPart)),
    click(),
  ]);
  expect(res.status()).toBeLessThan(300);
  return (await res.json()) as FilingView;
}

// A form field by test id: the element itself when it is the input, otherwise the input inside it.
async function inputOf(page: Page, testId: string): Promise<Locator> {
  const el = page.getByTestId(testId);
  return (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
}

// The history (办理记录) a drawer shows, once it holds `n` entries: each entry's type and actor.
async function historyOf(scope: Locator, n: number): Promise<string[]> {
  const events = scope.getByTestId('filing-history').getByTestId('filing-event');
  await events.nth(n - 1).waitFor();
  return events.evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-event-type')} ${e.getAttribute('data-actor')}`),
  );
}

describe('a unit files an information item; the office returns it, the unit resubmits, the office selects it', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const title = `区司法局开展知识产权普法宣传进园区活动（${run}）`;
  const firstContent = `4月26日，区司法局在高新园区开展知识产权普法宣传（${run}）。`;
  const secondContent = `4月26日，区司法局在高新园区开展知识产权普法宣传，覆盖企业32家、职工约600人次（${run}）。`;
  const returnComment = `请补充活动覆盖的企业数量和人次（${run}）`;
  const reviewComment = `已阅，拟编入第N期工作简报（${run}）`;
  const liaison = api('demo.justice.liaison');
  const director = api('demo.director');
  let browser: Browser;
  let unit: Page;
  let office: Page;
  let filingId: string;

  const fetchFiling = async (): Promise<FilingView> => {
    const res = await director.get<FilingView>(`/api/filings/${filingId}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const unitRow = () => unit.locator(`[data-testid="filing-row"][data-filing-id="${filingId}"]`);
  const officeRow = () => office.locator(`[data-testid="filing-row"][data-filing-id="${filingId}"]`);

  async function openUnitFilings(): Promise<void> {
    await unit.goto(new URL('/unit/filings', unit.url()).toString());
    await settled(unit, { spinners: true });
    await unit.getByTestId('filings-tab-information').click();
    await settled(unit, { spinners: true });
  }

  async function openOfficeFiling(): Promise<void> {
    await office.goto(new URL('/office/filings', office.url()).toString());
    await settled(office, { spinners: true });
    // The office's list opens on what awaits review.
    await expect(office.getByTestId('filter-status').textContent()).resolves.toContain('待审阅');
    await officeRow().getByTestId('filing-open').click();
    await office
      .getByTestId('filing-drawer')
      .locator(`[data-testid="filing-details"][data-filing-id="${filingId}"]`)
      .waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    unit = await newPage(browser, DESKTOP);
    office = await newPage(browser, DESKTOP);
    await login(unit, 'demo.justice.liaison');
    await login(office, 'demo.director');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the liaison files an information item with a link attachment', async () => {
    await openUnitFilings();
    await unit.getByTestId('filings-new').click();
    // The dialog starts on the open tab's kind; a missing title is caught in the form, not by the API.
    await unit.getByTestId('filing-submit').click();
    await unit.getByText('请填写标题').waitFor();
    await unit.getByTestId('filing-title').fill(title);
    await (await inputOf(unit, 'filing-category')).fill('宣传培训');
    await unit.getByTestId('filing-content').fill(firstContent);
    const date = await inputOf(unit, 'filing-event-date');
    await date.fill('2026-04-26');
    await date.press('Tab');
    await unit.getByTestId('filing-add-attachment').click();
    await unit.getByTestId('filing-attachment-title-0').fill('活动方案.pdf');
    await unit.getByTestId('filing-attachment-url-0').fill('oa/plan.pdf');
    await unit.getByTestId('filing-submit').click();
    await unit.getByText('请填写以 http:// 或 https:// 开头的完整链接').waitFor();
    await unit.getByTestId('filing-attachment-url-0').fill('https://oa.wuhua.gov.cn/files/2026/ip-park-plan.pdf');

    const filed = await postAndWait(unit, '/api/filings', () => unit.getByTestId('filing-submit').click());
    filingId = filed.id;
    await expect(fetchFiling()).resolves.toMatchObject({
      kind: 'information',
      unitCode: 'justice',
      title,
      category: '宣传培训',
      content: firstContent,
      eventDate: '2026-04-26',
      attachments: [{ title: '活动方案.pdf', url: 'https://oa.wuhua.gov.cn/files/2026/ip-park-plan.pdf' }],
      status: 'submitted',
      filedBy: 'demo.justice.liaison',
    });
    await unitRow().waitFor();
    await expect(unitRow().getByTestId('filing-status').getAttribute('data-status')).resolves.toBe('submitted');
    await expect(unitRow().getByTestId('filing-status').textContent()).resolves.toBe('已报送');
  });

  it('the office opens it from 待审阅 and returns it with a comment', async () => {
    await openOfficeFiling();
    const drawer = office.getByTestId('filing-drawer');
    await expect(drawer.getByTestId('filing-detail-content').textContent()).resolves.toBe(firstContent);
    const link = drawer.getByTestId('filing-attachment-link');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    await office.screenshot({ path: path.join(SCREENSHOTS, 'filings-office.png'), animations: 'disabled' });

    await drawer.getByTestId('filing-action-return').click();
    // A return without a comment is caught in the form.
    await office.getByTestId('return-confirm').click();
    await office.getByText('请填写退回意见，说明需要补充或修改什么').waitFor();
    await office.getByTestId('return-comment').fill(returnComment);
    const returned = await postAndWait(office, `/api/filings/${filingId}/return`, () =>
      office.getByTestId('return-confirm').click(),
    );
    expect(returned).toMatchObject({ status: 'returned', reviewComment: returnComment });
    await expect(fetchFiling()).resolves.toMatchObject({
      status: 'returned',
      reviewComment: returnComment,
      reviewedBy: 'demo.director',
      selectedForBriefing: false,
    });
    await drawer.locator('[data-testid="filing-details"][data-status="returned"]').waitFor();
    await expect(drawer.getByTestId('filing-return-comment').textContent()).resolves.toContain(returnComment);
    await expect(drawer.getByTestId('filing-action-return').count()).resolves.toBe(0);
    // The list still shows what awaits review: the returned item has left it.
    await office.getByTestId('filing-drawer').locator('.ant-drawer-close').click();
    await officeRow().waitFor({ state: 'detached' });
  });

  it('the liaison sees the comment and resubmits with changed content', async () => {
    await openUnitFilings();
    await expect(unitRow().getByTestId('filing-status').getAttribute('data-status')).resolves.toBe('returned');
    await expect(unitRow().getByTestId('filing-return-comment').textContent()).resolves.toContain(returnComment);
    await unitRow().getByTestId('filing-resubmit').click();
    // The dialog opens with the filing as it was.
    await expect(unit.getByTestId('filing-title').inputValue()).resolves.toBe(title);
    await expect(unit.getByTestId('filing-content').inputValue()).resolves.toBe(firstContent);
    await expect(unit.getByTestId('filing-attachment-title-0').inputValue()).resolves.toBe('活动方案.pdf');
    await unit.getByTestId('filing-content').fill(secondContent);
    await unit.getByTestId('filing-note').fill('已补充覆盖企业数量和人次');
    await unit.screenshot({ path: path.join(SCREENSHOTS, 'filings-unit-resubmit.png'), animations: 'disabled' });
    const again = await postAndWait(unit, `/api/filings/${filingId}/resubmit`, () =>
      unit.getByTestId('filing-submit').click(),
    );
    expect(again).toMatchObject({ id: filingId, status: 'submitted' });
    await expect(fetchFiling()).resolves.toMatchObject({
      status: 'submitted',
      title,
      content: secondContent,
      category: '宣传培训',
      eventDate: '2026-04-26',
      reviewComment: null,
      reviewedBy: null,
      attachments: [{ title: '活动方案.pdf', url: 'https://oa.wuhua.gov.cn/files/2026/ip-park-plan.pdf' }],
    });
    await unit.locator(`[data-testid="filing-row"][data-filing-id="${filingId}"][data-status="submitted"]`).waitFor();
    await expect(unitRow().getByTestId('filing-return-comment').count()).resolves.toBe(0);
    await expect(unitRow().getByTestId('filing-resubmit').count()).resolves.toBe(0);
  });

  it('the office marks the corrected item 已阅 and selects it for a briefing, and can toggle that', async () => {
    await openOfficeFiling();
    const drawer = office.getByTestId('filing-drawer');
    await expect(drawer.getByTestId('filing-detail-content').textContent()).resolves.toBe(secondContent);
    await drawer.getByTestId('filing-action-review').click();
    await office.getByTestId('review-comment').fill(reviewComment);
    await office.getByTestId('review-select').check();
    const reviewed = await postAndWait(office, `/api/filings/${filingId}/review`, () =>
      office.getByTestId('review-confirm').click(),
    );
    expect(reviewed).toMatchObject({ status: 'reviewed', selectedForBriefing: true });
    await expect(fetchFiling()).resolves.toMatchObject({
      status: 'reviewed',
      selectedForBriefing: true,
      reviewComment,
      reviewedBy: 'demo.director',
      content: secondContent,
    });
    await drawer.locator('[data-testid="filing-details"][data-status="reviewed"]').waitFor();
    await drawer.getByTestId('filing-selected').waitFor();
    await expect(drawer.getByTestId('filing-review-comment').textContent()).resolves.toBe(reviewComment);

    // 选入简报 is the office's editorial choice on a reviewed item: it can be taken back and given again.
    const toggle = drawer.getByTestId('filing-action-select');
    await expect(toggle.getAttribute('data-selected')).resolves.toBe('true');
    const unselected = await postAndWait(office, `/api/filings/${filingId}/briefing-selection`, () => toggle.click());
    expect(unselected.selectedForBriefing).toBe(false);
    await expect(fetchFiling()).resolves.toMatchObject({ selectedForBriefing: false });
    await drawer.locator('[data-testid="filing-action-select"][data-selected="false"]').waitFor();
    await drawer.getByTestId('filing-selected').waitFor({ state: 'detached' });
    const selected = await postAndWait(office, `/api/filings/${filingId}/briefing-selection`, () => toggle.click());
    expect(selected.selectedForBriefing).toBe(true);
    await expect(fetchFiling()).resolves.toMatchObject({ status: 'reviewed', selectedForBriefing: true });
    await drawer.getByTestId('filing-selected').waitFor();
    // The drawer's history (办理记录) holds every step, oldest first, as the API recorded it.
    const history = [
      'filing.submitted demo.justice.liaison',
      'filing.returned demo.director',
      'filing.resubmitted demo.justice.liaison',
      'filing.reviewed demo.director',
      'filing.unselected_for_briefing demo.director',
      'filing.selected_for_briefing demo.director',
    ];
    await expect(historyOf(drawer, 6)).resolves.toEqual(history);
    expect((await fetchFiling()).events?.map((e) => `${e.type} ${e.actorUserId}`)).toEqual(history);
    await expect(drawer.getByTestId('filing-history').textContent()).resolves.toContain(returnComment);
    await expect(drawer.getByTestId('filing-history').textContent()).resolves.toContain('已补充覆盖企业数量和人次');
    await drawer.getByTestId('filing-history').scrollIntoViewIfNeeded();
    await office.screenshot({ path: path.join(SCREENSHOTS, 'filings-history.png'), animations: 'disabled' });

    // The unit sees the outcome too.
    const mine = await liaison.get<FilingView>(`/api/filings/${filingId}`);
    expect(mine.body).toMatchObject({ status: 'reviewed', selectedForBriefing: true, reviewComment });
    await openUnitFilings();
    await expect(unitRow().getByTestId('filing-status').textContent()).resolves.toBe('已阅');
    await unitRow().getByTestId('filing-selected').waitFor();
    // And the same history in its own drawer.
    await unitRow().getByTestId('filing-open').click();
    await expect(historyOf(unit.getByTestId('filing-drawer'), 6)).resolves.toEqual(history);
    await unit.getByTestId('filing-drawer').locator('.ant-drawer-close').click();
  });

  it('keeps both pages usable at a phone width', async () => {
    // Within the screen's width; polled, since a drawer slides in.
    const inView = async (el: Locator) => {
      const fits = async () => {
        const box = await el.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
      };
      const deadline = Date.now() + 5_000;
      while (!(await fits()) && Date.now() < deadline) {
        await el.page().waitForTimeout(100);
      }
      await expect(fits()).resolves.toBe(true);
    };
    const officePhone = await newPage(browser, PHONE);
    await login(officePhone, 'demo.director');
    await officePhone.goto(new URL('/office/filings', officePhone.url()).toString());
    await settled(officePhone, { spinners: true });
    await officePhone.getByTestId('filter-status').click();
    await officePhone.locator('.ant-select-item-option').filter({ hasText: '已阅' }).click();
    await settled(officePhone, { spinners: true });
    const officeRowOnPhone = officePhone.locator(`[data-testid="filing-row"][data-filing-id="${filingId}"]`);
    await inView(officeRowOnPhone.getByTestId('filing-status'));
    await officeRowOnPhone.getByTestId('filing-open').click();
    const drawer = officePhone.getByTestId('filing-drawer');
    await expect(drawer.getByTestId('filing-detail-content').textContent()).resolves.toBe(secondContent);
    await inView(drawer.getByTestId('filing-action-select'));
    await officePhone.context().close();

    const unitPhone = await newPage(browser, PHONE);
    await login(unitPhone, 'demo.justice.liaison');
    await unitPhone.goto(new URL('/unit/filings', unitPhone.url()).toString());
    await settled(unitPhone, { spinners: true });
    await unitPhone.getByTestId('filings-tab-information').click();
    await settled(unitPhone, { spinners: true });
    const unitRowOnPhone = unitPhone.locator(`[data-testid="filing-row"][data-filing-id="${filingId}"]`);
    await inView(unitRowOnPhone.getByTestId('filing-status'));
    await inView(unitRowOnPhone.getByTestId('filing-open'));
    await unitPhone.context().close();
  });
});
