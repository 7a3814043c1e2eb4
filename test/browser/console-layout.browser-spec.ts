import { defined } from '@app/domain';
import type { Browser, Page } from 'playwright-core';

import { api, baseUrl, launchBrowser, login, newPage, settled, shanghaiDate } from './support/browser';

// Every conference page of the console on a phone (390 px), in Chinese and in English: nothing runs past the
// screen's edge (no sideways scroll, no button pushed out of sight) and no raw message key or unfilled {placeholder}
// shows instead of text. The data are seeded through the API so that the pages have rows, tags and buttons to lay out.
const PHONE = { width: 390, height: 844 };

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  text: string;
  // Buttons and links that end past the screen's right edge outside anything that scrolls sideways (a table does).
  outOfSight: string[];
}

async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth) {
          return true;
        }
      }
      return false;
    };
    const outOfSight = Array.from(document.querySelectorAll('button, a, .ant-tag'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1 && !scrolls(el);
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      text: document.body.innerText,
      outOfSight,
    };
  });
}

// Message keys look like `filings.status.returned`; addresses and user names (demo.justice.liaison) are data.
function rawKeys(text: string): string[] {
  const data = text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\b[\w.-]+@[\w.-]+/g, '')
    .replace(/\bdemo(\.[a-z]+)+/g, '');
  return [...(data.match(/\b[a-z]+\.[a-zA-Z]+\.[a-zA-Z.]+\b/g) ?? []), ...(data.match(/\{[a-zA-Z]+\}/g) ?? [])];
}

describe('the conference pages on a phone, in Chinese and in English', () => {
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const director = api('demo.director');
  const justice = api('demo.justice.liaison');
  let browser: Browser;
  let planned: string;
  let held: string;
  let draft: string;
  let published: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    const meeting = (kind: string, title: string, heldOn: string) =>
      director.ok<{ id: string }>('/api/meetings', {
        kind,
        title,
        heldOn,
        chair: '联席会议办公室主任',
        attendees: ['区司法局', '区财政局', '区市场监管局'],
        location: '区市场监管局5楼会议室',
      });
    planned = (await meeting('liaison', `知识产权联席会议联络员会议（版式 ${run}）`, shanghaiDate(12))).id;
    const topic = await justice.ok<{ id: string }>('/api/topics', {
      title: `关于建立知识产权纠纷多元化解机制的议题（版式 ${run}）`,
      background: '近年来我区知识产权纠纷数量逐年上升，诉前调解渠道不足。',
      proposal: '建议由区司法局牵头建立知识产权纠纷人民调解工作机制。',
    });
    await director.ok(`/api/topics/${topic.id}/accept`, { meetingId: planned, note: '列入本次联络员会议议程' });
    held = (await meeting('plenary', `知识产权战略实施工作联席会议全体会议（版式 ${run}）`, shanghaiDate(-1))).id;
    await director.ok(`/api/meetings/${held}/hold`, {
      minutes: `会议听取了各成员单位知识产权工作进展汇报（${run}），议定如下事项：建立知识产权纠纷人民调解工作机制。`,
      attendance: [{ unitCode: 'justice', person: '王晓明（区司法局副局长）', standingInFor: '李华（区司法局局长）' }],
      matters: [
        {
          code: `LY-${run}`,
          title: '建立知识产权纠纷人民调解工作机制',
          description: '在区人民调解委员会设立知识产权调解室。',
          leadUnitCode: 'justice',
          coUnitCodes: ['finance'],
          dueDate: shanghaiDate(60),
        },
      ],
    });
    const file = (kind: string, title: string) =>
      justice.ok<{ id: string }>('/api/filings', {
        kind,
        title,
        content: `${title}：具体情况如下。`,
        category: '宣传培训',
        eventDate: shanghaiDate(-2),
      });
    const returned = await file('major_matter', `区司法局处理重大知识产权纠纷（版式 ${run}）`);
    await director.ok(`/api/filings/${returned.id}/return`, { comment: '请补充处理结果和后续措施' });
    const reviewed = await file('information', `区司法局开展知识产权普法宣传周活动（版式 ${run}）`);
    await director.ok(`/api/filings/${reviewed.id}/review`, {
      comment: '已阅，选入工作简报。',
      selectedForBriefing: true,
    });
    await file('information', `区司法局举办知识产权培训班（版式 ${run}）`);
    // A draft issue only: publishing would notify every unit, which other files count.
    draft = (
      await director.ok<{ id: string }>('/api/briefings', {
        title: '五华区知识产权战略实施工作联席会议工作简报',
        foreword: `本期汇总近期成员单位知识产权工作动态（${run}）。`,
        itemIds: [reviewed.id],
      })
    ).id;
    const issues = await director.get<{ items: { id: string; status: string }[] }>('/api/briefings?pageSize=50');
    published = issues.body.items.find((b) => b.status === 'published')?.id;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  const areas = (): { user: string; paths: string[] }[] => [
    {
      user: 'demo.director',
      paths: [
        '/office',
        '/office/meetings',
        `/office/meetings/${planned}`,
        `/office/meetings/${held}`,
        '/office/topics',
        '/office/filings',
        '/office/campaign',
        '/office/briefings',
        `/office/briefings/${draft}`,
        '/office/contests',
        '/office/calendar',
        '/office/units',
        '/office/inbox',
      ],
    },
    {
      user: 'demo.justice.liaison',
      paths: [
        '/unit',
        '/unit/topics',
        '/unit/filings',
        '/unit/summary',
        '/unit/briefings',
        ...(published ? [`/unit/briefings/${published}`] : []),
        '/unit/inbox',
      ],
    },
    {
      user: 'demo.convener',
      paths: [
        '/leadership',
        '/leadership/matters',
        '/leadership/meetings',
        '/leadership/briefings',
        '/leadership/inbox',
        ...(published ? [`/leadership/briefings/${published}`] : []),
      ],
    },
  ];

  for (const [i, who] of ['office', 'unit', 'leadership'].entries()) {
    it(`lays out every ${who} page within 390 px, with no raw message key, in both languages`, async () => {
      const { user, paths } = defined(areas()[i], `the ${who} pages`);
      const page = await newPage(browser, PHONE);
      await login(page, user);
      const problems: string[] = [];
      for (const lang of ['zh', 'en']) {
        await page.evaluate((l) => localStorage.setItem('wuhua-jc.lang', l), lang);
        for (const p of paths) {
          await page.goto(`${baseUrl()}${p}`);
          await settled(page);
          await page.locator(`html[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).waitFor();
          const l = await layoutOf(page);
          if (l.scrollWidth > l.innerWidth) {
            problems.push(`${lang} ${p}: scrolls sideways (${l.scrollWidth} > ${l.innerWidth})`);
          }
          if (l.outOfSight.length) {
            problems.push(`${lang} ${p}: past the right edge: ${l.outOfSight.join(', ')}`);
          }
          const keys = rawKeys(l.text);
          if (keys.length) {
            problems.push(`${lang} ${p}: raw keys ${keys.join(', ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }, 90_000);
  }
});
