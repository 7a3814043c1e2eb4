import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';

import type { BriefingFigures, BriefingView, FilingView, LeadershipSummary, Page as ApiPage } from '@app/contracts';
import type { Browser, Page } from 'playwright-core';

import { api, launchBrowser, login, newPage, settled, shanghaiDate, until } from './support/browser';

// 工作简报 in a real browser against the real stack: two units report information items, the office selects them;
// the director compiles an issue from exactly those two items plus a text item, edits its foreword and publishes it
// to every unit; the justice bureau's liaison finds it, reads it and exports it as a Word document.
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

// The briefing's figures as the leadership summary reports them (the fields both share).
function figuresOf(s: LeadershipSummary): BriefingFigures {
  return {
    asOf: s.today,
    total: s.totals.all,
    open: (s.totals.byStatus.in_progress ?? 0) + (s.totals.byStatus.awaiting_verification ?? 0),
    closed: s.totals.byStatus.closed ?? 0,
    overdue: s.overdue.count,
    onTimeRate: s.onTime.rate,
    lights: { green: s.openByLight.green, yellow: s.openByLight.yellow, red: s.openByLight.red },
  };
}

// One file out of a zip archive (a DOCX), read through its central directory; stored or deflated entries only.
function unzipEntry(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) {
    eocd--;
  }
  if (eocd < 0) {
    throw new Error('not a zip archive: no end of central directory');
  }
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`bad central directory entry at ${at}`);
    }
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}

