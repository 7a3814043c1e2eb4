import { randomUUID } from 'node:crypto';

import type { BriefingView, LeadershipSummary } from '@app/contracts';
import { InformationItemEntity, NotificationEntity } from '@app/database';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

// 工作简报: an issue built from selected information items, the leadership summary's figures and the 通报 list,
// numbered per year, published to every unit's inbox and exported as a Word document.
describe('work briefings', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('briefing.director');
  const YEAR = 2095;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const infoItem = async (title: string, content: string, selected = true): Promise<string> => {
    const id = randomUUID();
    const now = new Date();
    await stack.dataSource.getRepository(InformationItemEntity).insert({
      id,
      kind: 'information',
      unitCode: 'justice',
      title,
      content,
      category: 'publicity',
      attachments: [],
      eventDate: '2095-04-26',
      status: 'accepted',
      reviewComment: null,
      selectedForBriefing: selected,
      filedBy: 'briefing.justice',
      filedAt: now,
      reviewedBy: 'briefing.director',
      reviewedAt: now,
      updatedAt: now,
      version: 1,
    });
    return id;
  };
  const headers = () => stack.headers(director);

  it('compiles numbered issues whose contents match their sources, publishes and exports them', async () => {
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    await stack.http
      .post(`/api/matters/${m.id}/supervise`)
      .set(await headers())
      .send({ unitCode: 'justice', level: 'report', note: '逾期未报，通报召集人' })
      .expect(200);
    const first = await infoItem('司法局开展“4·26”普法宣传', '4月26日，区司法局在南屏街开展知识产权普法宣传。');
    const second = await infoItem('财政局落实知识产权专项资金', '安排专项资金支持高价值专利培育。');
    const unselected = await infoItem('未入选的信息', '不进入简报。', false);

    const summary = (
      await stack.http
        .get('/api/supervision/summary')
        .set(await headers())
        .expect(200)
    ).body as LeadershipSummary;
    const compiled = await stack.http
      .post('/api/briefings')
      .set(await headers())
      .send({
        title: '五华区知识产权战略实施工作联席会议工作简报',
        year: YEAR,
        foreword: '本期汇总各成员单位工作动态。',
        itemIds: [first, second],
        items: [{ title: '办公室提示', text: '年度工作总结请于1月15日前报送。' }],
      })
      .expect(201);
    const b = compiled.body as BriefingView;
    expect(b).toMatchObject({ year: YEAR, number: 1, issue: `${YEAR}年第1期`, status: 'draft' });
    expect(b.items.map((i) => [i.id, i.title])).toEqual([
      [first, '司法局开展“4·26”普法宣传'],
      [second, '财政局落实知识产权专项资金'],
      [null, '办公室提示'],
    ]);
    expect(b.figures).toMatchObject({
      total: summary.totals.all,
      closed: summary.totals.byStatus.closed,
      open: summary.totals.byStatus.in_progress + summary.totals.byStatus.awaiting_verification,
      overdue: summary.overdue.count,
      onTimeRate: summary.onTime.rate,
      lights: { green: summary.openByLight.green, yellow: summary.openByLight.yellow, red: summary.openByLight.red },
    });
    expect(b.reports.map((r) => r.matterId)).toContain(m.id);
    expect(b.reports.find((r) => r.matterId === m.id)).toMatchObject({ code: m.code, leadUnitCode: 'justice' });

    // An unselected item cannot be smuggled in.
    const refused = await stack.http
      .post('/api/briefings')
      .set(await headers())
      .send({ title: 'x', year: YEAR, itemIds: [unselected] });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'INVALID_COMMAND' });

    // The draft is editable; the next issue is 第2期.
    const edited = await stack.http
      .patch(`/api/briefings/${b.id}`)
      .set(await headers())
      .send({ foreword: '本期重点：普法宣传与专项资金。' })
      .expect(200);
    expect(edited.body).toMatchObject({ foreword: '本期重点：普法宣传与专项资金。', number: 1 });
    const next = await stack.http
      .post('/api/briefings')
      .set(await headers())
      .send({ title: '工作简报', year: YEAR })
      .expect(201);
    expect(next.body).toMatchObject({ number: 2, issue: `${YEAR}年第2期` });
    const list = await stack.http
      .get('/api/briefings')
      .query({ year: YEAR })
      .set(await headers())
      .expect(200);
    expect(list.body.items.map((i: BriefingView) => i.number)).toEqual([2, 1]);

    // Published to every member unit's inbox, then frozen.
    const published = await stack.http
      .post(`/api/briefings/${b.id}/publish`)
      .set(await headers())
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', noticesSent: 21 });
    const notices = await stack.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { sourceKey: `briefing:${b.id}` } });
    expect(notices).toHaveLength(21);
    expect(new Set(notices.map((n) => n.unitCode)).size).toBe(21);
    const unitInbox = await stack.http
      .get('/api/notifications')
      .set(await stack.headers(unitUser('finance', 'briefing.finance.leader')))
      .expect(200);
    expect(unitInbox.body.items.some((n: { title: string }) => n.title.includes(`${YEAR}年第1期`))).toBe(true);
    const frozen = await stack.http
      .patch(`/api/briefings/${b.id}`)
      .set(await headers())
      .send({ title: 'y' });
    expect(frozen.status).toBe(409);
    expect((await stack.http.post(`/api/briefings/${b.id}/publish`).set(await headers())).status).toBe(409);

    // The printable document: a DOCX (zip) whose document.xml carries the title and the issue.
    const exported = await stack.http
      .get(`/api/briefings/${b.id}/export`)
      .set(await stack.headers(unitUser('finance', 'briefing.finance.leader')))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = exported.body as Buffer;
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('五华区知识产权战略实施工作联席会议工作简报');
    expect(xml).toContain(`${YEAR}年第1期`);
    expect(xml).toContain('司法局开展“4·26”普法宣传');
    expect(xml).toContain(m.code);
    const html = await stack.http
      .get(`/api/briefings/${b.id}/export`)
      .query({ format: 'html' })
      .set(await headers())
      .expect(200);
    expect(html.text).toContain(`${YEAR}年第1期`);
  });

  it('keeps a draft to the office, keeps item links through an edit, and names units in print', async () => {
    const unit = unitUser('justice', 'briefing.justice.liaison');
    const leader = { userId: 'briefing.convener', role: 'leadership' as const };
    await stack.headers(leader, ['leadership']);
    const m = await api.dispatch(aMatter().lead('justice').build(), director);
    await stack.http
      .post(`/api/matters/${m.id}/supervise`)
      .set(await headers())
      .send({ unitCode: 'justice', level: 'report', note: '通报召集人' })
      .expect(200);
    const linked = await infoItem('司法局开展知识产权调解', '区司法局调解知识产权纠纷12件。');
    const draft = (
      await stack.http
        .post('/api/briefings')
        .set(await headers())
        .send({ title: '工作简报（草稿可见性）', year: YEAR + 1, itemIds: [linked] })
        .expect(201)
    ).body as BriefingView;

    // Units and leadership do not see a draft: not in the list, 404 on the issue and its export.
    for (const who of [unit, leader]) {
      const h = await stack.headers(who);
      const listed = await stack.http
        .get('/api/briefings')
        .query({ year: YEAR + 1 })
        .set(h)
        .expect(200);
      expect(listed.body).toMatchObject({ items: [], total: 0 });
      const one = await stack.http.get(`/api/briefings/${draft.id}`).set(h);
      expect({ status: one.status, code: one.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect((await stack.http.get(`/api/briefings/${draft.id}/export`).set(h)).status).toBe(404);
    }

    // An edit that names the item keeps its link to the filing; a foreign id is refused, and nothing changes.
    const edited = await stack.http
      .patch(`/api/briefings/${draft.id}`)
      .set(await headers())
      .send({
        items: [
          { title: '办公室按语', text: '各单位参照。' },
          {
            id: linked,
            title: '司法局调解知识产权纠纷（修改）',
            text: '调解12件，涉案金额300万元。',
            unitCode: 'justice',
          },
        ],
      })
      .expect(200);
    expect((edited.body as BriefingView).items.map((i) => [i.id, i.title])).toEqual([
      [null, '办公室按语'],
      [linked, '司法局调解知识产权纠纷（修改）'],
    ]);
    const foreign = await stack.http
      .patch(`/api/briefings/${draft.id}`)
      .set(await headers())
      .send({ items: [{ id: randomUUID(), title: 'x', text: 'y' }] });
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const kept = await stack.http
      .get(`/api/briefings/${draft.id}`)
      .set(await headers())
      .expect(200);
    expect((kept.body as BriefingView).items).toHaveLength(2);

    await stack.http
      .post(`/api/briefings/${draft.id}/publish`)
      .set(await headers())
      .expect(200);
    const seen = await stack.http
      .get('/api/briefings')
      .query({ year: YEAR + 1 })
      .set(await stack.headers(unit));
    expect(seen.body.items.map((b: BriefingView) => b.id)).toEqual([draft.id]);

    // Printed with the units' names, not their codes.
    const html = await stack.http
      .get(`/api/briefings/${draft.id}/export`)
      .query({ format: 'html' })
      .set(await stack.headers(unit))
      .expect(200);
    expect(html.text).toContain(`<td>${m.code}</td>`);
    expect(html.text).toContain('<td>区司法局</td>');
    expect(html.text).not.toContain('<td>justice</td>');
    expect(html.text).toContain('<p class="u">区司法局</p>');
  });

  it('prints a filing whose text carries control characters as a DOCX whose document.xml is well-formed XML', async () => {
    const docxOf = async (id: string): Promise<string> => {
      const res = await stack.http
        .get(`/api/briefings/${id}/export`)
        .set(await headers())
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      return (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    };
    // A strict XML 1.0 parser (Word refuses what it refuses): it throws on a character XML cannot carry.
    const parses = (xml: string): string => {
      let text = '';
      const parser = new SaxesParser();
      parser.on('text', (t) => (text += t));
      parser.write(xml).close();
      return text;
    };
    const filing = await infoItem(
      '控制\u0001字符\u001f的标题',
      '正文\u0001含\u0008控制\u000b字符\ufffe。\t制表符保留。',
    );
    const issue = (
      await stack.http
        .post('/api/briefings')
        .set(await headers())
        .send({ title: '工作简报（控制字符）', year: YEAR + 2, foreword: '按语\u0002。', itemIds: [filing] })
        .expect(201)
    ).body as BriefingView;

    const text = parses(await docxOf(issue.id));
    expect(text).toContain('控制字符的标题');
    expect(text).toContain('正文含控制字符。');
    expect(text).toContain('按语。');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });
});
