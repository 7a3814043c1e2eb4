import * as path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// Topic proposals (议题) through the console in a real browser against the real stack: the justice bureau's liaison
// proposes a topic, the office director puts it on a planned liaison meeting's agenda and declines another with a
// reason, and the unit then sees its topic accepted. Last, the office enters a far-future year's State Council
// holiday schedule on the calendar page and the calendar covers that year.
const DESKTOP = { width: 1440, height: 900 };
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

interface Topic {
  id: string;
  unitCode: string;
  title: string;
  status: string;
  meetingId: string | null;
  agendaOrder: number | null;
  decisionNote: string | null;
  events?: { type: string; actorUserId: string; reason: string | null; data: Record<string, unknown> }[];
}

const rowOf = (page: Page, title: string) => page.locator('[data-testid="topic-row"]').filter({ hasText: title });

// Types into an antd Select with search and picks the option that shows the text.
async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option-active').filter({ hasText: text }).waitFor();
  await page.keyboard.press('Enter');
}

// Picks an option of an antd Select without search by its text.
async function pick(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option').filter({ hasText: text }).click();
}

// The text input of a field, whether the test id sits on the input itself or on the control around it.
const inputOf = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

async function fillDate(page: Page, testId: string, date: string): Promise<void> {
  await page.getByTestId(testId).fill(date);
  await page.getByTestId(testId).press('Tab');
}

