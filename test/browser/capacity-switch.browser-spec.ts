/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// Issue 12 in a browser: the office's staffer who is also 区市场监督管理局's liaison (demo.market.office) switches
// capacity in the header, sees the bureau's to-dos and acts on them as the bureau, then the office's board; the
// choice is remembered for the person and sent with every call.
const DESKTOP = { width: 1440, height: 900 };
const PERSON = 'demo.market.office';
const MR = 'market-regulation';

interface Created {
  id: string;
  code: string;
  title: string;
}
interface EventView {
  type: string;
  actorUserId: string;
  actorCapacity: string;
}

const capacityOf = (page: Page): Promise<string | null> =>
  page.getByTestId('capacity-switch').getAttribute('data-capacity');

// Opens the header's switch and picks a capacity from its list.
async function choose(page: Page, capacity: string): Promise<void> {
  await page.getByTestId('capacity-switch').locator('.ant-select').click();
  await page.locator('.ant-select-dropdown').getByTestId(`capacity-option-${capacity}`).click();
}

describe('the capacity switch in a browser', () => {
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const director = api('demo.director');
  let browser: Browser;
  let bureaus: Created; // led by 区市场监督管理局
  let justices: Created; // led by 区司法局

  beforeAll(async () => {
    browser = await launchBrowser();
    const dispatch = (code: string, title: string, leadUnitCode: string) =>
      director.ok<Created>('/api/matters', {
        code,
        title,
        description: '',
        leadUnitCode,
        coUnitCodes: [],
        dueDate: shanghaiDate(45),
      });
    bureaus = await dispatch(`CAP-${run}-1`, `开展商标专用权保护专项行动（${run}）`, MR);
    justices = await dispatch(`CAP-${run}-2`, `完善知识产权纠纷调解机制（${run}）`, 'justice');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("switches to the bureau's to-dos, acts as the bureau, then back to the office board, remembered", async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, PERSON);
    // First login, no choice yet: the first capacity in order of precedence, the office.
    expect(new URL(page.url()).pathname).toBe('/office');
    await settled(page, { spinners: true });
    expect(await capacityOf(page)).toBe('office');
    const officeSwitch = page.getByTestId('capacity-switch');
    await officeSwitch.getByText('以联席办身份').waitFor();

    // 以区市场监督管理局身份: the unit's workbench with the bureau's own matter, not another unit's.
    await choose(page, `unit:${MR}`);
    await page.waitForURL((url) => url.pathname === '/unit');
    await settled(page, { spinners: true });
    expect(await capacityOf(page)).toBe(`unit:${MR}`);
    await page.getByTestId('todo-tab-awaitingAck').click();
    const row = page.locator(`[data-testid="matter-row"][data-matter-code="${bureaus.code}"]`);
    await row.waitFor();
    expect(await page.locator(`[data-testid="matter-row"][data-matter-code="${justices.code}"]`).count()).toBe(0);

    // 签收 as the bureau: the console sends the capacity, the record shows it.
    await row.getByTestId('matter-link').click();
    await page.waitForURL(/\/unit\/matters\/[0-9a-f-]{36}$/);
    await settled(page);
    await page.getByTestId('action-acknowledge').click();
    await page.getByTestId('dialog-confirm-acknowledge').click();
    await page.getByTestId('action-progress').waitFor();
    const acked = await until('the acknowledgement in the record', async () => {
      const res = await director.get<{ events: EventView[] }>(`/api/matters/${bureaus.id}`);
      return res.body.events.find((e) => e.type === 'assignment.acknowledged');
    });
    expect(acked).toMatchObject({ actorUserId: PERSON, actorCapacity: `unit:${MR}` });

    // Remembered for the person: a reload, and the next login, stay in the bureau's capacity.
    await page.reload();
    await settled(page, { spinners: true });
    expect(await capacityOf(page)).toBe(`unit:${MR}`);
    await page.getByTestId('logout-button').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await login(page, PERSON);
    // Back in the bureau's area (the login returns to the matter page it came from, which lies in that area).
    expect(new URL(page.url()).pathname).toMatch(/^\/unit(\/|$)/);
    expect(await capacityOf(page)).toBe(`unit:${MR}`);

    // 以联席办身份: the office board, where the other unit's matter is listed.
    await page.getByTestId('capacity-switch').getByText('以区市场监督管理局身份').waitFor();
    await choose(page, 'office');
    await page.waitForURL((url) => url.pathname === '/office');
    await settled(page, { spinners: true });
    expect(await capacityOf(page)).toBe('office');
    await page.getByText(justices.title).first().waitFor();
    await page.context().close();
  }, 120_000);

  it("offers the switch on a page of the other capacity's area instead of refusing it outright", async () => {
    const page = await newPage(browser, DESKTOP);
    await login(page, PERSON);
    await page.goto(new URL(`/unit/matters/${bureaus.id}`, page.url()).toString());
    await settled(page, { spinners: true });
    // A fresh browser context remembers nothing: the person acts for the office, and is offered the switch.
    expect(await capacityOf(page)).toBe('office');
    await page.getByTestId('capacity-switch-here').click();
    await page.getByTestId('matter-title').waitFor();
    expect(await capacityOf(page)).toBe(`unit:${MR}`);
    await page.context().close();
  }, 60_000);
});
