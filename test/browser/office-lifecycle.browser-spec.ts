import type { Browser, Page } from 'playwright-core';

import { api, codeProposed, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// One agreed matter from dispatch to closure, every step through the console in a real browser against the real
// stack: the office dispatches it (lead 区司法局, co-unit 区财政局), the lead unit's liaison acknowledges it and
// reports progress, its leader reports completion, the office returns the report, the leader reports again, and
// the office verifies: the matter is closed (办结销号). 区财政局 never signs: the verification names it, and its part is
// recorded as not done (未完成).
const DESKTOP = { width: 1440, height: 900 };

async function statusOf(page: Page): Promise<string | null> {
  return page.getByTestId('matter-status').getAttribute('data-status');
}

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="matter-status"][data-status="${status}"]`).waitFor({ timeout: 60_000 });
}

// Picks a unit in an antd Select with search: type its Chinese name, press Enter.
async function chooseUnit(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option-active').filter({ hasText: name }).waitFor();
  await page.keyboard.press('Enter');
}

// Opens a matter from the unit workbench: the to-do tab it should be in, then its row.
async function openFromWorkbench(page: Page, tab: string, code: string): Promise<void> {
  await page.goto(new URL('/unit', page.url()).toString());
  await settled(page);
  await page.getByTestId(`todo-tab-${tab}`).click();
  await page.locator(`[data-testid="matter-row"][data-matter-code="${code}"]`).getByTestId('matter-link').click();
  await page.waitForURL(/\/unit\/matters\/[0-9a-f-]{36}$/);
  await settled(page);
}

async function submitCompletion(page: Page, summary: string): Promise<void> {
  await page.getByTestId('action-completion').click();
  await page.getByTestId('field-summary').fill(summary);
  await page.getByTestId('dialog-confirm-completion').click();
  await page.getByTestId('dialog-confirm-completion').waitFor({ state: 'hidden' });
  await page.getByTestId('action-completion').waitFor({ state: 'detached' });
}

describe('the office follows one matter from dispatch to closure in a browser', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const code = `OL-${run}`;
  const title = `开展知识产权普法宣传进社区活动（${run}）`;
  const director = api('demo.director');
  let browser: Browser;
  let office: Page;
  let matterId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    office = await newPage(browser, DESKTOP);
    await login(office, 'demo.director');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('dispatches a matter from the new-matter form: lead 区司法局, co-unit 区财政局', async () => {
    expect(new URL(office.url()).pathname).toBe('/office');
    await settled(office);
    await office.getByTestId('office-new-matter').click();
    await office.waitForURL('**/office/matters/new');

    await codeProposed(office);
    await office.getByTestId('matter-code').fill(code);
    await office.getByTestId('matter-title').fill(title);
    await office.getByTestId('matter-description').fill('结合“4·26”知识产权宣传周，组织普法宣传进社区、进企业。');
    // The duty texts suggest the justice bureau (普法) as lead.
    await office.getByTestId('lead-suggestion-justice').waitFor();
    await chooseUnit(office, 'matter-lead', '区司法局');
    await chooseUnit(office, 'matter-co', '区财政局');
    await office.keyboard.press('Escape');
    await office.getByTestId('matter-due').fill(shanghaiDate(60));
    await office.getByTestId('matter-due').press('Tab');
    await office.getByTestId('matter-submit').click();
    // 提交 shows what goes to whom; only the confirmation dispatches.
    await expect(office.getByTestId('dispatch-confirm-lead').textContent()).resolves.toBe('区司法局');
    await office.getByTestId('dispatch-confirm-ok').click();

    await office.waitForURL(/\/office\/matters\/[0-9a-f-]{36}$/);
    matterId = new URL(office.url()).pathname.split('/').pop()!;
    await settled(office);
    await waitForStatus(office, 'in_progress');
    await expect(office.getByTestId('matter-title').textContent()).resolves.toBe(title);
    await office.locator('[data-testid="assignment-row"][data-unit="justice"]').waitFor();
    await office.locator('[data-testid="assignment-row"][data-unit="finance"]').waitFor();

    const detail = await director.get<{ code: string; leadUnitCode: string; coUnitCodes: string[]; dueDate: string }>(
      `/api/matters/${matterId}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      code,
      leadUnitCode: 'justice',
      coUnitCodes: ['finance'],
      dueDate: shanghaiDate(60),
    });
    // Nothing to verify yet: the office's verification actions are not offered.
    expect(await office.getByTestId('office-action-verify').count()).toBe(0);
    expect(await office.getByTestId('office-action-return').count()).toBe(0);
  }, 90_000);

  it("lets the lead unit's liaison acknowledge and draft the progress report in the unit workbench", async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.liaison');
    await openFromWorkbench(page, 'awaitingAck', code);

    await page.getByTestId('action-acknowledge').click();
    await page.getByTestId('dialog-confirm-acknowledge').click();
    // 区司法局 has a leader account: the liaison's progress report goes to the leader first (提交本单位负责同志审核).
    await page.getByTestId('action-progressDraft').waitFor();
    expect(await page.getByTestId('action-progress').count()).toBe(0);
    await page.getByTestId('action-progressDraft').click();
    await page.getByTestId('field-text').fill('已制定宣传方案，完成场地协调。');
    await page.getByTestId('field-percent').fill('60');
    await page.getByTestId('dialog-confirm-progressDraft').click();
    await page.getByTestId('dialog-confirm-progressDraft').waitFor({ state: 'hidden' });
    await expect(page.getByTestId('draft-pending').textContent()).resolves.toContain('进展报告（完成60%）');
    // A liaison never reports completion: that is the leader's.
    expect(await page.getByTestId('action-completion').count()).toBe(0);
    await page.context().close();
  }, 90_000);

  it('lets the lead unit leader approve the progress report, then report completion', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.leader');
    await openFromWorkbench(page, 'inProgress', code);
    await page.getByTestId('action-approveDraft').click();
    await expect(page.getByTestId('draft-percent').textContent()).resolves.toContain('60%');
    await page.getByTestId('dialog-confirm-approveDraft').click();
    await page.getByTestId('draft-pending').waitFor({ state: 'detached' });
    await page.locator('[data-testid="timeline-event"][data-event-type="assignment.progress_reported"]').waitFor();
    await submitCompletion(page, '宣传活动已完成，共开展活动 12 场。');
    // Reported: the leader is offered no second report.
    expect(await page.getByTestId('action-completion').count()).toBe(0);
    await page.context().close();
  }, 90_000);

  it('lets the office return the report with a reason', async () => {
    await office.getByTestId('matter-refresh').click();
    await waitForStatus(office, 'awaiting_verification');
    await office.getByTestId('completion-summary').getByText('宣传活动已完成').waitFor();

    await office.getByTestId('office-action-return').click();
    await office.getByTestId('action-reason').fill('请补充活动照片和签到表。');
    await office.getByTestId('action-confirm').click();
    await waitForStatus(office, 'in_progress');
    await office.getByTestId('action-confirm').waitFor({ state: 'hidden' });
    await office.locator('[data-testid="timeline-event"][data-event-type="matter.completion_returned"]').waitFor();
    expect(await office.getByTestId('office-action-verify').count()).toBe(0);
  }, 60_000);

  it('lets the leader report completion again from the returned tab', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.leader');
    await openFromWorkbench(page, 'returned', code);
    await submitCompletion(page, '已补充活动照片和签到表。');
    // Reported: the leader is offered no second report.
    expect(await page.getByTestId('action-completion').count()).toBe(0);
    await page.context().close();
  }, 90_000);

  it('lets the office verify, confirming the co-unit that never signed as not done: the matter is closed', async () => {
    await office.getByTestId('matter-refresh').click();
    await waitForStatus(office, 'awaiting_verification');
    await office.getByTestId('office-action-verify').click();
    // The dialog names the co-unit that never signed nor contributed, and asks why before it verifies.
    const notDone = office.getByTestId('verify-not-done-unit');
    await notDone.first().waitFor();
    await expect(notDone.allTextContents()).resolves.toEqual(['区财政局 未签收、未报送配合情况，将记为未完成']);
    await office.getByTestId('action-confirm').click();
    await office.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await statusOf(office)).toBe('awaiting_verification');
    await office.getByTestId('action-reason').fill('材料齐全，同意销号；区财政局未签收、未报送配合情况。');
    await office.getByTestId('action-confirm').click();
    await waitForStatus(office, 'closed');
    expect(await statusOf(office)).toBe('closed');
    await office.locator('[data-testid="timeline-event"][data-event-type="matter.closed"]').waitFor();
    const status = (unit: string) =>
      office.locator(`[data-testid="assignment-row"][data-unit="${unit}"]`).getByTestId('assignment-status');
    await expect(status('finance').textContent()).resolves.toBe('未完成');
    await expect(status('justice').textContent()).resolves.toBe('已办结');
    // A closed matter offers the office nothing more.
    expect(await office.locator('[data-testid^="office-action-"]').count()).toBe(0);

    const detail = await director.get<{
      status: string;
      events: { type: string; data: Record<string, unknown> }[];
      assignments: { unitCode: string; status: string }[];
    }>(`/api/matters/${matterId}`);
    expect(detail.body.status).toBe('closed');
    expect(detail.body.assignments.map((a) => [a.unitCode, a.status])).toEqual([
      ['justice', 'completed'],
      ['finance', 'not_done'],
    ]);
    expect(detail.body.events.find((e) => e.type === 'matter.closed')?.data).toEqual({ notDoneUnitCodes: ['finance'] });
    expect(detail.body.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'matter.dispatched',
        'assignment.acknowledged',
        'assignment.progress_reported',
        'matter.completion_submitted',
        'matter.completion_returned',
        'matter.closed',
      ]),
    );
  }, 60_000);

  it('finds the closed matter on the supervision board, and switches the board to English', async () => {
    await office.goto(new URL('/office?status=all', office.url()).toString());
    await settled(office);
    await office.getByTestId('office-filter-q').locator('input').fill(code);
    await office.getByTestId('office-filter-q').locator('input').press('Enter');
    const row = office.locator(`[data-testid="matter-row"][data-matter-code="${code}"]`);
    await row.waitFor();
    await expect(row.getByTestId('row-status').getAttribute('data-status')).resolves.toBe('closed');
    // The board's unit column: the lead completed, the co-unit not done.
    const unitState = (unit: string) => row.locator(`[data-testid="unit-state"][data-unit="${unit}"]`);
    await expect(unitState('finance').getAttribute('data-state')).resolves.toBe('not_done');
    await expect(unitState('finance').locator('.ant-tag').textContent()).resolves.toBe('未完成');
    await expect(unitState('justice').getAttribute('data-state')).resolves.toBe('completed');

    await office.getByTestId('language-switch').getByText('English').click();
    await expect(office.getByTestId('page-title').textContent()).resolves.toBe('Supervision board');
    await office.getByTestId('language-switch').getByText('中文').click();
    await expect(office.getByTestId('page-title').textContent()).resolves.toBe('督办看板');

    // The row opens the matter page.
    await row.click();
    await office.waitForURL(`**/office/matters/${matterId}`);
    await waitForStatus(office, 'closed');
  }, 60_000);
});