describe('topics: a unit proposes, the office decides, in a browser', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const accepted = `关于建立知识产权纠纷多元化解机制的议题（${run}）`;
  const declined = `关于增设知识产权专项奖励资金的议题（${run}）`;
  const meetingTitle = `知识产权联席会议联络员会议（议题 ${run}）`;
  const declineReason = `该事项已由区政府常务会议研究，不再提交联席会议（${run}）`;
  const director = api('demo.director');
  let browser: Browser;
  let unit: Page;
  let office: Page;
  let meetingId: string;
  let acceptedId: string;
  let declinedId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const meeting = await director.ok<{ id: string; status: string }>('/api/meetings', {
      kind: 'liaison',
      title: meetingTitle,
      heldOn: shanghaiDate(21),
      chair: '联席会议办公室主任',
      attendees: ['区司法局', '区财政局'],
    });
    expect(meeting.status).toBe('planned');
    meetingId = meeting.id;
    // The topic the office declines is proposed through the API, by another unit.
    const other = await api('demo.finance.liaison').ok<Topic>('/api/topics', {
      title: declined,
      background: '部分企业反映专利申请资助标准偏低。',
      proposal: '建议设立区级知识产权专项奖励资金。',
    });
    declinedId = other.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("lets the justice bureau's liaison propose a topic through the dialog", async () => {
    unit = await newPage(browser, DESKTOP);
    await login(unit, 'demo.justice.liaison');
    await unit.goto(new URL('/unit/topics', unit.url()).toString());
    await settled(unit);

    await unit.getByTestId('topic-propose').first().click();
    // Bad input is caught in the form: nothing is sent until title, background and proposal are there.
    await unit.getByTestId('topic-submit').click();
    await unit.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await unit.locator('.ant-form-item-explain-error').count()).toBe(3);

    await unit.getByTestId('topic-title').fill(accepted);
    await unit.getByTestId('topic-background').fill('近年来我区知识产权纠纷数量逐年上升，诉前调解渠道不足。');
    await unit
      .getByTestId('topic-proposal')
      .fill('建议由区司法局牵头，会同区市场监管局建立知识产权纠纷人民调解委员会。');
    await pick(unit, 'topic-desired-kind', '联络员会议');
    await unit.getByTestId('topic-submit').click();
    await unit.getByTestId('topic-submitted').waitFor();
    await unit.getByTestId('topic-submit').waitFor({ state: 'detached' });

    const row = rowOf(unit, accepted);
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('proposed');
    acceptedId = (await row.getAttribute('data-topic-id'))!;

    const listed = await director.get<{ items: Topic[] }>('/api/topics?unit=justice&pageSize=200');
    expect(listed.status).toBe(200);
    const mine = listed.body.items.filter((t) => t.title === accepted);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: acceptedId, status: 'proposed', unitCode: 'justice', meetingId: null });
    // A unit sees only its own topics: the finance bureau's is not on the justice page.
    expect(await rowOf(unit, declined).count()).toBe(0);
  }, 90_000);

  it('lets the office director put the topic on the planned meeting’s agenda', async () => {
    office = await newPage(browser, DESKTOP);
    await login(office, 'demo.director');
    // The meeting picker asks the API for the planned meetings only (their agendas are open).
    const plannedList = office.waitForResponse((r) => {
      const url = new URL(r.url());
      return url.pathname === '/api/meetings' && r.request().method() === 'GET';
    });
    await office.goto(new URL('/office/topics', office.url()).toString());
    const listed = await plannedList;
    expect(new URL(listed.url()).searchParams.get('status')).toBe('planned');
    const planned = (await listed.json()) as { items: { id: string; status: string }[] };
    expect(planned.items.every((m) => m.status === 'planned')).toBe(true);
    expect(planned.items.map((m) => m.id)).toContain(meetingId);
    await settled(office);

    // 待决定 is the default: both new topics are listed.
    const row = rowOf(office, accepted);
    await row.waitFor();
    await rowOf(office, declined).waitFor();
    await row.getByTestId('topic-accept').click();
    await choose(office, 'accept-meeting', meetingTitle);
    await office.getByTestId('accept-note').fill('列入本次联络员会议议程');
    await office.getByTestId('decision-submit').click();

    const result = office.getByTestId('topic-decision-result');
    await result.waitFor();
    await expect(result.getAttribute('data-status')).resolves.toBe('accepted');
    await expect(result.textContent()).resolves.toContain(meetingTitle);
    // The list is read again: an accepted topic no longer awaits a decision.
    await row.waitFor({ state: 'detached' });

    const meeting = await director.get<{ agenda: { topicId: string; title: string; status: string }[] }>(
      `/api/meetings/${meetingId}`,
    );
    expect(meeting.body.agenda).toEqual([expect.objectContaining({ topicId: acceptedId, title: accepted })]);
    const topic = await director.get<Topic>(`/api/topics/${acceptedId}`);
    expect(topic.body).toMatchObject({ status: 'accepted', meetingId, agendaOrder: 1 });
    expect(topic.body.events?.map((e) => e.type)).toEqual(['topic.proposed', 'topic.accepted']);
    expect(topic.body.events?.[1]).toMatchObject({
      actorUserId: 'demo.director',
      reason: '列入本次联络员会议议程',
      data: expect.objectContaining({ meetingId, from: 'proposed' }),
    });
  }, 90_000);

  it('lets the office decline another topic with a reason, after a confirmation', async () => {
    const row = rowOf(office, declined);
    await row.getByTestId('topic-decline').click();
    // The reason is required.
    await office.getByTestId('decision-submit').click();
    await office.locator('.ant-form-item-explain-error').first().waitFor();
    await office.getByTestId('decline-note').fill(declineReason);
    await office.getByTestId('decision-submit').click();
    await office.getByTestId('decline-confirm').click();

    await office.locator('[data-testid="topic-decision-result"][data-status="declined"]').waitFor();
    await row.waitFor({ state: 'detached' });
    const topic = await director.get<Topic>(`/api/topics/${declinedId}`);
    expect(topic.body).toMatchObject({ status: 'declined', decisionNote: declineReason, meetingId: null });
    expect(topic.body.events?.at(-1)).toMatchObject({
      type: 'topic.declined',
      actorUserId: 'demo.director',
      reason: declineReason,
    });

    // Every topic, with the accepted one's record open: what the office sees.
    await pick(office, 'topics-filter-status', '全部状态');
    await settled(office);
    await rowOf(office, declined).waitFor();
    await expect(rowOf(office, declined).getAttribute('data-status')).resolves.toBe('declined');
    await rowOf(office, accepted).getByTestId('topic-open').click();
    await office.locator('[data-testid="topic-event"][data-event-type="topic.accepted"]').waitFor();
    await settled(office);
    await office.screenshot({ path: path.join(SCREENSHOTS, 'topics-office.png') });
    await office.keyboard.press('Escape');
  }, 90_000);

  it('shows the unit its topic accepted, on the meeting, with the office’s decision in the record', async () => {
    await unit.getByTestId('topics-refresh').click();
    const row = unit.locator(`[data-testid="topic-row"][data-topic-id="${acceptedId}"]`);
    await unit.locator(`[data-testid="topic-row"][data-topic-id="${acceptedId}"][data-status="accepted"]`).waitFor();
    await expect(row.getByTestId('topic-meeting').textContent()).resolves.toContain(meetingTitle);
    await expect(row.getByTestId('topic-note').textContent()).resolves.toBe('列入本次联络员会议议程');

    await row.getByTestId('topic-open').click();
    const event = unit.locator('[data-testid="topic-event"][data-event-type="topic.accepted"]');
    await event.waitFor();
    await expect(event.getAttribute('data-actor')).resolves.toBe('demo.director');
    // The record names the person (the demo director's display name), not the login.
    await expect(event.textContent()).resolves.toContain('联席办 · 演示·办公室主任');
    await expect(event.textContent()).resolves.not.toContain('demo.director');
    await expect(event.textContent()).resolves.toContain(meetingTitle);
    await unit.context().close();
  }, 60_000);

  it("lets the office enter 2031's State Council holiday schedule; the calendar then covers 2031", async () => {
    await office.goto(new URL('/office/calendar', office.url()).toString());
    await settled(office);
    await office.getByTestId('year-enter').click();
    await inputOf(office, 'year-year').fill('2031');
    await office.getByTestId('year-doc').fill(`国办发明电〔2030〕${run}号`);
    // The seven festivals come pre-listed; this test keeps 元旦 and 春节.
    for (let n = 0; n < 5; n++) {
      await office.getByTestId('year-holiday-remove-2').click();
    }
    await fillDate(office, 'year-holiday-from-0', '2031-01-01');
    await fillDate(office, 'year-holiday-from-1', '2031-01-22');
    await fillDate(office, 'year-holiday-to-1', '2031-01-29');
    await office.getByTestId('year-makeup-add').click();
    await inputOf(office, 'year-makeup-name-0').fill('春节');
    // 2031-01-20 is a Monday: a make-up working day is always a weekend day, and the form says so.
    await fillDate(office, 'year-makeup-date-0', '2031-01-20');
    await office.getByTestId('year-submit').click();
    await office.locator('.ant-form-item-explain-error').filter({ hasText: '星期六或星期日' }).waitFor();
    await fillDate(office, 'year-makeup-date-0', '2031-01-19');
    await expect(office.getByTestId('year-summary').textContent()).resolves.toContain('放假 9 天');
    await office.getByTestId('year-submit').click();

    await office.getByTestId('year-saved').waitFor();
    await office.locator('[data-testid="year-row"][data-year="2031"]').waitFor();
    await office.getByTestId('year-saved').getByText('覆盖情况已更新').waitFor();

    const coverage = await director.get<{ years: { year: number; source: string; documentNumber: string | null }[] }>(
      '/api/calendar/coverage',
    );
    expect(coverage.body.years).toContainEqual({
      year: 2031,
      source: 'manual',
      documentNumber: `国办发明电〔2030〕${run}号`,
    });
    const days = await director.get<{ date: string; working: boolean; kind: string; name: string | null }[]>(
      '/api/calendar/days?from=2031-01-19&to=2031-01-22',
    );
    expect(days.body.map((d) => [d.date, d.working, d.kind])).toEqual([
      ['2031-01-19', true, 'makeup_workday'],
      ['2031-01-20', true, 'workday'],
      ['2031-01-21', true, 'workday'],
      ['2031-01-22', false, 'holiday'],
    ]);
  }, 90_000);
});
