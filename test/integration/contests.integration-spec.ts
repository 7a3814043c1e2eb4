import type {
  AssessmentEvidence,
  AssessmentSheet,
  BriefingView,
  ChargeContestView,
  CommandResponseBody,
  MatterEventView,
  Page,
  UnitScorecard,
  UnitScorecardView,
} from '@app/contracts';
import {
  AuditLogEntity,
  ESCALATION_STANDS_SQL,
  MatterAssignmentEntity,
  MatterEntity,
  NotificationEntity,
} from '@app/database';
import type { Actor } from '@app/contracts';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// 申诉: a unit contests a charge against it; the office accepts (the charge leaves the scorecard and the next
// briefing's 通报, the timeline keeps both) or rejects it (the charge stays counted). Units no other test file
// uses, so the scorecard's differences are this file's own.
describe('contests of charges (申诉)', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('contest.director');
  const LEAD = 'local-chronicles';
  const CO = 'natural-resources';
  const lead = unitUser(LEAD, 'contest.leader');
  const co = unitUser(CO, 'contest.co');
  const outsider = unitUser('ecology-environment', 'contest.outsider');
  const YEAR = 2070;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const post = async (path: string, actor: Actor, body: object, key?: string) => {
    const req = stack.http.post(path).set(await stack.headers(actor));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const refusal = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });

  // A manual urge at the given level against the lead unit; the escalation's seq on the matter.
  const escalate = async (matterId: string, level: 'supervision' | 'report'): Promise<number> => {
    const res = await post(`/api/matters/${matterId}/supervise`, director, { unitCode: LEAD, level, note: '逾期未报' });
    expect(res.status).toBe(200);
    const e = (res.body as CommandResponseBody).appended.find((x) => x.type === 'supervision.escalated');
    expect(e?.unitCode).toBe(LEAD);
    return e!.seq;
  };
  const scorecard = async (unit = LEAD): Promise<UnitScorecard> => {
    const res = await stack.http
      .get('/api/supervision/scorecard')
      .set(await stack.headers(director))
      .expect(200);
    return (res.body as UnitScorecardView).units.find((u) => u.unitCode === unit)!;
  };
  // The unit's count of escalations at a level on the scorecard, less those on other matters that still count
  // (other files seed and delete escalations of every unit meanwhile): what this matter adds to it. Read while the
  // others hold still.
  const ownedBy = async (
    matterId: string,
    level: 'supervision' | 'report',
    read: () => Promise<number> = async () => (await scorecard()).escalations[level],
  ): Promise<number> => {
    const others = async (): Promise<number> => {
      const rows = await stack.dataSource.query<{ n: string }[]>(
        `SELECT COUNT(*) AS n FROM escalations e WHERE e.unit_code = ? AND e.level = ? AND e.matter_id <> ?
         AND ${ESCALATION_STANDS_SQL('e')}`,
        [LEAD, level, matterId],
      );
      return Number(rows[0]?.n);
    };
    for (let attempt = 0; ; attempt++) {
      const o1 = await others();
      const count = await read();
      const o2 = await others();
      if (o1 === o2 || attempt >= 20) {
        return count - o2;
      }
    }
  };
  const reportsOwnedBy = (matterId: string, read?: () => Promise<number>) => ownedBy(matterId, 'report', read);
  // The contests upheld for the unit on this year's 考核 sheet (the year "today" is in, by the time profile).
  const upheld = async (unit = LEAD): Promise<number> => {
    const card = await stack.http
      .get('/api/supervision/scorecard')
      .set(await stack.headers(director))
      .expect(200);
    const year = (card.body as UnitScorecardView).today.slice(0, 4);
    const sheet = await stack.http
      .get(`/api/assessment/${year}`)
      .set(await stack.headers(director))
      .expect(200);
    return (sheet.body as AssessmentSheet).rows.find((r) => r.unitCode === unit)!.upheldContests;
  };
  // The unit's 通报 count in the escalation summary (by level and unit).
  const summaryReports = async (): Promise<number> => {
    const res = await stack.http
      .get('/api/supervision/escalations/summary')
      .set(await stack.headers(director))
      .expect(200);
    const units = (res.body as { units: { unitCode: string | null; byLevel: Record<string, number> }[] }).units;
    return units.find((u) => u.unitCode === LEAD)?.byLevel.report ?? 0;
  };
  // The unit's overdue count and matters due on the scorecard of a past year only the overdue test uses.
  const PAST = 2023;
  const pastYear = async (): Promise<{ overdueNow: number; due: number }> => {
    const res = await stack.http
      .get('/api/supervision/scorecard')
      .query({ year: PAST })
      .set(await stack.headers(director))
      .expect(200);
    const card = (res.body as UnitScorecardView).units.find((u) => u.unitCode === LEAD)!;
    return { overdueNow: card.overdueNow, due: card.due };
  };
  // The matters behind the unit's red light (考核's "why red" evidence).
  const whyRed = async (): Promise<string[]> => {
    const res = await stack.http
      .get(`/api/assessment/${YEAR}/units/${LEAD}/evidence`)
      .query({ figure: 'red' })
      .set(await stack.headers(director))
      .expect(200);
    return (res.body as AssessmentEvidence).items.map((i) => i.matterId ?? '');
  };
  const file = (matterId: string, actor: Actor, body: object, key?: string) =>
    post(`/api/matters/${matterId}/contests`, actor, body, key);
  const decide = (id: string, actor: Actor, body: object, key?: string) =>
    post(`/api/contests/${id}/decision`, actor, body, key);
  const compileBriefing = async (): Promise<BriefingView> => {
    const res = await post('/api/briefings', director, { title: '申诉测试简报', year: YEAR });
    expect(res.status).toBe(201);
    return res.body as BriefingView;
  };

  it('an accepted contest withdraws a 通报 from the scorecard and the next briefing; the timeline keeps both', async () => {
    const m = await api.dispatch(aMatter().lead(LEAD).co(CO).build(), director);
    const seq = await escalate(m.id, 'report');
    expect((await compileBriefing()).reports.map((r) => r.matterId)).toContain(m.id);
    expect(await reportsOwnedBy(m.id)).toBe(1);
    expect(await reportsOwnedBy(m.id, summaryReports)).toBe(1);

    const body = {
      charge: { kind: 'escalation', seq },
      reason: '该事项已于截止日前以公文报送，系登记延迟',
      attachments: ['五地方志〔2070〕3号报送函.pdf', '收文登记截图.png'],
    };
    const filed = await file(m.id, lead, body, 'contest-accept-1');
    expect(filed.status).toBe(201);
    const contest = filed.body as ChargeContestView;
    expect(contest).toMatchObject({
      matterId: m.id,
      matterCode: m.code,
      charge: { kind: 'escalation', seq, level: 'report' },
      unitCode: LEAD,
      filedBy: 'contest.leader',
      filedCapacity: 'unit_leader',
      reason: body.reason,
      attachments: body.attachments,
      status: 'pending',
      decidedAt: null,
    });
    // The same request with its Idempotency-Key is applied once.
    const retried = await file(m.id, lead, body, 'contest-accept-1');
    expect({ status: retried.status, id: (retried.body as ChargeContestView).id }).toEqual({
      status: 201,
      id: contest.id,
    });

    // Filing refused: another unit on the matter, a unit not on it, the office, twice, bad input, no such charge.
    expect(refusal(await file(m.id, co, body))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(refusal(await file(m.id, outsider, body))).toEqual({ status: 404, code: 'MATTER_NOT_FOUND' });
    expect(refusal(await file(m.id, director, body))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(refusal(await file(m.id, lead, body))).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    expect(refusal(await file(m.id, lead, { ...body, reason: '   ' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await file(m.id, lead, { ...body, attachments: [''] }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await file(m.id, lead, { ...body, charge: { kind: 'escalation' } }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await file(m.id, lead, { ...body, charge: { kind: 'escalation', seq: 9999 } }))).toEqual({
      status: 404,
      code: 'CHARGE_NOT_FOUND',
    });
    // Not overdue: there is no overdue charge to contest.
    expect(refusal(await file(m.id, lead, { ...body, charge: { kind: 'overdue' } }))).toEqual({
      status: 404,
      code: 'CHARGE_NOT_FOUND',
    });

    // The office sees it among the pending; each unit only its own.
    const pending = await stack.http
      .get(`/api/contests?status=pending&unit=${LEAD}&pageSize=200`)
      .set(await stack.headers(director))
      .expect(200);
    expect((pending.body as Page<ChargeContestView>).items.map((c) => c.id)).toContain(contest.id);
    const coList = await stack.http
      .get('/api/contests?pageSize=200')
      .set(await stack.headers(co))
      .expect(200);
    expect((coList.body as Page<ChargeContestView>).items.every((c) => c.unitCode === CO)).toBe(true);
    expect((coList.body as Page<ChargeContestView>).items.map((c) => c.id)).not.toContain(contest.id);

    // A unit cannot decide; the office accepts once.
    const upheldBefore = await upheld();
    expect(refusal(await decide(contest.id, lead, { accept: true }))).toEqual({ status: 403, code: 'FORBIDDEN' });
    const accepted = await decide(contest.id, director, { accept: true, reason: '经核实，报送函已按时收文' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      decidedBy: 'contest.director',
      decidedCapacity: 'office_director',
      decisionReason: '经核实，报送函已按时收文',
    });
    expect(refusal(await decide(contest.id, director, { accept: false, reason: '改判' }))).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    });
    // Withdrawn already: it cannot be contested again.
    expect(refusal(await file(m.id, lead, body))).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    // The figures: the 通报 no longer counts against the unit, and the next briefing leaves it out.
    expect(await reportsOwnedBy(m.id)).toBe(0);
    // The 考核 sheet shows the upheld contest (never scored).
    expect(await upheld()).toBe(upheldBefore + 1);
    expect(await reportsOwnedBy(m.id, summaryReports)).toBe(0);
    expect((await compileBriefing()).reports.map((r) => r.matterId)).not.toContain(m.id);

    // The record keeps both: the escalation and the contest with its decision, in order.
    const detail = await api.get(m.id, lead);
    const steps = detail.events.filter((e: MatterEventView) => e.seq === seq).map((e) => [e.type, e.contestId]);
    expect(steps).toEqual([
      ['supervision.escalated', undefined],
      ['contest.filed', contest.id],
      ['contest.accepted', contest.id],
    ]);
    // A co-unit on the matter does not see another unit's contest.
    expect((await api.get(m.id, co)).events.some((e) => e.contestId === contest.id)).toBe(false);

    // Audited, and told: the office when filed, the unit when decided.
    const audits = await stack.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { target: `contest:${contest.id}` }, order: { id: 'ASC' } });
    expect(audits.map((a) => [a.action, a.actorUserId, a.outcome])).toEqual([
      ['contest.filed', 'contest.leader', 'success'],
      ['contest.accepted', 'contest.director', 'success'],
    ]);
    const notices = await stack.dataSource.getRepository(NotificationEntity).find({
      where: [{ sourceKey: `contest:${contest.id}:filed` }, { sourceKey: `contest:${contest.id}:decided` }],
    });
    const director_ = await stack.ensureUser(director.userId, ['office_director'], null);
    expect(notices.filter((n) => n.sourceKey.endsWith(':filed')).map((n) => n.userId)).toContain(director_.id);
    expect(
      notices.filter((n) => n.sourceKey.endsWith(':decided')).some((n) => n.unitCode === LEAD && n.userId === null),
    ).toBe(true);
    expect(notices.every((n) => n.kind === 'contest' && n.matterId === m.id)).toBe(true);
  });

  it('a rejected contest leaves the charge counted and may be filed again; a cancelled matter is still contested', async () => {
    const m = await api.dispatch(aMatter().lead(LEAD).build(), director);
    const seq = await escalate(m.id, 'supervision');
    const report = await escalate(m.id, 'report');
    expect(await ownedBy(m.id, 'supervision')).toBe(1);
    const first = await file(m.id, lead, { charge: { kind: 'escalation', seq }, reason: '已按期报送' });
    expect(first.status).toBe(201);
    const id = (first.body as ChargeContestView).id;

    // A rejection must say why.
    expect(refusal(await decide(id, director, { accept: false }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refusal(await decide(id, director, { accept: false, reason: ' ' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const rejected = await decide(id, director, { accept: false, reason: '未见报送记录' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '未见报送记录' });
    expect(await ownedBy(m.id, 'supervision')).toBe(1);
    const audits = await stack.dataSource.getRepository(AuditLogEntity).find({ where: { target: `contest:${id}` } });
    expect(audits.map((a) => a.action).sort()).toEqual(['contest.filed', 'contest.rejected']);

    // With new grounds it may be filed again, also once the matter is cancelled (contests are outside the workflow).
    await api.ok(m.id, 'cancel', director, { reason: '事项调整' });
    const again = await file(m.id, lead, {
      charge: { kind: 'escalation', seq: report },
      reason: '通报所依据的期限已调整',
    });
    expect(again.status).toBe(201);
    const second = await file(m.id, lead, { charge: { kind: 'escalation', seq }, reason: '补充报送凭证' });
    expect(second.status).toBe(201);
    const onMatter = await stack.http
      .get(`/api/matters/${m.id}/contests`)
      .set(await stack.headers(lead))
      .expect(200);
    expect((onMatter.body as ChargeContestView[]).map((c) => [c.charge.seq, c.status])).toEqual([
      [seq, 'rejected'],
      [report, 'pending'],
      [seq, 'pending'],
    ]);
    const timeline = (await api.get(m.id, director)).events.filter((e) => e.contestId !== undefined);
    expect(timeline.map((e) => [e.type, e.seq])).toEqual([
      ['contest.filed', seq],
      ['contest.rejected', seq],
      ['contest.filed', report],
      ['contest.filed', seq],
    ]);
    // A rejected 通报 is still reported (the pending one too: only an accepted contest withdraws it).
    expect((await compileBriefing()).reports.map((r) => r.matterId)).toContain(m.id);
  });

  it('an accepted overdue contest takes the matter out of the unit’s overdue count and matters due', async () => {
    const m = await api.dispatch(aMatter().lead(LEAD).build(), director);
    // Make the matter overdue in the read model, as the projection stores it once the charged due date passed
    // (a due date in the past cannot be dispatched). First wait until the projection has caught up with the
    // workflow, so that no later projection of the dispatch writes over it.
    const projectedSeq = async () =>
      (await stack.dataSource.getRepository(MatterEntity).findOneByOrFail({ id: m.id })).seq;
    const live = await api.live(m.id, director);
    await eventually(projectedSeq, (seq) => seq === live.state?.seq);
    // Given and charged in a year no other file has matters in (2023), so the year's scorecard is this matter's own.
    await stack.dataSource
      .getRepository(MatterAssignmentEntity)
      .update(
        { matterId: m.id, unitCode: LEAD },
        { chargedDueDate: `${PAST}-03-05`, assignedAt: new Date(`${PAST}-03-01T09:00:00+08:00`) },
      );
    await stack.dataSource.getRepository(MatterEntity).update({ id: m.id }, { chargedDueDate: `${PAST}-03-05` });
    expect(await pastYear()).toEqual({ overdueNow: 1, due: 1 });
    expect(await whyRed()).toContain(m.id);
    const filed = await file(m.id, lead, { charge: { kind: 'overdue' }, reason: '期限内已提交，待办公室验收' });
    expect(filed.status).toBe(201);
    expect(refusal(await file(m.id, lead, { charge: { kind: 'overdue', seq: 1 }, reason: 'x' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const contest = filed.body as ChargeContestView;
    expect(contest.charge).toEqual({ kind: 'overdue', seq: null, level: null, at: null });
    expect((await decide(contest.id, director, { accept: true })).status).toBe(200);
    // Out of its overdue count and its matters due, and no longer a reason for its red light.
    expect(await pastYear()).toEqual({ overdueNow: 0, due: 0 });
    expect(await whyRed()).not.toContain(m.id);
    // Out of every overdue list again: other files read them meanwhile.
    await api.ok(m.id, 'cancel', director, { reason: '测试结束' });
    const steps = (await api.get(m.id, lead)).events.filter((e) => e.contestId === contest.id);
    expect(steps.map((e) => [e.type, e.seq])).toEqual([
      ['contest.filed', 0],
      ['contest.accepted', 0],
    ]);
  });

  it('refuses unknown contests and matters, and bad decisions', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(refusal(await decide(unknown, director, { accept: true }))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(refusal(await file(unknown, lead, { charge: { kind: 'escalation', seq: 1 }, reason: '理由' }))).toEqual({
      status: 404,
      code: 'MATTER_NOT_FOUND',
    });
    expect(refusal(await decide(unknown, director, { accept: 'yes' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await file(unknown, lead, { reason: '理由' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refusal(await file(unknown, lead, { charge: { kind: 'late' }, reason: '理由' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
  });
});