describe('the office publishes a work briefing; a unit reads and exports it', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const year = Number(shanghaiDate(0).slice(0, 4));
  const justiceTitle = `区司法局开展知识产权普法宣传周活动（${run}）`;
  const financeTitle = `区财政局安排知识产权质押融资风险补偿资金（${run}）`;
  const textTitle = `办公室提示：年度工作总结报送安排（${run}）`;
  const textBody = '请各成员单位于1月15日前向联席会议办公室报送年度知识产权工作总结。';
  const foreword = `本期汇总近期成员单位知识产权工作动态（${run}）。`;
  const director = api('demo.director');
  const justice = api('demo.justice.liaison');
  let browser: Browser;
  let office: Page;
  let justiceItem: FilingView;
  let financeItem: FilingView;
  let briefingId: string;
  let issue: string;
  let expectedNumber: number;
  let asCompiled: BriefingFigures;

  const summary = async (): Promise<BriefingFigures> => {
    const res = await director.get<LeadershipSummary>('/api/supervision/summary');
    expect(res.status).toBe(200);
    return figuresOf(res.body);
  };

  // The figures once no matter is moving: two reads a second apart agree.
  const steadyFigures = () =>
    until(
      'steady supervision figures',
      async () => {
        const a = await summary();
        await new Promise((r) => setTimeout(r, 1_000));
        const b = await summary();
        return JSON.stringify(a) === JSON.stringify(b) ? b : undefined;
      },
      30_000,
    );

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();

    const file = (who: typeof justice, title: string, content: string, eventDate: string) =>
      who.ok<FilingView>('/api/filings', { kind: 'information', title, content, category: '宣传培训', eventDate });
    justiceItem = await file(
      justice,
      justiceTitle,
      '4月20日至26日，区司法局联合区市场监管局在南屏街开展知识产权普法宣传，发放资料2000余份。',
      shanghaiDate(-3),
    );
    financeItem = await file(
      api('demo.finance.liaison'),
      financeTitle,
      '区财政局安排专项资金500万元，用于知识产权质押融资风险补偿，支持中小企业以专利、商标融资。',
      shanghaiDate(-2),
    );
    for (const item of [justiceItem, financeItem]) {
      const reviewed = await director.ok<FilingView>(`/api/filings/${item.id}/review`, {
        comment: '已阅，选入工作简报。',
        selectedForBriefing: true,
      });
      expect(reviewed).toMatchObject({ status: 'reviewed', selectedForBriefing: true });
    }

    // One more open matter, so that the figures count something.
    const matter = await director.ok<{ id: string }>('/api/matters', {
      code: `BR-${run}`,
      title: `编制知识产权工作简报信息报送指引（${run}）`,
      description: '明确信息报送的内容、格式和时限。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: shanghaiDate(45),
    });
    await until('the dispatched matter in the read model', async () => {
      const res = await director.get<{ status: string }>(`/api/matters/${matter.id}`);
      return res.body.status === 'in_progress' ? true : undefined;
    });

    office = await newPage(browser, DESKTOP);
    await login(office, 'demo.director');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('compiles an issue from exactly the two items and a text item, with the figures as of compiling', async () => {
    const existing = await director.get<ApiPage<BriefingView>>(`/api/briefings?year=${year}&pageSize=200`);
    expectedNumber = Math.max(0, ...existing.body.items.map((b) => b.number)) + 1;

    await office.goto(new URL('/office/briefings', office.url()).toString());
    await settled(office, { spinners: true });
    await office.getByTestId('briefings-compile').click();
    const row = (id: string) => office.locator(`[data-testid="compile-item"][data-filing-id="${id}"]`);
    await row(justiceItem.id).waitFor();
    await row(financeItem.id).waitFor();
    // Both fresh items come preselected; other tests' items may be listed too: untick everything, then tick ours.
    await expect(row(justiceItem.id).getAttribute('data-selected')).resolves.toBe('true');
    await expect(row(financeItem.id).getAttribute('data-selected')).resolves.toBe('true');
    await office.getByTestId('compile-select-none').click();
    await expect(office.getByTestId('compile-selected-count').getAttribute('data-value')).resolves.toBe('0');
    await row(justiceItem.id).locator('input[type="checkbox"]').check();
    await row(financeItem.id).locator('input[type="checkbox"]').check();
    await expect(office.getByTestId('compile-selected-count').getAttribute('data-value')).resolves.toBe('2');

    await expect(office.getByTestId('compile-title').inputValue()).resolves.toBe(
      '五华区知识产权战略实施工作联席会议工作简报',
    );
    await office.getByTestId('compile-foreword').fill(foreword);
    await office.getByTestId('compile-text-add').click();
    await office.getByTestId('compile-text-title-0').fill(textTitle);
    await office.getByTestId('compile-text-text-0').fill(textBody);
    await office.screenshot({ path: path.join(SCREENSHOTS, 'briefing-compile.png'), animations: 'disabled' });

    // No matter of this file changes between this read and the compile; the figures must be these.
    const before = await steadyFigures();
    const compiled = office.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/briefings',
    );
    await office.getByTestId('compile-submit').click();
    const res = await compiled;
    expect(res.status()).toBe(201);
    const body = (await res.json()) as BriefingView;
    const after = await summary();
    expect(after).toEqual(before);
    asCompiled = before;
    briefingId = body.id;
    issue = body.issue;
    expect(body).toMatchObject({ year, number: expectedNumber, issue: `${year}年第${expectedNumber}期` });

    await office.waitForURL(`**/office/briefings/${briefingId}`);
    await settled(office, { spinners: true });
    await expect(office.getByTestId('briefing-status').getAttribute('data-status')).resolves.toBe('draft');
    await expect(office.getByTestId('briefing-issue').textContent()).resolves.toBe(issue);
    // The preview: both items (with their units), the text item, the figures as compiled.
    const items = office.getByTestId('briefing-item');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.nth(0).getAttribute('data-filing-id')).resolves.toBe(justiceItem.id);
    await expect(items.nth(0).getByTestId('briefing-item-title').textContent()).resolves.toContain(justiceTitle);
    await expect(items.nth(0).getByTestId('briefing-item-unit').textContent()).resolves.toBe('区司法局');
    await expect(items.nth(1).getAttribute('data-filing-id')).resolves.toBe(financeItem.id);
    await expect(items.nth(1).getByTestId('briefing-item-title').textContent()).resolves.toContain(financeTitle);
    await expect(items.nth(1).getByTestId('briefing-item-unit').textContent()).resolves.toBe('区财政局');
    await expect(items.nth(2).getByTestId('briefing-item-title').textContent()).resolves.toContain(textTitle);
    const figure = (id: string) => office.getByTestId(id).getAttribute('data-value');
    await expect(figure('figure-total')).resolves.toBe(String(before.total));
    await expect(figure('figure-open')).resolves.toBe(String(before.open));
    await expect(figure('figure-closed')).resolves.toBe(String(before.closed));
    await expect(figure('figure-overdue')).resolves.toBe(String(before.overdue));
    await expect(figure('figure-light-red')).resolves.toBe(String(before.lights.red));
    expect(before.total).toBeGreaterThan(0);
  }, 120_000);

  it('edits the foreword of the draft and publishes it to every unit; then it can no longer be edited', async () => {
    await office.getByTestId('briefing-edit').click();
    await office.getByTestId('edit-foreword').fill(`${foreword}请各单位阅知。`);
    await office.getByTestId('briefing-edit-save').click();
    await office.getByTestId('briefing-editor').waitFor({ state: 'detached' });
    await expect(office.getByTestId('briefing-foreword').textContent()).resolves.toBe(`${foreword}请各单位阅知。`);

    await office.getByTestId('briefing-publish').click();
    await expect(office.getByTestId('briefing-publish-text').textContent()).resolves.toContain('21');
    await office.getByTestId('briefing-publish-confirm').click();
    await office.locator('[data-testid="briefing-status"][data-status="published"]').waitFor();
    await expect(office.getByTestId('briefing-notices-sent').getAttribute('data-value')).resolves.toBe('21');
    await expect(office.getByTestId('briefing-published-at').textContent()).resolves.toMatch(/\d{4}年\d+月\d+日/);
    expect(await office.getByTestId('briefing-edit').count()).toBe(0);
    expect(await office.getByTestId('briefing-publish').count()).toBe(0);
    await office.getByTestId('briefing-export-docx').waitFor();
    // The toasts (生成, 保存, 发布) gone first, for a settled screenshot.
    await office.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await office.screenshot({
      path: path.join(SCREENSHOTS, 'briefing-issue.png'),
      animations: 'disabled',
      fullPage: true,
    });

    const b = (await director.get<BriefingView>(`/api/briefings/${briefingId}`)).body;
    expect(b).toMatchObject({
      status: 'published',
      year,
      number: expectedNumber,
      issue: `${year}年第${expectedNumber}期`,
      foreword: `${foreword}请各单位阅知。`,
    });
    expect(b.items).toEqual([
      { id: justiceItem.id, title: justiceTitle, text: justiceItem.content, unitCode: 'justice' },
      { id: financeItem.id, title: financeTitle, text: financeItem.content, unitCode: 'finance' },
      { id: null, title: textTitle, text: textBody, unitCode: null },
    ]);
    expect(b.figures).toEqual(asCompiled);
    expect(b.noticesSent).toBeGreaterThan(0);
    expect(b.publishedAt).not.toBeNull();
    // Numbered next in its year: no other issue of the year carries its number.
    const ofYear = (await director.get<ApiPage<BriefingView>>(`/api/briefings?year=${year}&pageSize=200`)).body;
    expect(ofYear.items.filter((x) => x.number === expectedNumber).map((x) => x.id)).toEqual([briefingId]);

    const inbox = await justice.get<{ items: { kind: string; title: string }[] }>('/api/notifications?pageSize=100');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.filter((n) => n.kind === 'briefing' && n.title.includes(issue))).toHaveLength(1);
    // A published issue no longer changes.
    const frozen = await director.request('PATCH', `/api/briefings/${briefingId}`, { title: '改' });
    expect(frozen.status).toBe(409);
  }, 90_000);

  it("lists the issue for the justice bureau's liaison, shows both items and exports it as Word", async () => {
    // The office's next draft: a unit neither lists nor reads it.
    const draft = await director.ok<BriefingView>('/api/briefings', {
      title: `工作简报（草稿 ${run}）`,
      year,
      items: [{ title: '待核', text: '待核。' }],
    });
    expect(draft).toMatchObject({ status: 'draft', number: expectedNumber + 1 });

    const page = await newPage(browser, DESKTOP);
    await login(page, 'demo.justice.liaison');
    await page.goto(new URL('/unit/briefings', page.url()).toString());
    await settled(page, { spinners: true });
    const row = page.locator(`[data-testid="briefing-row"][data-briefing-id="${briefingId}"]`);
    await expect(row.getAttribute('data-issue')).resolves.toBe(issue);
    await expect(row.getByTestId('row-status').getAttribute('data-status')).resolves.toBe('published');
    expect(await page.locator(`[data-testid="briefing-row"][data-briefing-id="${draft.id}"]`).count()).toBe(0);
    expect(await page.locator('[data-testid="row-status"][data-status="draft"]').count()).toBe(0);
    expect(await page.getByTestId('briefings-compile').count()).toBe(0);
    // The API keeps a draft to the office: to a unit it does not exist yet (404).
    const [draftRes] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/briefings/${draft.id}`)),
      page.goto(new URL(`/unit/briefings/${draft.id}`, page.url()).toString()),
    ]);
    expect(draftRes.status()).toBe(404);
    await page.getByTestId('load-error').waitFor();
    await page.goto(new URL('/unit/briefings', page.url()).toString());
    await settled(page, { spinners: true });

    await row.getByTestId('briefing-link').click();
    await page.waitForURL(`**/unit/briefings/${briefingId}`);
    await settled(page, { spinners: true });
    await expect(page.getByTestId('briefing-issue').textContent()).resolves.toBe(issue);
    const titles = await page.getByTestId('briefing-item-title').allTextContents();
    expect(titles).toHaveLength(3);
    expect(titles[0]).toContain(justiceTitle);
    expect(titles[1]).toContain(financeTitle);
    expect(await page.getByTestId('briefing-edit').count()).toBe(0);
    expect(await page.getByTestId('briefing-publish').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('briefing-export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const xml = unzipEntry(bytes, 'word/document.xml');
    expect(xml).toContain(issue);
    expect(xml).toContain(justiceTitle);
    expect(xml).toContain(financeTitle);
    expect(xml).toContain(textTitle);

    // On a phone the export buttons stay on screen.
    await page.setViewportSize(PHONE);
    const box = await page.getByTestId('briefing-print').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  }, 90_000);
});
