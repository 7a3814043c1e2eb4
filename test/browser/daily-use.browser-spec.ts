/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';

import {
  api,
  baseUrl,
  codeProposed,
  launchBrowser,
  login,
  newPage,
  settled,
  shanghaiDate,
  until,
} from './support/browser';

// The console as people use it every day (issue 14): deadlines read as their last day with its weekday, opening a
// matter reads its notices, the login page is light, leadership searches the matter list, Enter never dispatches,
// and a returned report comes back with the office's reason.
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

interface Created {
  id: string;
  code: string;
}
interface Notice {
  id: string;
  matterId: string | null;
  body: string;
  readAt: string | null;
}

// A calendar date's weekday (0 = Sunday), read from the date itself.
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
// The Friday at least a week ahead (Shanghai), as YYYY-MM-DD.
function nextFriday(): string {
  for (let offset = 7; ; offset++) {
    const date = shanghaiDate(offset);
    if (weekdayOf(date) === 5) {
      return date;
    }
  }
}
// 12月11日（周五）, with the year when it is not this year: what the console is to show for a last day.
function dayZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y === Number(shanghaiDate(0).slice(0, 4)) ? '' : `${y}年`;
  return `${year}${m}月${d}日（${WEEKDAY_ZH[weekdayOf(date)]}）`;
}
function dayZhWithYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日（${WEEKDAY_ZH[weekdayOf(date)]}）`;
}
// The Shanghai date of the last moment before an end-of-day instant.
const lastDayOfInstant = (instant: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.parse(instant) - 1));

describe('daily use of the console', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  const liaison = api('demo.justice.liaison');
  let browser: Browser;
  const pages: Page[] = [];
  const page = async (viewport = DESKTOP): Promise<Page> => {
    const p = await newPage(browser, viewport);
    pages.push(p);
    return p;
  };
  const dispatch = (code: string, dueDate: string) =>
    director.ok<Created>('/api/matters', {
      code,
      title: `日常使用检查事项 ${code}`,
      description: '结合知识产权宣传周开展普法宣传。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate,
    });
  const noticesOn = async (matterId: string): Promise<Notice[]> =>
    (await liaison.get<{ items: Notice[] }>('/api/notifications?pageSize=100')).body.items.filter(
      (n) => n.matterId === matterId,
    );

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a Friday deadline as Friday in the notice and on the unit’s matter page, and opening it reads the notice', async () => {
    const friday = nextFriday();
    const m = await dispatch(`DAY-${run}-1`, friday);
    const [notice] = await until('the dispatch notice', async () => {
      const items = await noticesOn(m.id);
      return items.length > 0 ? items : undefined;
    });
    expect(notice?.readAt).toBeNull();
    expect(notice?.body).toContain(`请于${dayZhWithYear(friday)}前办结`);

    const unit = await page();
    await login(unit, 'demo.justice.liaison');
    await unit.goto(`${baseUrl()}/unit/inbox`);
    await settled(unit);
    const row = unit.getByTestId('notification-row').filter({ hasText: m.code }).first();
    // Notices always carry the year (they are read later, and by e-mail).
    await expect(row.textContent()).resolves.toContain(`请于${dayZhWithYear(friday)}前办结`);
    await row.getByTestId('notification-matter').click();
    await unit.waitForURL(new RegExp(`/unit/matters/${m.id}$`));
    await settled(unit);

    await expect(unit.getByTestId('matter-due').textContent()).resolves.toContain(`${dayZh(friday)}前`);
    // The acknowledgement deadline is an end-of-day instant: it reads as the day before its midnight.
    const detail = await liaison.get<{ assignments: { unitCode: string; ackDueAt: string | null }[] }>(
      `/api/matters/${m.id}`,
    );
    const ackDueAt = detail.body.assignments.find((a) => a.unitCode === 'justice')?.ackDueAt;
    expect(ackDueAt).toBeTruthy();
    await expect(unit.getByTestId('assignment-row').first().textContent()).resolves.toContain(
      `请于${dayZh(lastDayOfInstant(ackDueAt!))}前签收`,
    );

    // Opened: its notice is read, and the bell does not count it.
    await until('the notice read', async () => ((await noticesOn(m.id))[0]?.readAt ? true : undefined));
  });

  it('loads the login page with under 300 KB of compressed JavaScript', async () => {
    const p = await page(PHONE);
    const scripts: { url: string; encoding: string | undefined; bytes: Promise<number> }[] = [];
    p.on('response', (res) => {
      if (res.request().resourceType() === 'script') {
        scripts.push({
          url: res.url(),
          encoding: res.headers()['content-encoding'],
          bytes: res
            .request()
            .sizes()
            .then((s) => s.responseBodySize),
        });
      }
    });
    await p.goto(`${baseUrl()}/login`);
    await p.getByTestId('login-submit').waitFor();
    await p.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts.map((s) => s.bytes));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(scripts.length).toBeGreaterThan(0);
    // Every script comes compressed, but for the odd one too small to gain from it (under 1 KB, sent as it is).
    const plain = scripts.filter((s, i) => s.encoding !== 'br' && s.encoding !== 'gzip' && (sizes[i] ?? 0) >= 1024);
    expect(plain.map((s) => s.url)).toEqual([]);
    expect(total).toBeGreaterThan(0);
    console.log(`login page: ${scripts.length} scripts, ${total} compressed bytes`);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('lets a leader search the matter list and open a matter from it', async () => {
    const m = await dispatch(`DAY-${run}-2`, shanghaiDate(40));
    const leader = await page();
    await login(leader, 'demo.convener');
    await leader.goto(`${baseUrl()}/leadership/matters`);
    await settled(leader);
    const search = leader.locator('[data-testid="office-filter-q"]').locator('xpath=descendant-or-self::input').first();
    await search.fill(m.code);
    await search.press('Enter');
    await leader.waitForURL((url) => url.searchParams.get('q') === m.code);
    await leader.locator(`[data-testid="matter-row"][data-matter-code="${m.code}"]`).waitFor();
    // The unfiltered list may still be showing (it also holds the matter): wait for the search's answer.
    await until('the search to leave one row', async () =>
      (await leader.getByTestId('matter-row').count()) === 1 ? true : undefined,
    );
    await expect(leader.getByTestId('matter-row').getAttribute('data-matter-code')).resolves.toBe(m.code);
    await leader.getByTestId('matter-link').first().click();
    await leader.waitForURL(new RegExp(`/leadership/matters/${m.id}$`));
    await leader.goto(`${baseUrl()}/leadership/inbox`);
    await settled(leader);
    await leader.getByTestId('inbox-list').waitFor();
  });

  it('never dispatches on Enter: only the confirmation of what goes to whom does', async () => {
    const code = `DAY-${run}-3`;
    const office = await page();
    await login(office, 'demo.director');
    await office.goto(`${baseUrl()}/office/matters/new`);
    await settled(office);
    await codeProposed(office);
    await office.getByTestId('matter-code').fill(code);
    await office.getByTestId('matter-title').fill(`回车不交办 ${code}`);
    await office.getByTestId('matter-lead').click();
    await office.keyboard.type('区司法局');
    await office.locator('.ant-select-item-option-active').filter({ hasText: '区司法局' }).waitFor();
    await office.keyboard.press('Enter');
    await office.getByTestId('matter-due').fill(shanghaiDate(30));
    await office.getByTestId('matter-due').press('Enter');
    await office.getByTestId('matter-title').press('Enter');
    await office.getByTestId('matter-code').press('Enter');
    await office.waitForTimeout(1500);
    expect(new URL(office.url()).pathname).toBe('/office/matters/new');
    await expect(office.getByTestId('dispatch-confirm').count()).resolves.toBe(0);
    const none = await director.get<{ total: number }>(
      `/api/matters?q=${encodeURIComponent(code)}&status=in_progress,awaiting_verification,closed,cancelled`,
    );
    expect(none.body.total).toBe(0);

    await office.getByTestId('matter-submit').click();
    await expect(office.getByTestId('dispatch-confirm-lead').textContent()).resolves.toBe('区司法局');
    await expect(office.getByTestId('dispatch-confirm-due').textContent()).resolves.toBe(
      `${dayZh(shanghaiDate(30))}前`,
    );
    await office.getByTestId('dispatch-confirm-ok').click();
    await office.waitForURL(/\/office\/matters\/[0-9a-f-]{36}$/);
    const one = await director.get<{ total: number }>(
      `/api/matters?q=${encodeURIComponent(code)}&status=in_progress,awaiting_verification,closed,cancelled`,
    );
    expect(one.body.total).toBe(1);
  });

  it('opens the unit home on 被退回 and starts the resubmission from the returned report under its reason', async () => {
    const m = await dispatch(`DAY-${run}-4`, shanghaiDate(50));
    const reason = `佐证材料缺少活动照片（${run}）`;
    const summary = `已在三个社区开展普法宣传（${run}）`;
    await liaison.ok(`/api/matters/${m.id}/acknowledge`);
    await api('demo.justice.leader').ok(`/api/matters/${m.id}/submit-completion`, {
      summary,
      evidence: [{ title: '活动方案' }],
    });
    await director.ok(`/api/matters/${m.id}/return-for-rework`, { reason });

    const unit = await page();
    await login(unit, 'demo.justice.leader');
    await settled(unit);
    await expect(unit.getByTestId('todo-tab-returned').getAttribute('aria-selected')).resolves.toBe('true');
    await unit.locator(`[data-testid="matter-row"][data-matter-code="${m.code}"]`).getByTestId('matter-link').click();
    await unit.waitForURL(new RegExp(`/unit/matters/${m.id}$`));
    await settled(unit);
    await expect(unit.getByTestId('page-return-reason').textContent()).resolves.toBe(reason);
    await unit.getByTestId('action-completion').click();
    await expect(unit.getByTestId('return-reason').textContent()).resolves.toBe(reason);
    await expect(unit.getByTestId('field-summary').inputValue()).resolves.toBe(summary);
  });

  it('puts the matter’s actions in a sticky bar with 44 px buttons on a phone', async () => {
    const m = await dispatch(`DAY-${run}-5`, shanghaiDate(20));
    const phone = await page(PHONE);
    await login(phone, 'demo.justice.liaison');
    await phone.goto(`${baseUrl()}/unit/matters/${m.id}`);
    await settled(phone);
    const sign = phone.getByTestId('sticky-action-bar').getByTestId('action-acknowledge');
    const box = await sign.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
  });
});
