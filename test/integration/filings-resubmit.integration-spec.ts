import type { FilingView } from '@app/contracts';
import { FilingRepository } from '@app/database';
import { conferenceStack } from '@app/testing';

import { productApps } from '../support/product-apps';

// A unit corrects a filing the office returned and sends it again; the office reviews the corrected one.
describe('filings: resubmitting a returned filing', () => {
  const fx = conferenceStack(productApps, 'resub');
  const { justice, finance, director, as, post } = fx;

  async function file(title: string): Promise<FilingView> {
    const res = await post(justice, '/api/filings', {
      kind: 'information',
      title,
      content: '开展知识产权宣传周活动。',
      category: '宣传培训',
      attachments: [{ title: '活动方案.pdf', url: 'https://oa.example.gov.cn/f/plan.pdf' }],
      eventDate: '2026-04-20',
    });
    expect(res.status).toBe(201);
    return res.body as FilingView;
  }

  async function fileAndReturn(title: string, comment = '请补充活动覆盖人数'): Promise<FilingView> {
    const filed = await file(title);
    const back = await post(director, `/api/filings/${filed.id}/return`, { comment });
    expect(back.status).toBe(200);
    return back.body as FilingView;
  }

  it('files, returns, resubmits with corrections, then reviews; the history keeps every step', async () => {
    const returned = await fileAndReturn('知识产权宣传周活动情况');
    expect(returned).toMatchObject({ status: 'returned', reviewComment: '请补充活动覆盖人数' });

    const again = await post(justice, `/api/filings/${returned.id}/resubmit`, {
      content: '开展知识产权宣传周活动，覆盖群众约3000人次。',
      attachments: [
        { title: '活动方案.pdf', url: 'https://oa.example.gov.cn/f/plan.pdf' },
        { title: '活动照片.zip', url: 'https://oa.example.gov.cn/f/photos.zip' },
      ],
      note: '已补充覆盖人数和照片',
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: returned.id,
      kind: 'information',
      status: 'submitted',
      title: '知识产权宣传周活动情况',
      category: '宣传培训',
      eventDate: '2026-04-20',
      content: '开展知识产权宣传周活动，覆盖群众约3000人次。',
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
      selectedForBriefing: false,
      filedBy: justice.userId,
      filedAt: returned.filedAt,
    });
    expect((again.body as FilingView).attachments).toHaveLength(2);

    const reviewed = await post(director, `/api/filings/${returned.id}/review`, {
      comment: '已阅，拟编入简报',
      selectedForBriefing: true,
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'reviewed',
      reviewComment: '已阅，拟编入简报',
      selectedForBriefing: true,
      reviewedBy: director.userId,
    });

    const events = await fx.stack.api.get(FilingRepository).listEvents(returned.id);
    expect(events.map((e) => ({ type: e.type, actor: e.actorUserId, role: e.actorRole, reason: e.reason }))).toEqual([
      { type: 'filing.submitted', actor: justice.userId, role: 'unit', reason: null },
      { type: 'filing.returned', actor: director.userId, role: 'office', reason: '请补充活动覆盖人数' },
      { type: 'filing.resubmitted', actor: justice.userId, role: 'unit', reason: '已补充覆盖人数和照片' },
      { type: 'filing.reviewed', actor: director.userId, role: 'office', reason: '已阅，拟编入简报' },
    ]);
    expect(events[2]).toMatchObject({
      actorUnitCode: 'justice',
      data: { changed: ['content', 'attachments'], returnComment: '请补充活动覆盖人数' },
    });
    const times = events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps the fields a resubmission leaves out, and may be returned and resubmitted again', async () => {
    const returned = await fileAndReturn('知识产权进校园活动');
    const first = await post(justice, `/api/filings/${returned.id}/resubmit`, {
      content: '第一次修改',
      title: '知识产权进校园活动（修改）',
      eventDate: '2026-04-21',
    });
    expect(first.body).toMatchObject({
      status: 'submitted',
      title: '知识产权进校园活动（修改）',
      category: '宣传培训',
      eventDate: '2026-04-21',
      attachments: [{ title: '活动方案.pdf', url: 'https://oa.example.gov.cn/f/plan.pdf' }],
    });
    await post(director, `/api/filings/${returned.id}/return`, { comment: '请再补充学校名单' }).then((r) =>
      expect(r.status).toBe(200),
    );
    const second = await post(justice, `/api/filings/${returned.id}/resubmit`, {
      content: '第二次修改，附学校名单',
      attachments: [],
    });
    expect(second.body).toMatchObject({ status: 'submitted', content: '第二次修改，附学校名单', attachments: [] });
    const events = await fx.stack.api.get(FilingRepository).listEvents(returned.id);
    expect(events.map((e) => e.type)).toEqual([
      'filing.submitted',
      'filing.returned',
      'filing.resubmitted',
      'filing.returned',
      'filing.resubmitted',
    ]);
    expect(events[2]?.data).toEqual({
      changed: ['title', 'content', 'eventDate'],
      returnComment: '请补充活动覆盖人数',
    });
    expect(events[4]?.data).toEqual({ changed: ['content', 'attachments'], returnComment: '请再补充学校名单' });
  });

  it('refuses a filing that is not returned with 409, and changes nothing', async () => {
    const submitted = await file('知识产权维权援助工作站挂牌');
    const res = await post(justice, `/api/filings/${submitted.id}/resubmit`, { content: '改' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    await post(director, `/api/filings/${submitted.id}/review`, {}).then((r) => expect(r.status).toBe(200));
    const reviewed = await post(justice, `/api/filings/${submitted.id}/resubmit`, { content: '改' });
    expect({ status: reviewed.status, code: reviewed.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    const now = await fx.stack.http
      .get(`/api/filings/${submitted.id}`)
      .set(await as(justice))
      .expect(200);
    expect(now.body).toMatchObject({ status: 'reviewed', content: '开展知识产权宣传周活动。' });
    expect(await fx.stack.api.get(FilingRepository).listEvents(submitted.id)).toHaveLength(2);
  });

  it("answers 404 for another unit's filing and for an unknown one, 403 for the office", async () => {
    const returned = await fileAndReturn('知识产权纠纷人民调解');
    const other = await post(finance, `/api/filings/${returned.id}/resubmit`, { content: '改' });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const unknown = await post(justice, '/api/filings/00000000-0000-4000-8000-000000000000/resubmit', {
      content: '改',
    });
    expect(unknown.status).toBe(404);
    const byOffice = await post(director, `/api/filings/${returned.id}/resubmit`, { content: '改' });
    expect({ status: byOffice.status, code: byOffice.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const still = await fx.stack.http
      .get(`/api/filings/${returned.id}`)
      .set(await as(justice))
      .expect(200);
    expect(still.body).toMatchObject({ status: 'returned', reviewComment: '请补充活动覆盖人数' });
  });

  it('validates the corrections as filing does (400) and leaves the filing returned', async () => {
    const returned = await fileAndReturn('知识产权质押融资政策宣讲');
    const bad: [string, object][] = [
      ['no content', { title: '新标题' }],
      ['empty content', { content: '' }],
      ['empty title', { content: '改', title: '' }],
      ['long category', { content: '改', category: 'x'.repeat(65) }],
      ['bad link', { content: '改', attachments: [{ title: '附件', url: 'ftp://example.gov.cn/a' }] }],
      ['untitled attachment', { content: '改', attachments: [{ url: 'https://example.gov.cn/a' }] }],
      ['date format', { content: '改', eventDate: '2026/04/20' }],
      ['no such date', { content: '改', eventDate: '2026-02-30' }],
      ['kind is fixed', { content: '改', kind: 'major_matter' }],
      ['unknown field', { content: '改', status: 'reviewed' }],
    ];
    for (const [why, body] of bad) {
      const res = await post(justice, `/api/filings/${returned.id}/resubmit`, body);
      expect({ why, status: res.status, code: res.body.code }).toEqual({ why, status: 400, code: 'VALIDATION_FAILED' });
    }
    const badId = await post(justice, '/api/filings/not-a-uuid/resubmit', { content: '改' });
    expect(badId.status).toBe(400);
    const still = await fx.stack.http
      .get(`/api/filings/${returned.id}`)
      .set(await as(justice))
      .expect(200);
    expect(still.body).toMatchObject({ status: 'returned', content: '开展知识产权宣传周活动。' });
  });
});
