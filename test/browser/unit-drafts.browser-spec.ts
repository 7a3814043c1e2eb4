import type { MatterDetail } from '@app/contracts';
import type { Browser, Page } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// Issue 12 in a real browser: 区司法局's liaison drafts the completion report (提交本单位负责同志审核), the unit's
// leader returns it with a note (退回修改), the liaison reads the note and redrafts from the returned text, the
// leader approves it (同意报送), and only then does the office have it to verify. The extension request goes the
// same way.
const DESKTOP = { width: 1440, height: 900 };

describe('the liaison drafts, the leader approves, in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  let browser: Browser;
  let liaison: Page;
  let leader: Page;
  let matter: { id: string; code: string };

  const asOffice = async (): Promise<MatterDetail> =>
    (await director.get<MatterDetail>(`/api/matters/${matter.id}`)).body;
  const open = async (page: Page): Promise<void> => {
    await page.goto(`${baseUrl()}/unit/matters/${matter.id}`);
    await settled(page);
  };

  beforeAll(async () => {
    matter = await director.ok<{ id: string; code: string }>('/api/matters', {
      code: `DRAFT-${run}`,
      title: `本单位审核检查事项 ${run}`,
      description: '开展知识产权宣传周活动，形成活动总结。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(40),
      year: 2053,
    });
    await api('demo.justice.liaison').ok(`/api/matters/${matter.id}/acknowledge`);
    browser = await launchBrowser();
    liaison = await newPage(browser, DESKTOP);
    await login(liaison, 'demo.justice.liaison');
    leader = await newPage(browser, DESKTOP);
    await login(leader, 'demo.justice.leader');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draft → return with a note → redraft → approve → the office verifies', async () => {
    // The liaison's 提交 is 提交本单位负责同志审核.
    await open(liaison);
    await expect(liaison.getByTestId('action-completion').count()).resolves.toBe(0);
    await expect(liaison.getByTestId('action-completionDraft').textContent()).resolves.toContain(
      '提交本单位负责同志审核',
    );
    await liaison.getByTestId('action-completionDraft').click();
    await liaison.getByTestId('field-summary').fill(`宣传周活动已完成（初稿 ${run}）`);
    await liaison.getByTestId('dialog-confirm-completionDraft').click();
    await liaison.getByTestId('draft-pending').waitFor();
    expect((await asOffice()).status).toBe('in_progress');

    // The leader sees it 待审核 and returns it; 退回修改 needs a note.
    await open(leader);
    await expect(leader.getByTestId('draft-pending').textContent()).resolves.toContain(`初稿 ${run}`);
    await leader.getByTestId('action-returnDraft').click();
    await leader.getByTestId('dialog-confirm-returnDraft').click();
    await expect(leader.getByTestId('draft-text').textContent()).resolves.toContain(`初稿 ${run}`);
    await leader.getByTestId('field-reason').fill('请补充活动照片');
    await leader.getByTestId('dialog-confirm-returnDraft').click();
    await leader.getByTestId('draft-pending').waitFor({ state: 'detached' });

    // The liaison reads the note and redrafts from the returned text.
    await open(liaison);
    await expect(liaison.getByTestId('page-draft-return-note').textContent()).resolves.toBe('请补充活动照片');
    await liaison.getByTestId('action-completionDraft').click();
    await expect(liaison.getByTestId('draft-return-note').textContent()).resolves.toBe('请补充活动照片');
    await expect(liaison.getByTestId('field-summary').inputValue()).resolves.toBe(`宣传周活动已完成（初稿 ${run}）`);
    await liaison.getByTestId('field-summary').fill(`宣传周活动已完成，附照片（${run}）`);
    await liaison.getByTestId('dialog-confirm-completionDraft').click();
    await liaison.getByTestId('draft-pending').waitFor();

    // The leader approves: the report reaches the office.
    await open(leader);
    await leader.getByTestId('action-approveDraft').click();
    await leader.getByTestId('dialog-confirm-approveDraft').click();
    await leader.getByTestId('draft-pending').waitFor({ state: 'detached' });
    const m = await asOffice();
    expect(m.status).toBe('awaiting_verification');
    expect(m.events.filter((e) => e.type.startsWith('assignment.draft_'))).toEqual([]);
    expect(m.assignments.find((a) => a.unitCode === 'justice')?.completion).toMatchObject({
      byUserId: 'demo.justice.leader',
      draftedBy: 'demo.justice.liaison',
      summary: `宣传周活动已完成，附照片（${run}）`,
    });
    await director.ok(`/api/matters/${matter.id}/verify`, { comment: '核验通过' });
  }, 90_000);

  it('the extension request too: the liaison drafts it with its date, the leader approves it to the office', async () => {
    matter = await director.ok<{ id: string; code: string }>('/api/matters', {
      code: `DRAFT-${run}-X`,
      title: `本单位审核延期事项 ${run}`,
      description: '建立知识产权纠纷调解机制。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(40),
      year: 2053,
    });
    await api('demo.justice.liaison').ok(`/api/matters/${matter.id}/acknowledge`);
    const later = shanghaiDate(70);
    const [y, m, d] = later.split('-').map(Number);

    // The liaison's 延期申请 goes to the leader first.
    await open(liaison);
    await expect(liaison.getByTestId('action-extension').count()).resolves.toBe(0);
    await expect(liaison.getByTestId('action-extensionDraft').textContent()).resolves.toContain(
      '提交本单位负责同志审核',
    );
    await liaison.getByTestId('action-extensionDraft').click();
    await liaison.getByTestId('field-date').fill(`${y}年${m}月${d}日`);
    await liaison.getByTestId('field-date').press('Enter');
    await liaison.getByTestId('field-reason').fill(`需协调省级部门，申请延期（${run}）`);
    await liaison.getByTestId('dialog-confirm-extensionDraft').click();
    await expect(liaison.getByTestId('draft-pending').textContent()).resolves.toContain('延期申请');
    expect((await asOffice()).extensionPending).toBe(false);

    // The leader reads the date asked for and the reason, and approves: the office now has the request to decide.
    await open(leader);
    await leader.getByTestId('action-approveDraft').click();
    await expect(leader.getByTestId('draft-requested-date').textContent()).resolves.toContain(`${m}月${d}日`);
    await expect(leader.getByTestId('draft-text').textContent()).resolves.toContain(`申请延期（${run}）`);
    await leader.getByTestId('dialog-confirm-approveDraft').click();
    await leader.getByTestId('draft-pending').waitFor({ state: 'detached', timeout: 45_000 });
    const asDirector = await asOffice();
    expect(asDirector.extensionPending).toBe(true);
    expect(asDirector.events.find((e) => e.type === 'matter.extension_requested')).toMatchObject({
      actorUserId: 'demo.justice.leader',
      data: { requestedDueDate: later, draftedBy: 'demo.justice.liaison' },
    });
  }, 90_000);

  it('the unit names its handler (承办人): the office reads the name and the phone on the assignment', async () => {
    // The extension matter of the test before: justice has acknowledged it.
    await open(liaison);
    await liaison.getByTestId('action-handler').click();
    await liaison.getByTestId('field-handler-name').fill('张明');
    await liaison.getByTestId('field-handler-phone').fill('电话');
    await liaison.getByTestId('dialog-confirm-handler').click();
    await liaison.getByText('请填写有效的办公电话', { exact: false }).waitFor();
    await liaison.getByTestId('field-handler-phone').fill('0871-63123456');
    await liaison.getByTestId('dialog-confirm-handler').click();
    const own = liaison
      .locator('[data-testid="assignment-row"][data-unit="justice"]')
      .getByTestId('assignment-handler');
    await expect(own.textContent()).resolves.toBe('承办人：张明（0871-63123456）');
    const asDirector = await asOffice();
    expect(asDirector.assignments.find((a) => a.unitCode === 'justice')?.handler).toMatchObject({
      name: '张明',
      phone: '0871-63123456',
      byUserId: 'demo.justice.liaison',
    });
  }, 60_000);
});
