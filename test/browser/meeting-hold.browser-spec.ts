import * as fs from 'node:fs';
import * as path from 'node:path';

import { defined } from '@app/domain';
import type { Browser, Locator, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// A meeting held end to end in the console: the office plans a liaison meeting, the justice bureau proposes a
// topic that the office accepts onto its agenda; the office director holds the meeting in the browser
// (attendance with a stand-in, minutes, two agreed matters) and the API then shows the meeting held, the topic
// discussed and both matters dispatched. The office then corrects the held meeting's minutes and attendance
// (更正纪要). Then the convener calls an ad-hoc meeting from the leadership area.
const DESKTOP = { width: 1440, height: 900 };
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

// Picks a unit in an antd Select with search inside `scope`: type its Chinese name, press Enter.
async function chooseUnit(page: Page, scope: Locator, testId: string, name: string): Promise<void> {
  await scope.getByTestId(testId).click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option-active').filter({ hasText: name }).waitFor();
  await page.keyboard.press('Enter');
}

interface MeetingBody {
  id: string;
  kind: string;
  status: string;
  title: string;
  minutes: string | null;
  attendance: { unitCode?: string; person: string; standingInFor?: string }[];
  agenda?: { topicId: string; status: string }[];
  matterCount: number;
  createdBy: string;
}

interface MatterRow {
  id: string;
  code: string;
  leadUnitCode: string;
  coUnitCodes?: string[];
  status: string;
  meetingId: string | null;
}

interface MatterDetailBody extends MatterRow {
  coUnitCodes: string[];
  events: { type: string }[];
  assignments: { unitCode: string; role: string; status: string }[];
}

describe('the office holds a meeting in the console, and the convener calls one', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const codes = [`MH-${run}-1`, `MH-${run}-2`] as const;
  const minutes = `会议听取了各成员单位知识产权工作进展汇报（${run}），研究了区司法局提出的议题，议定如下事项：一、……二、……`;
  const director = api('demo.director');
  let browser: Browser;
  let office: Page;
  let meetingId: string;
  let topicId: string;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const meeting = await director.ok<MeetingBody>('/api/meetings', {
      kind: 'liaison',
      title: `联络员会议（${run}）`,
      heldOn: shanghaiDate(0),
      chair: '联席会议办公室主任',
      attendees: ['区司法局', '区财政局'],
      location: '区市场监管局5楼会议室',
    });
    meetingId = meeting.id;
    const topic = await api('demo.justice.liaison').ok<{ id: string }>('/api/topics', {
      title: `关于建立知识产权纠纷多元化解机制的议题（${run}）`,
      background: '近年来我区知识产权纠纷数量逐年上升，诉前调解渠道不足。',
      proposal: '建议由区司法局牵头，会同区财政局建立知识产权纠纷人民调解工作机制。',
      desiredMeetingKind: 'liaison',
    });
    topicId = topic.id;
    await director.ok(`/api/topics/${topicId}/accept`, { meetingId });

    browser = await launchBrowser();
    office = await newPage(browser, DESKTOP);
    await login(office, 'demo.director');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the planned meeting with its agenda', async () => {
    await office.goto(new URL(`/office/meetings/${meetingId}`, office.url()).toString());
    await settled(office);
    await expect(office.getByTestId('meeting-status').getAttribute('data-status')).resolves.toBe('planned');
    const topicRow = office.locator(`[data-testid="agenda-row"][data-topic-id="${topicId}"]`);
    await topicRow.waitFor();
    await expect(topicRow.getAttribute('data-status')).resolves.toBe('accepted');
    await expect(topicRow.getByTestId('agenda-title').textContent()).resolves.toContain(run);
  }, 60_000);

  it('holds it: attendance with a stand-in, minutes and two agreed matters, dispatched in one step', async () => {
    await office.getByTestId('meeting-hold-open').click();
    await office.getByTestId('hold-meeting').waitFor();

    // Attendance: one row per invited unit is prefilled; the justice bureau's deputy stands in for its head.
    const att0 = office.getByTestId('hold-att-row-0');
    const att1 = office.getByTestId('hold-att-row-1');
    await expect(att0.textContent()).resolves.toContain('区司法局');
    await expect(att1.textContent()).resolves.toContain('区财政局');
    await att0.getByTestId('hold-att-person').fill('王晓明（区司法局副局长）');
    await att0.getByTestId('hold-att-standin').fill('李华（区司法局局长）');
    await att1.getByTestId('hold-att-person').fill('赵敏（区财政局联络员）');
    await office.getByTestId('hold-next').click();

    // Minutes are required: going on without them is refused in the form.
    await office.getByTestId('hold-minutes').waitFor();
    await office.getByTestId('hold-next').click();
    await office.getByTestId('hold-minutes-problem').waitFor();
    await office.getByTestId('hold-minutes').fill(minutes);
    await office.getByTestId('hold-next').click();

    // Two agreed matters: justice leads one with finance as co-unit, finance leads the other.
    const row0 = office.getByTestId('hold-matter-row-0');
    await row0.getByTestId('hold-matter-code').fill(codes[0]);
    await row0.getByTestId('hold-matter-title').fill('建立知识产权纠纷人民调解工作机制');
    await row0.getByTestId('hold-matter-description').fill('在区人民调解委员会设立知识产权调解室，形成工作规则。');
    await chooseUnit(office, row0, 'hold-matter-lead', '区司法局');
    await chooseUnit(office, row0, 'hold-matter-co', '区财政局');
    await office.keyboard.press('Escape');
    await row0.getByTestId('hold-matter-due').fill(shanghaiDate(60));
    await row0.getByTestId('hold-matter-due').press('Tab');

    await office.getByTestId('hold-matter-add-row').click();
    const row1 = office.getByTestId('hold-matter-row-1');
    // A repeated code is caught in the form before anything is sent.
    await row1.getByTestId('hold-matter-code').fill(codes[0]);
    await row1.getByTestId('hold-matter-title').fill('落实知识产权质押融资风险补偿资金');
    await chooseUnit(office, row1, 'hold-matter-lead', '区财政局');
    await row1.getByTestId('hold-matter-due').fill(shanghaiDate(45));
    await row1.getByTestId('hold-matter-due').press('Tab');
    await office.getByTestId('hold-next').click();
    await expect(office.getByTestId('hold-matter-problems').textContent()).resolves.toContain('编号与其他行重复');
    await row1.getByTestId('hold-matter-code').fill(codes[1]);
    await office.getByTestId('hold-next').click();

    // The review shows what will be dispatched.
    await office.getByTestId('hold-review').waitFor();
    for (const code of codes) {
      await office.locator(`[data-testid="hold-review-matter"][data-code="${code}"]`).waitFor();
    }
    await expect(office.getByTestId('hold-review-attendance').textContent()).resolves.toContain(
      '王晓明（区司法局副局长）（代 李华（区司法局局长））',
    );

    await office.getByTestId('hold-meeting').screenshot({ path: path.join(SCREENSHOTS, 'meeting-hold-review.png') });

    const held = office.waitForResponse(
      (r) => r.url().endsWith(`/api/meetings/${meetingId}/hold`) && r.request().method() === 'POST',
    );
    await office.getByTestId('hold-submit').click();
    expect((await held).status()).toBe(201);
    expect((await held).request().headers()['idempotency-key']).toBeTruthy();

    // The page now shows the held meeting: its minutes, attendance, the topic discussed and both matters.
    await office.locator('[data-testid="meeting-status"][data-status="held"]').waitFor();
    await expect(office.getByTestId('meeting-minutes').textContent()).resolves.toBe(minutes);
    const persons = await office.getByTestId('attendance-person').allTextContents();
    expect(persons).toEqual(['王晓明（区司法局副局长）（代 李华（区司法局局长））', '赵敏（区财政局联络员）']);
    await office.locator(`[data-testid="agenda-row"][data-topic-id="${topicId}"][data-status="discussed"]`).waitFor();
    for (const code of codes) {
      await office.locator(`[data-testid="matter-row"][data-matter-code="${code}"]`).waitFor();
    }
    expect(await office.getByTestId('meeting-hold-open').count()).toBe(0);
    await settled(office);
    await office.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    await office.evaluate(() => window.scrollTo(0, 0));
    await office.screenshot({ path: path.join(SCREENSHOTS, 'meeting-held.png'), fullPage: true });
  }, 120_000);

  it('the API shows the meeting held, the topic discussed and exactly the two matters dispatched', async () => {
    const meeting = await director.get<MeetingBody>(`/api/meetings/${meetingId}`);
    expect(meeting.status).toBe(200);
    expect(meeting.body).toMatchObject({ status: 'held', minutes, matterCount: 2 });
    expect(meeting.body.attendance).toEqual([
      { unitCode: 'justice', person: '王晓明（区司法局副局长）', standingInFor: '李华（区司法局局长）' },
      { unitCode: 'finance', person: '赵敏（区财政局联络员）' },
    ]);
    expect(meeting.body.agenda).toEqual([expect.objectContaining({ topicId, status: 'discussed' })]);

    const topic = await director.get<{ status: string; meetingId: string }>(`/api/topics/${topicId}`);
    expect(topic.body).toMatchObject({ status: 'discussed', meetingId });

    const list = await director.get<{ items: MatterRow[]; total: number }>(
      `/api/matters?meetingId=${meetingId}&sort=code&order=asc&pageSize=50`,
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    // A dispatched matter is in progress (MatterStatus has no separate "dispatched"), every assignment waits for
    // its unit's acknowledgement, and its workflow recorded the dispatch.
    expect(list.body.items.map((m) => [m.code, m.leadUnitCode, m.status])).toEqual([
      [codes[0], 'justice', 'in_progress'],
      [codes[1], 'finance', 'in_progress'],
    ]);
    const details = await Promise.all(
      list.body.items.map((m) => director.get<MatterDetailBody>(`/api/matters/${m.id}`)),
    );
    expect(details.map((d) => d.body.coUnitCodes)).toEqual([['finance'], []]);
    for (const d of details) {
      expect(d.body.meetingId).toBe(meetingId);
      expect(d.body.events.map((e) => e.type)).toContain('matter.dispatched');
      expect(d.body.assignments.every((a) => a.status === 'awaiting_ack')).toBe(true);
    }
    expect(details[0]?.body.assignments.map((a) => `${a.unitCode}:${a.role}`).sort()).toEqual([
      'finance:co',
      'justice:lead',
    ]);

    // The matter links open the office's matter page.
    await office
      .locator(`[data-testid="matter-row"][data-matter-code="${codes[0]}"]`)
      .getByRole('link', { name: codes[0] })
      .click();
    await office.waitForURL(`**/office/matters/${defined(list.body.items[0], 'the listed matter').id}`);
  }, 60_000);

  it('lists the meeting under 已召开 and not under 计划中: the office list is filtered by the API', async () => {
    const listed = (status: string) =>
      office.waitForResponse((r) => {
        const url = new URL(r.url());
        return url.pathname === '/api/meetings' && url.searchParams.get('status') === status;
      });
    const row = office.locator(`[data-testid="meeting-row"][data-meeting-id="${meetingId}"]`);
    const held = listed('held');
    await office.goto(new URL('/office/meetings?status=held', office.url()).toString());
    const heldBody = (await (await held).json()) as { items: { id: string; status: string }[]; total: number };
    expect(heldBody.items.every((m) => m.status === 'held')).toBe(true);
    await expect(row.getAttribute('data-status')).resolves.toBe('held');
    const rows = office.getByTestId('meeting-row');
    await expect(rows.count()).resolves.toBe(Math.min(heldBody.total, 20));
    const planned = listed('planned');
    await office.getByTestId('meeting-status-filter').getByText('计划中').click();
    const plannedBody = (await (await planned).json()) as { items: { id: string; status: string }[] };
    expect(plannedBody.items.every((m) => m.status === 'planned')).toBe(true);
    expect(plannedBody.items.map((m) => m.id)).not.toContain(meetingId);
    await office.waitForURL('**/office/meetings?status=planned');
    await row.waitFor({ state: 'detached' });
  }, 60_000);

  it("corrects the held meeting's minutes and attendance with a reason (更正纪要), audited", async () => {
    await office.goto(new URL(`/office/meetings/${meetingId}`, office.url()).toString());
    await settled(office);
    await office.getByTestId('meeting-correct-open').click();
    const dialog = office.getByTestId('correct-record');
    await expect(dialog.getByTestId('correct-minutes').inputValue()).resolves.toBe(minutes);
    // Nothing changed and no reason: refused in the form, nothing sent.
    const patches: string[] = [];
    office.on('request', (r) => {
      if (r.method() === 'PATCH') {
        patches.push(r.url());
      }
    });
    await office.getByTestId('correct-submit').click();
    await expect(dialog.getByTestId('correct-problems').textContent()).resolves.toContain('请填写更正原因');
    await expect(dialog.getByTestId('correct-problems').textContent()).resolves.toContain('均未修改');
    expect(patches).toEqual([]);

    const corrected = `${minutes}（更正：补记区人民法院代表发言）`;
    const reason = `据签到表补记区人民法院代表（${run}）`;
    await dialog.getByTestId('correct-minutes').fill(corrected);
    await dialog.getByTestId('hold-att-add').click();
    const row2 = dialog.getByTestId('hold-att-row-2');
    await chooseUnit(office, row2, 'hold-att-unit', '区人民法院');
    await row2.getByTestId('hold-att-person').fill('孙立（区人民法院副院长）');
    await dialog.getByTestId('correct-reason').fill(reason);
    await office.getByTestId('correct-record').screenshot({ path: path.join(SCREENSHOTS, 'meeting-correct.png') });
    const saved = office.waitForResponse(
      (r) => r.url().endsWith(`/api/meetings/${meetingId}/record`) && r.request().method() === 'PATCH',
    );
    await office.getByTestId('correct-submit').click();
    expect((await saved).status()).toBe(200);

    // The page shows the record as the API now has it; the matters it dispatched are untouched.
    await dialog.waitFor({ state: 'detached' });
    await expect(office.getByTestId('meeting-minutes').textContent()).resolves.toBe(corrected);
    await expect(office.getByTestId('attendance-person').allTextContents()).resolves.toEqual([
      '王晓明（区司法局副局长）（代 李华（区司法局局长））',
      '赵敏（区财政局联络员）',
      '孙立（区人民法院副院长）',
    ]);
    const meeting = await director.get<MeetingBody & { updatedBy: string }>(`/api/meetings/${meetingId}`);
    expect(meeting.body).toMatchObject({
      status: 'held',
      minutes: corrected,
      matterCount: 2,
      updatedBy: 'demo.director',
    });
    expect(meeting.body.attendance.at(-1)).toEqual({ unitCode: 'court', person: '孙立（区人民法院副院长）' });
    // The audit log keeps who, why, and the record before and after.
    const audit = await api('demo.admin').get<
      { target: string; actorUserId: string; detail: Record<string, unknown> }[]
    >('/api/audit?action=meeting.record_corrected&limit=500');
    const entry = audit.body.find((a) => a.target === meetingId);
    expect(entry).toMatchObject({
      actorUserId: 'demo.director',
      detail: { reason, fields: ['minutes', 'attendance'], before: { minutes }, after: { minutes: corrected } },
    });
  }, 90_000);

  it('lets the convener call an ad-hoc meeting from the leadership area', async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.convener');
    await page.goto(new URL('/leadership/meetings', page.url()).toString());
    await settled(page);
    // The held meeting is listed, read-only, with its two matters.
    const heldRow = page.locator(`[data-testid="convene-row"][data-meeting-id="${meetingId}"]`);
    await expect(heldRow.getAttribute('data-status')).resolves.toBe('held');
    await expect(heldRow.getByTestId('convene-matter-count').textContent()).resolves.toBe('2');

    const title = `知识产权纠纷化解专题会议（${run}）`;
    await page.getByTestId('convene-open').click();
    await page.getByTestId('meeting-title').fill(title);
    await page.getByTestId('meeting-held-on').fill(shanghaiDate(14));
    await page.getByTestId('meeting-held-on').press('Tab');
    await page.getByTestId('meeting-chair').fill('召集人（区政府分管领导）');
    await page.getByTestId('meeting-attendees').click();
    await page.keyboard.type('区司法局');
    await page.locator('.ant-select-item-option-active').filter({ hasText: '区司法局' }).waitFor();
    await page.keyboard.press('Enter');
    // Close the list by clicking outside it (Tab would also pick the option it highlights next).
    await page.getByTestId('meeting-chair').click();
    await page.getByTestId('meeting-location').fill('区政府3楼会议室');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/meetings/ad-hoc') && r.request().method() === 'POST',
    );
    await page.getByTestId('meeting-submit').click();
    const res = await created;
    expect(res.status()).toBe(201);
    const id = ((await res.json()) as { id: string }).id;

    // It appears in the list, as the API has it.
    const row = page.locator(`[data-testid="convene-row"][data-meeting-id="${id}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('planned');
    await expect(row.textContent()).resolves.toContain(title);

    const meeting = await director.get<MeetingBody & { attendees: string[]; heldOn: string }>(`/api/meetings/${id}`);
    expect(meeting.body).toMatchObject({
      kind: 'ad_hoc',
      status: 'planned',
      title,
      createdBy: 'demo.convener',
      heldOn: shanghaiDate(14),
      attendees: ['区司法局'],
      location: '区政府3楼会议室',
    });
    await page.context().close();
  }, 90_000);
});
