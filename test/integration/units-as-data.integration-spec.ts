// First: points this file's apps at a database of its own (it renames, merges and adds member units).
import { dropOwnDatabase, prepareOwnDatabase } from '../support/own-database';

import type { AssessmentSheet, MatterDetail, UnitScorecardView, UnitView } from '@app/contracts';
import { AuditLogEntity, NotificationEntity } from '@app/database';
import { shanghaiDate } from '@app/domain';
import type { Actor } from '@app/contracts';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';

import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// Units as data (issue 12) through HTTP on the real Temporal server and MySQL: after a reorganisation (机构改革) the
// office renames a unit, merges one into another and adds one; every past matter and figure stays with the unit's
// code, the names shown follow the directory, and a unit merged away takes no new work. The dispatch to the added
// unit runs the units-as-data-v1 path of the workflow; its history is kept for the replay test.
describe('units as data', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('uad.director');
  const staff = office('uad.staff');
  const admin: Actor = { userId: 'uad.admin', role: 'admin' };
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  const due = `${year}-12-31`;
  // Days before today: the changes apply from a past day (a day after today is refused).
  const daysAgo = (n: number): string => shanghaiDate(new Date(Date.now() - n * 86_400_000));

  beforeAll(async () => {
    await prepareOwnDatabase();
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    await stack.ensureUser('uad.staff', ['office_staff'], null);
  });
  afterAll(async () => {
    await stack?.stop();
    await dropOwnDatabase();
  });

  const post = async (path: string, actor: Actor, body: object) =>
    stack.http
      .post(path)
      .set(await stack.headers(actor))
      .send(body);
  // A change the office makes that must succeed: its answer, the unit after it.
  const changed = async (path: string, actor: Actor, body: object): Promise<UnitView> => {
    const res = await post(path, actor, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: path === '/api/units' ? 201 : 200,
    });
    return res.body as UnitView;
  };
  const refusal = (res: { status: number; body: { code?: unknown } }) => ({ status: res.status, code: res.body.code });
  const units = async (): Promise<UnitView[]> =>
    (await stack.http.get('/api/units').set(await stack.headers(director))).body as UnitView[];
  const noticesOf = (matterId: string) => stack.dataSource.getRepository(NotificationEntity).findBy({ matterId });
  const dispatch = (code: string, lead: string, co: string[] = []) =>
    api.dispatch(
      aMatter()
        .code(code)
        .lead(lead)
        .co(...co)
        .due(due)
        .build(),
      director,
    );

  it('adds a unit: listed at once, dispatched to, acknowledged by its account, its work closed', async () => {
    const refusedAsStaffless = await post('/api/units', unitUser('justice'), {});
    expect(refusedAsStaffless.status).toBe(403);
    const added = await changed('/api/units', staff, {
      code: 'data-bureau',
      nameZh: '区数据局',
      nameEn: 'District Data Bureau',
      dutyZh: '统筹推进数据资源知识产权保护和运用工作。',
      dutyKeywords: ['数据资源', '数据知识产权'],
      effectiveFrom: daysAgo(60),
      reason: '根据五华区机构改革方案新设',
    });
    expect(added).toMatchObject({ code: 'data-bureau', ordinal: 22, status: 'active', formerNames: [] });
    expect((await units()).map((u) => u.code)).toContain('data-bureau');
    // Its code taken, another unit by that code is refused with a stable code and changes nothing.
    const twice = await post('/api/units', staff, {
      code: 'data-bureau',
      nameZh: '区数据管理局',
      nameEn: 'Data Administration',
      dutyZh: '数据工作。',
      dutyKeywords: [],
      effectiveFrom: daysAgo(60),
      reason: '重复',
    });
    expect(refusal(twice)).toEqual({ status: 409, code: 'UNIT_CODE_TAKEN' });
    expect((await units()).filter((u) => u.code === 'data-bureau')).toHaveLength(1);
    // The lead suggestion reads the new unit's duty keywords.
    const suggest = await stack.http
      .get('/api/units/suggest-lead')
      .query({ text: '开展数据知识产权登记试点' })
      .set(await stack.headers(director));
    expect(suggest.body[0]).toMatchObject({ code: 'data-bureau', nameZh: '区数据局' });

    // The workflow takes the new unit (units-as-data-v1): dispatch, acknowledge, contribute, close.
    const dataBureau = unitUser('data-bureau', 'uad.data.leader');
    const justice = unitUser('justice', 'uad.justice.leader');
    const m = await dispatch('UAD-NEW-1', 'justice', ['data-bureau']);
    expect(m.assignments.find((a) => a.unitCode === 'data-bureau')?.unitNameZh).toBe('区数据局');
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'acknowledge', dataBureau);
    await api.ok(m.id, 'contribution', dataBureau, { text: '已梳理数据资源目录', evidence: [] });
    await api.ok(m.id, 'completion', justice, { summary: '已完成', evidence: [{ title: '总结.pdf' }] });
    const closed = await api.ok(m.id, 'verify', director, { comment: '同意销号' });
    expect(closed.status).toBe('closed');
    const told = (await noticesOf(m.id)).filter((n) => n.unitCode === 'data-bureau' && n.kind === 'assignment');
    expect(told.map((n) => n.body.split('：')[0])).toContain('区数据局');
    recordHistoryIfAsked(matterWorkflowId(m.id), 'units-as-data');
  });

  it('renames a unit: its matters and new notices carry the new name, the former one is kept with its dates', async () => {
    const statistics = unitUser('statistics', 'uad.statistics.leader');
    const before = await dispatch('UAD-REN-1', 'statistics');
    await api.ok(before.id, 'acknowledge', statistics);
    const dispatchNotice = (await noticesOf(before.id)).find((n) => n.unitCode === 'statistics');
    expect(dispatchNotice?.body).toMatch(/^区统计局：/);

    const body = {
      nameZh: '区统计和数据局',
      nameEn: 'Statistics and Data Bureau',
      effectiveFrom: daysAgo(30),
      reason: '机构改革更名',
    };
    expect((await post('/api/units/statistics/rename', statistics, body)).status).toBe(403);
    const taken = await post('/api/units/statistics/rename', staff, { ...body, nameZh: '区财政局' });
    expect(refusal(taken)).toEqual({ status: 409, code: 'UNIT_NAME_TAKEN' });
    const future = await post('/api/units/statistics/rename', staff, { ...body, effectiveFrom: `${year + 1}-01-01` });
    expect(refusal(future)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await changed('/api/units/statistics/rename', staff, body)).toMatchObject({
      code: 'statistics',
      nameZh: '区统计和数据局',
      nameSince: body.effectiveFrom,
      formerNames: [{ nameZh: '区统计局', nameEn: 'Statistics Bureau', validFrom: null, validTo: body.effectiveFrom }],
    });

    // The matter dispatched before keeps its unit (the code) under the new name; a command now tells the office
    // with the new name (the worker's directory sees the change), and the notice written before stays as written.
    const page: MatterDetail = await api.get(before.id, director);
    expect(page.assignments.map((a) => [a.unitCode, a.unitNameZh])).toEqual([['statistics', '区统计和数据局']]);
    await api.ok(before.id, 'completion', statistics, { summary: '已完成', evidence: [{ title: '报告.pdf' }] });
    const notices = await noticesOf(before.id);
    expect(notices.find((n) => n.kind === 'submitted')?.body).toMatch(/^区统计和数据局已报送/);
    expect(notices.find((n) => n.id === dispatchNotice?.id)?.body).toMatch(/^区统计局：/);
    const audit = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'unit.renamed', target: 'statistics' });
    expect(audit.actorUserId).toBe('uad.staff');
    expect(audit.detail).toMatchObject({
      capacity: 'office',
      reason: '机构改革更名',
      effectiveFrom: body.effectiveFrom,
    });

    // A paper of a past year names the unit as it was called then: last year's assessment sheet says 区统计局
    // (unless the rename took effect by its end), this year's the new name.
    const sheetName = async (y: number): Promise<string | undefined> => {
      const res = await stack.http.get(`/api/assessment/${y}`).set(await stack.headers(director));
      expect(res.status).toBe(200);
      return (res.body as AssessmentSheet).rows.find((r) => r.unitCode === 'statistics')?.nameZh;
    };
    const renamedByLastYearEnd = body.effectiveFrom <= `${year - 1}-12-31`;
    expect(await sheetName(year - 1)).toBe(renamedByLastYearEnd ? '区统计和数据局' : '区统计局');
    expect(await sheetName(year)).toBe('区统计和数据局');

    // 办结销号 with the renamed unit as a co-unit that never signed: the refusal names it as it is called now (the
    // workflow knows only the compiled names; the API names the units from the directory).
    const justice = unitUser('justice', 'uad.justice.leader');
    const withCo = await dispatch('UAD-REN-2', 'justice', ['statistics']);
    await api.ok(withCo.id, 'acknowledge', justice);
    await api.ok(withCo.id, 'completion', justice, { summary: '已完成', evidence: [{ title: '报告.pdf' }] });
    const unconfirmed = await post(`/api/matters/${withCo.id}/verify`, director, { comment: '同意销号' });
    expect(refusal(unconfirmed)).toEqual({ status: 409, code: 'VERIFY_NEEDS_CONFIRMATION' });
    expect(unconfirmed.body.message).toContain('区统计和数据局 (statistics)');
    expect(unconfirmed.body.message).not.toContain('区统计局');
    const confirmed = await api.ok(withCo.id, 'verify', director, {
      comment: '区统计和数据局未签收，其配合部分记为未完成',
      notDoneUnitCodes: ['statistics'],
    });
    expect(confirmed.status).toBe('closed');
  });

  it('merges a unit into another: refused while it has open work, then its past figures stay under it', async () => {
    const chronicles = unitUser('local-chronicles', 'uad.chronicles.leader');
    const past = await dispatch('UAD-MRG-1', 'local-chronicles');
    await api.ok(past.id, 'acknowledge', chronicles);
    await api.ok(past.id, 'completion', chronicles, { summary: '已完成', evidence: [{ title: '志书.pdf' }] });
    expect((await api.ok(past.id, 'verify', director, { comment: '同意' })).status).toBe('closed');
    const open = await dispatch('UAD-MRG-2', 'justice', ['local-chronicles']);

    const body = { intoCode: 'culture-tourism', effectiveFrom: daysAgo(3), reason: '机构改革：并入区文化和旅游局' };
    expect((await post('/api/units/local-chronicles/merge', staff, body)).status).toBe(403);
    const busy = await post('/api/units/local-chronicles/merge', director, body);
    expect(refusal(busy)).toEqual({ status: 409, code: 'UNIT_HAS_OPEN_WORK' });
    expect(busy.body.message).toContain('UAD-MRG-2');
    expect(busy.body.message).toContain('uad.chronicles.leader');
    expect((await units()).find((u) => u.code === 'local-chronicles')?.status).toBe('active');

    // The office clears the way: the open matter is cancelled, the account disabled.
    await api.ok(open.id, 'cancel', director, { reason: '机构改革，另行交办' });
    const account = await stack.ensureUser('uad.chronicles.leader', ['unit_leader'], 'local-chronicles');
    const disabled = await stack.http
      .patch(`/api/users/${account.id}`)
      .set(await stack.headers(admin))
      .send({ disabled: true });
    expect(disabled.status).toBe(200);
    expect(await changed('/api/units/local-chronicles/merge', director, body)).toMatchObject({
      status: 'merged',
      mergedInto: 'culture-tourism',
      effectiveTo: body.effectiveFrom,
    });

    // Past figures: the scorecard and the assessment sheet of the year keep the merged unit's row with its work.
    const card = (
      await stack.http
        .get('/api/supervision/scorecard')
        .query({ year })
        .set(await stack.headers(director))
    ).body as UnitScorecardView;
    const row = card.units.find((u) => u.unitCode === 'local-chronicles');
    expect(row).toMatchObject({
      nameZh: '区地方志办公室（已并入区文化和旅游局）',
      closed: 1,
      closedOnTime: 1,
      open: 0,
    });
    expect(row?.assigned).toBeGreaterThanOrEqual(1);
    const sheet = (await stack.http.get(`/api/assessment/${year}`).set(await stack.headers(director)))
      .body as AssessmentSheet;
    expect(sheet.rows.find((r) => r.unitCode === 'local-chronicles')?.nameZh).toBe(
      '区地方志办公室（已并入区文化和旅游局）',
    );
    expect((await api.get(past.id, director)).assignments[0]?.unitCode).toBe('local-chronicles');

    // No new work for it: dispatch, a new lead, an account; each refused with the stable code, naming the successor.
    const refused = await api.create(aMatter().code('UAD-MRG-3').lead('local-chronicles').due(due).build(), director);
    expect(refusal(refused)).toEqual({ status: 409, code: 'UNIT_MERGED' });
    expect(refused.body.message).toContain('culture-tourism');
    const another = await dispatch('UAD-MRG-4', 'justice', ['finance']);
    const relead = await api.command(another.id, 'reassign-lead', director, {
      toUnitCode: 'local-chronicles',
      reason: '调整',
    });
    expect(refusal(relead)).toEqual({ status: 409, code: 'UNIT_MERGED' });
    const newAccount = await post('/api/users', admin, {
      username: 'uad.chronicles.new',
      displayName: '新联络员',
      roles: ['unit_liaison'],
      unitCode: 'local-chronicles',
      password: 'Initial-Passw0rd!2026',
    });
    expect(refusal(newAccount)).toEqual({ status: 409, code: 'UNIT_MERGED' });
    const gone = await api.create(aMatter().code('UAD-MRG-5').lead('no-such-unit').due(due).build(), director);
    expect(refusal(gone)).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
    // The unit it went into takes the work.
    expect((await dispatch('UAD-MRG-6', 'culture-tourism')).leadUnitCode).toBe('culture-tourism');
  });

  it('dissolves a unit: refused while it has open work, then it takes none and its past stays under it (已撤销)', async () => {
    const park = unitUser('sci-tech-park', 'uad.park.leader');
    const past = await dispatch('UAD-DIS-1', 'sci-tech-park');
    await api.ok(past.id, 'acknowledge', park);
    await api.ok(past.id, 'completion', park, { summary: '已完成', evidence: [{ title: '总结.pdf' }] });
    expect((await api.ok(past.id, 'verify', director, { comment: '同意' })).status).toBe('closed');
    const open = await dispatch('UAD-DIS-2', 'sci-tech-park');

    const body = { effectiveFrom: daysAgo(2), reason: '机构改革：撤销园区管委会' };
    expect((await post('/api/units/sci-tech-park/dissolve', staff, body)).status).toBe(403);
    const lead = await post('/api/units/market-regulation/dissolve', director, body);
    expect(refusal(lead)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const busy = await post('/api/units/sci-tech-park/dissolve', director, body);
    expect(refusal(busy)).toEqual({ status: 409, code: 'UNIT_HAS_OPEN_WORK' });
    expect(busy.body.message).toContain('UAD-DIS-2');
    expect(busy.body.message).toContain('dissolved once none is left');
    expect((await units()).find((u) => u.code === 'sci-tech-park')?.status).toBe('active');

    await api.ok(open.id, 'cancel', director, { reason: '机构改革，另行交办' });
    const account = await stack.ensureUser('uad.park.leader', ['unit_leader'], 'sci-tech-park');
    await stack.http
      .patch(`/api/users/${account.id}`)
      .set(await stack.headers(admin))
      .send({ disabled: true })
      .expect(200);
    expect(await changed('/api/units/sci-tech-park/dissolve', director, body)).toMatchObject({
      status: 'dissolved',
      mergedInto: null,
      effectiveTo: body.effectiveFrom,
    });
    const audit = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'unit.dissolved', target: 'sci-tech-park' });
    expect(audit.actorUserId).toBe('uad.director');
    expect(audit.detail).toMatchObject({ reason: body.reason, effectiveFrom: body.effectiveFrom });

    // Its past: the year's scorecard keeps its row under its label; the closed matter still names it.
    const card = (
      await stack.http
        .get('/api/supervision/scorecard')
        .query({ year })
        .set(await stack.headers(director))
    ).body as UnitScorecardView;
    expect(card.units.find((u) => u.unitCode === 'sci-tech-park')).toMatchObject({
      nameZh: expect.stringContaining('（已撤销）'),
      closed: 1,
      open: 0,
    });
    expect((await api.get(past.id, director)).assignments[0]?.unitCode).toBe('sci-tech-park');
    // No new work, and no second dissolution.
    const refused = await api.create(aMatter().code('UAD-DIS-3').lead('sci-tech-park').due(due).build(), director);
    expect(refusal(refused)).toEqual({ status: 409, code: 'UNIT_DISSOLVED' });
    const twice = await post('/api/units/sci-tech-park/dissolve', director, body);
    expect(refusal(twice)).toEqual({ status: 409, code: 'UNIT_DISSOLVED' });
  });
});
