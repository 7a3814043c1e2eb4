import type { FilingView, MatterDetail, TopicView } from '@app/contracts';
import { FilingRepository } from '@app/database';
import { aMatter, conferenceStack, leader, office } from '@app/testing';

import { productApps } from '../support/product-apps';

// The conference's mechanisms around the matters: topics proposed by units and put on a meeting's agenda,
// the meeting held (minutes, attendance, agreed matters dispatched in one step), filings and information items.
describe('conference: topics, meetings held, filings', () => {
  const fx = conferenceStack(productApps, 'conf');
  const { justice, finance, director, as } = fx;

  async function planMeeting(kind = 'plenary'): Promise<string> {
    const res = await fx.stack.http
      .post('/api/meetings')
      .set(await as(director))
      .send({ kind, title: '2026年度联席会议全体会议', heldOn: '2026-12-20', chair: '召集人' })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'planned', attendance: [], minutes: null });
    return res.body.id as string;
  }

  async function propose(actor: typeof justice, title: string): Promise<TopicView> {
    const res = await fx.stack.http
      .post('/api/topics')
      .set(await as(actor))
      .send({ title, background: '纠纷逐年上升', proposal: '建立调解委员会', desiredMeetingKind: 'plenary' })
      .expect(201);
    return res.body as TopicView;
  }

  it('proposes a topic, accepts it onto an agenda, holds the meeting and dispatches its matters', async () => {
    const meetingId = await planMeeting();
    const topic = await propose(justice, '关于建立知识产权纠纷调解机制的议题');
    expect(topic).toMatchObject({ unitCode: 'justice', status: 'proposed', proposedBy: justice.userId });

    const accepted = await fx.stack.http
      .post(`/api/topics/${topic.id}/accept`)
      .set(await as(director))
      .send({ meetingId, note: '列入全体会议议程' })
      .expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', meetingId, agendaOrder: 1, decidedBy: director.userId });

    const planned = await fx.stack.http
      .get(`/api/meetings/${meetingId}`)
      .set(await as(justice))
      .expect(200);
    expect(planned.body.agenda).toEqual([
      { topicId: topic.id, order: 1, title: topic.title, unitCode: 'justice', status: 'accepted' },
    ]);

    const matters = [
      { ...aMatter().lead('justice').co('finance').due('2027-06-30').build(), year: 2027 },
      { ...aMatter().lead('finance').due('2027-09-30').build(), year: 2027 },
    ];
    const body = {
      minutes: '会议研究部署了2027年重点任务。',
      attendance: [
        { unitCode: 'justice', person: '王晓明（副局长）', standingInFor: '李华（局长）' },
        { unitCode: 'finance', person: '赵敏（局长）' },
        { person: '召集人' },
      ],
      matters,
    };
    const key = `hold-${meetingId}`;
    const held = await fx.stack.http
      .post(`/api/meetings/${meetingId}/hold`)
      .set(await as(director))
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    expect(held.body.meeting).toMatchObject({
      status: 'held',
      minutes: body.minutes,
      attendance: body.attendance,
      heldBy: director.userId,
      matterCount: 2,
      agenda: [expect.objectContaining({ topicId: topic.id, status: 'discussed' })],
    });
    const created = held.body.matters as MatterDetail[];
    expect(created.map((m) => [m.code, m.meetingId, m.year, m.status])).toEqual(
      matters.map((m) => [m.code, meetingId, 2027, 'in_progress']),
    );
    expect(created[0]?.assignments.map((a) => [a.unitCode, a.role, a.status])).toEqual([
      ['justice', 'lead', 'awaiting_ack'],
      ['finance', 'co', 'awaiting_ack'],
    ]);

    // A retry with the same key completes with the same matters and creates none twice.
    const retry = await fx.stack.http
      .post(`/api/meetings/${meetingId}/hold`)
      .set(await as(director))
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    expect((retry.body.matters as MatterDetail[]).map((m) => m.id)).toEqual(created.map((m) => m.id));
    const listed = await fx.stack.http
      .get('/api/matters')
      .query({ meetingId, pageSize: 200 })
      .set(await as(director))
      .expect(200);
    expect(listed.body.total).toBe(2);
    // Without that key, a second hold is refused.
    const again = await fx.stack.http
      .post(`/api/meetings/${meetingId}/hold`)
      .set(await as(director))
      .send(body);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    const record = await fx.stack.http
      .get(`/api/topics/${topic.id}`)
      .set(await as(justice))
      .expect(200);
    expect(record.body.status).toBe('discussed');
    expect(record.body.events.map((e: { type: string }) => e.type)).toEqual([
      'topic.proposed',
      'topic.accepted',
      'topic.discussed',
    ]);
    // Each entry names the person as well as the login: the director's display name, null for none.
    expect(record.body.events[1]).toMatchObject({
      actorUserId: director.userId,
      actorName: '联席办主任（测试）',
      reason: '列入全体会议议程',
    });
  });

  it('refuses a hold with a taken code as a whole, and completes it when retried with the same key', async () => {
    const meetingId = await planMeeting('liaison');
    const good = aMatter().lead('justice').build();
    // The second matter's code is already taken: it is refused only after the first was dispatched.
    const taken = aMatter().lead('finance').build();
    await fx.stack.http
      .post('/api/matters')
      .set(await as(director))
      .send(taken)
      .expect(201);
    const bad = aMatter().lead('finance').code(taken.code).build();
    const key = `half-${meetingId}`;
    const send = async (matters: object[]) =>
      fx.stack.http
        .post(`/api/meetings/${meetingId}/hold`)
        .set(await as(director))
        .set('Idempotency-Key', key)
        .send({ minutes: '联络员会议纪要', attendance: [], matters });
    const failed = await send([good, bad]);
    expect({ status: failed.status, code: failed.body.code }).toEqual({ status: 409, code: 'MATTER_CODE_TAKEN' });
    const still = await fx.stack.http
      .get(`/api/meetings/${meetingId}`)
      .set(await as(director))
      .expect(200);
    // Every code is reserved before anything is dispatched: the refused hold dispatched nothing.
    expect(still.body).toMatchObject({ status: 'planned', matterCount: 0 });
    const fixed = await send([good, aMatter().lead('finance').build()]);
    expect(fixed.status).toBe(201);
    expect(fixed.body.meeting).toMatchObject({ status: 'held', matterCount: 2 });
  });

  it('defers and declines topics with a reason, and keeps each unit to its own proposals', async () => {
    const deferred = await propose(justice, '关于设立知识产权专项资金的议题');
    const declined = await propose(justice, '关于调整成员单位的议题');
    const other = await propose(finance, '关于财政支持专利转化的议题');

    const d = await fx.stack.http
      .post(`/api/topics/${deferred.id}/defer`)
      .set(await as(director))
      .send({ note: '待调研完成后提交下次会议' })
      .expect(200);
    expect(d.body).toMatchObject({ status: 'deferred', decisionNote: '待调研完成后提交下次会议' });
    const noReason = await fx.stack.http
      .post(`/api/topics/${declined.id}/decline`)
      .set(await as(director))
      .send({});
    expect({ status: noReason.status, code: noReason.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const x = await fx.stack.http
      .post(`/api/topics/${declined.id}/decline`)
      .set(await as(director))
      .send({ reason: '成员调整由区政府决定' })
      .expect(200);
    expect(x.body).toMatchObject({ status: 'declined', decisionNote: '成员调整由区政府决定' });
    const final = await fx.stack.http
      .post(`/api/topics/${declined.id}/defer`)
      .set(await as(director))
      .send({ note: 'x' });
    expect({ status: final.status, code: final.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    const unitDecides = await fx.stack.http
      .post(`/api/topics/${other.id}/decline`)
      .set(await as(finance))
      .send({ reason: 'x' });
    expect(unitDecides.status).toBe(403);

    // The proposing unit sees its proposals and their outcomes; another unit sees none of them.
    const mine = await fx.stack.http
      .get('/api/topics')
      .query({ pageSize: 200 })
      .set(await as(justice))
      .expect(200);
    const ids = (mine.body.items as TopicView[]).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([deferred.id, declined.id]));
    expect(ids).not.toContain(other.id);
    expect((mine.body.items as TopicView[]).every((t) => t.unitCode === 'justice')).toBe(true);
    // Asking for another unit's topics still yields only one's own.
    const sneaky = await fx.stack.http
      .get('/api/topics')
      .query({ unit: 'finance' })
      .set(await as(justice))
      .expect(200);
    expect((sneaky.body.items as TopicView[]).map((t) => t.unitCode)).not.toContain('finance');
    await fx.stack.http
      .get(`/api/topics/${other.id}`)
      .set(await as(justice))
      .expect(404);
    // The office and leadership read everything, filtered as asked.
    const declinedList = await fx.stack.http
      .get('/api/topics')
      .query({ status: 'declined' })
      .set(await as(leader('conf.convener')))
      .expect(200);
    expect((declinedList.body.items as TopicView[]).map((t) => t.id)).toContain(declined.id);
    const financeList = await fx.stack.http
      .get('/api/topics')
      .query({ unit: 'finance' })
      .set(await as(director))
      .expect(200);
    expect((financeList.body.items as TopicView[]).map((t) => t.id)).toEqual([other.id]);
  });

  it('lets only the convener or the office director call an ad-hoc meeting', async () => {
    const staff = office('conf.office.staff');
    await fx.stack.headers(staff, ['office_staff']);
    const body = { title: '知识产权专题会议', heldOn: '2026-08-01', chair: '召集人' };
    const byStaff = await fx.stack.http
      .post('/api/meetings')
      .set(await as(staff))
      .send({ ...body, kind: 'ad_hoc' });
    expect({ status: byStaff.status, code: byStaff.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const byConvener = await fx.stack.http
      .post('/api/meetings/ad-hoc')
      .set(await as(leader('conf.convener')))
      .send(body)
      .expect(201);
    expect(byConvener.body).toMatchObject({ kind: 'ad_hoc', status: 'planned', createdBy: 'conf.convener' });
    await fx.stack.http
      .post('/api/meetings')
      .set(await as(director))
      .send({ ...body, kind: 'ad_hoc' })
      .expect(201);
  });

  it('takes filings and information items from units, for the office to review, return and select', async () => {
    const file = async (actor: typeof justice, kind: string, title: string) =>
      (
        await fx.stack.http
          .post('/api/filings')
          .set(await as(actor))
          .send({
            kind,
            title,
            content: '详细情况如下……',
            category: '行政执法',
            attachments: [{ title: '情况报告.pdf', url: 'https://oa.example.gov.cn/f/1.pdf' }],
            eventDate: '2026-03-10',
          })
          .expect(201)
      ).body as FilingView;
    const major = await file(justice, 'major_matter', '查处一起重大商标侵权案件');
    const info = await file(justice, 'information', '开展知识产权普法宣传');
    const returned = await file(finance, 'information', '安排专利资助资金');
    expect(major).toMatchObject({ status: 'submitted', unitCode: 'justice', selectedForBriefing: false });
    expect(major.attachments).toHaveLength(1);

    const selectMajor = await fx.stack.http
      .post(`/api/filings/${major.id}/review`)
      .set(await as(director))
      .send({ selectedForBriefing: true });
    expect({ status: selectMajor.status, code: selectMajor.body.code }).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    await fx.stack.http
      .post(`/api/filings/${major.id}/review`)
      .set(await as(director))
      .send({ comment: '已阅' })
      .expect(200);
    const reviewed = await fx.stack.http
      .post(`/api/filings/${info.id}/review`)
      .set(await as(director))
      .send({ comment: '拟编入简报', selectedForBriefing: true })
      .expect(200);
    expect(reviewed.body).toMatchObject({ status: 'reviewed', selectedForBriefing: true, reviewedBy: director.userId });
    const back = await fx.stack.http
      .post(`/api/filings/${returned.id}/return`)
      .set(await as(director))
      .send({ comment: '请补充资金安排文号' })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'returned', reviewComment: '请补充资金安排文号' });
    const twice = await fx.stack.http
      .post(`/api/filings/${returned.id}/review`)
      .set(await as(director))
      .send({});
    expect(twice.status).toBe(409);
    const unitReviews = await fx.stack.http
      .post(`/api/filings/${info.id}/review`)
      .set(await as(justice))
      .send({});
    expect(unitReviews.status).toBe(403);

    // Units see their own; the office sees all.
    const justiceList = await fx.stack.http
      .get('/api/filings')
      .query({ pageSize: 200 })
      .set(await as(justice))
      .expect(200);
    // Other test files share the database: the list holds this test's filings and only justice's.
    const justiceItems = justiceList.body.items as FilingView[];
    expect(justiceItems.map((f) => f.id)).toEqual(expect.arrayContaining([major.id, info.id]));
    expect(justiceItems.every((f) => f.unitCode === 'justice')).toBe(true);
    await fx.stack.http
      .get(`/api/filings/${returned.id}`)
      .set(await as(justice))
      .expect(404);
    const selected = await fx.stack.http
      .get('/api/filings')
      .query({ kind: 'information', selected: 'true' })
      .set(await as(director))
      .expect(200);
    // Other test files share the database: look at this test's filings only.
    const mine = new Set([info.id, major.id, returned.id]);
    const ours = (ids: string[]): string[] => ids.filter((id) => mine.has(id));
    expect(ours((selected.body.items as FilingView[]).map((f) => f.id))).toEqual([info.id]);
    // The returned filing's history names who returned it, by display name.
    const history = await fx.stack.http
      .get(`/api/filings/${returned.id}`)
      .set(await as(director))
      .expect(200);
    expect((history.body as FilingView).events?.find((e) => e.type === 'filing.returned')).toMatchObject({
      actorUserId: director.userId,
      actorName: '联席办主任（测试）',
    });

    // What the briefings slice reads.
    const repo = fx.stack.api.get(FilingRepository);
    const idsOf = async (q: Parameters<typeof repo.listSelectedInformation>[0]) =>
      ours((await repo.listSelectedInformation(q)).map((f) => f.id));
    expect(await idsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual([info.id]);
    expect(await idsOf({ from: '2026-04-01' })).toEqual([]);
    expect(await idsOf({ ids: [info.id, major.id] })).toEqual([info.id]);

    await fx.stack.http
      .post(`/api/filings/${info.id}/briefing-selection`)
      .set(await as(director))
      .send({ selected: false })
      .expect(200);
    expect(await repo.listSelectedInformation({ ids: [info.id] })).toEqual([]);
  });
});
