import { defined } from '@app/domain';
import { AuditLogEntity } from '@app/database';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// The office's working-day calendar: coverage, hand-entered State Council years, local adjustments, previews.
// The run shares one database with the other files, so the adjustments here sit in March 2027 (far from any
// other test's deadline) and are revoked again.
describe('working-day calendar', () => {
  let stack: TestStack;
  let director: Record<string, string>;
  let admin: Record<string, string>;
  let justice: Record<string, string>;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    director = await stack.headers(office());
    admin = await stack.headers({ userId: 'cal.admin', role: 'admin' }, ['admin']);
    justice = await stack.headers(unitUser('justice', 'cal.justice'));
    // One open matter, so every change has a deadline to recompute.
    await new MatterApi(stack).dispatch(aMatter().build(), office());
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const get = (path: string, query: Record<string, string | number> = {}, headers = director) =>
    stack.http.get(`/api/calendar/${path}`).query(query).set(headers);
  const post = (path: string, body: object, headers = director) =>
    stack.http.post(`/api/calendar/${path}`).set(headers).send(body);
  const put = (path: string, body: object, headers = director) =>
    stack.http.put(`/api/calendar/${path}`).set(headers).send(body);
  const refusal = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });
  const preview = async (from: string, days: number, unit?: string) =>
    (await get('working-days', unit ? { from, days, unit } : { from, days }).expect(200)).body;
  const day = async (date: string, unit?: string) =>
    (await get('days', unit ? { from: date, to: date, unit } : { from: date, to: date }).expect(200)).body[0];

  const schedule2027 = {
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
      ...['06', '07', '08', '09', '10', '11', '12'].map((d) => ({ date: `2027-02-${d}`, name: '春节' })),
    ],
    makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
    documentNumber: '国办发明电〔2026〕7号',
  };

  it('covers 2026 from the package and leaves 2027 provisional until it is entered', async () => {
    const res = await get('coverage').expect(200);
    expect(res.body.years).toContainEqual({ year: 2026, source: 'package', documentNumber: null });
    expect(res.body.years.map((y: { year: number }) => y.year)).not.toContain(2027);
    expect(res.body.provisionalYears).toContain(2027);
    expect(await preview('2026-12-31', 1)).toEqual({
      from: '2026-12-31',
      days: 1,
      unitCode: null,
      date: '2027-01-01',
      provisional: true,
    });
    expect(await day('2027-01-01')).toMatchObject({ working: true, kind: 'workday', provisional: true, name: null });
  });

  it("refuses a contradictory or malformed year, and a unit's attempt to enter one", async () => {
    const weekdayMakeup = { ...schedule2027, makeupWorkdays: [{ date: '2027-02-22', name: '春节' }] };
    expect(refusal(await put('years/2027', weekdayMakeup))).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    const wrongYear = { ...schedule2027, holidays: [{ date: '2026-12-31', name: '元旦' }] };
    expect(refusal(await put('years/2027', wrongYear))).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    expect(refusal(await put('years/2027', { ...schedule2027, holidays: [] }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    const badDate = { ...schedule2027, holidays: [{ date: '2027-02-30', name: '春节' }] };
    expect(refusal(await put('years/2027', badDate))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refusal(await put('years/next', schedule2027))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refusal(await put('years/2027', schedule2027, justice))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await get('years').expect(200)).body).toEqual([]);
  });

  it("enters 2027's State Council schedule by hand: covered, and previews move past New Year", async () => {
    const res = await put('years/2027', schedule2027, admin).expect(200);
    expect(res.body.year).toMatchObject({
      year: 2027,
      enteredBy: 'cal.admin',
      documentNumber: '国办发明电〔2026〕7号',
    });
    expect(res.body.recomputedMatters).toBeGreaterThanOrEqual(1);

    const coverage = (await get('coverage', {}, justice).expect(200)).body;
    expect(coverage.years).toContainEqual({ year: 2027, source: 'manual', documentNumber: '国办发明电〔2026〕7号' });
    expect(coverage.provisionalYears).not.toContain(2027);
    expect(await preview('2026-12-31', 1)).toMatchObject({ date: '2027-01-04', provisional: false });
    expect(await day('2027-01-01')).toMatchObject({
      working: false,
      kind: 'holiday',
      name: '元旦',
      provisional: false,
    });
    expect(await day('2027-02-20')).toMatchObject({ working: true, kind: 'makeup_workday', name: '春节' });
    expect((await get('years').expect(200)).body.map((y: { year: number }) => y.year)).toEqual([2027]);
  });

  let districtOff: string;
  let justiceWorking: string;

  it('applies a district day off to everyone and a unit working day to that unit only', async () => {
    // 2027-03-10 is a Wednesday, 2027-03-13 a Saturday.
    expect(await preview('2027-03-09', 1)).toMatchObject({ date: '2027-03-10' });
    const off = await post('adjustments', {
      date: '2027-03-10',
      kind: 'off',
      reason: '台风红色预警，全区停止办公一天',
      documentNumber: '五政办通〔2027〕12号',
    }).expect(201);
    expect(off.body.adjustment).toMatchObject({ date: '2027-03-10', kind: 'off', unitCode: null, revokedAt: null });
    expect(off.body.recomputedMatters).toBeGreaterThanOrEqual(1);
    districtOff = off.body.adjustment.id;

    const working = await post(
      'adjustments',
      { date: '2027-03-13', kind: 'working', unitCode: 'justice', reason: '集中办理知识产权案件' },
      admin,
    ).expect(201);
    expect(working.body.recomputedMatters).toBeGreaterThanOrEqual(1);
    justiceWorking = working.body.adjustment.id;

    expect(await day('2027-03-10')).toMatchObject({
      working: false,
      kind: 'workday',
      adjustment: { id: districtOff, reason: '台风红色预警，全区停止办公一天', documentNumber: '五政办通〔2027〕12号' },
    });
    expect((await day('2027-03-10', 'justice')).working).toBe(false);
    expect(await day('2027-03-13', 'justice')).toMatchObject({
      working: true,
      kind: 'weekend',
      adjustment: { id: justiceWorking, unitCode: 'justice' },
    });
    expect(await day('2027-03-13')).toMatchObject({ working: false, kind: 'weekend' });
    expect((await day('2027-03-13')).adjustment).toBeUndefined();
    expect(await day('2027-03-13', 'finance')).toMatchObject({ working: false });

    expect(await preview('2027-03-09', 1)).toMatchObject({ date: '2027-03-11', provisional: false });
    expect(await preview('2027-03-12', 1, 'justice')).toMatchObject({ date: '2027-03-13', unitCode: 'justice' });
    expect(await preview('2027-03-12', 1)).toMatchObject({ date: '2027-03-15' });

    const week = (await get('days', { from: '2027-03-08', to: '2027-03-14', unit: 'justice' }).expect(200)).body;
    expect(week.map((d: { working: boolean }) => d.working)).toEqual([true, true, false, true, true, true, false]);
    const listed = (await get('adjustments', {}, justice).expect(200)).body.map((a: { id: string }) => a.id);
    expect(listed).toEqual(expect.arrayContaining([districtOff, justiceWorking]));
  });

  it('refuses duplicates, no-ops, unknown units and malformed input with clear 4xx codes', async () => {
    const body = { date: '2027-03-10', kind: 'off', reason: '重复录入' };
    expect(refusal(await post('adjustments', body))).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    expect(refusal(await post('adjustments', { ...body, kind: 'working' }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    // A Sunday off changes nothing.
    expect(refusal(await post('adjustments', { ...body, date: '2027-03-14' }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    expect(refusal(await post('adjustments', { ...body, date: '2027-02-30' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await post('adjustments', { ...body, kind: 'holiday' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await post('adjustments', { ...body, reason: '' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await post('adjustments', { ...body, scope: 'district' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await post('adjustments', { ...body, unitCode: 'nowhere' }))).toEqual({
      status: 404,
      code: 'UNIT_NOT_FOUND',
    });
    expect(refusal(await get('days', { from: '2027-03-01', to: '2028-03-01' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await get('days', { from: '2027-03-10', to: '2027-03-01' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await get('days', { from: '2027-3-1', to: '2027-03-10' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await get('days', { from: '2027-03-01', to: '2027-03-10', unit: 'nowhere' }))).toEqual({
      status: 404,
      code: 'UNIT_NOT_FOUND',
    });
    expect(refusal(await get('working-days', { from: '2027-03-01', days: -1 }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await get('working-days', { from: '2027-03-01' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    // A full year may be asked for in one go.
    expect((await get('days', { from: '2027-01-01', to: '2027-12-31' }).expect(200)).body).toHaveLength(365);
  });

  it('lets a unit read the calendar but not change it', async () => {
    await get('coverage', {}, justice).expect(200);
    expect(refusal(await post('adjustments', { date: '2027-03-11', kind: 'off', reason: 'x' }, justice))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(refusal(await post(`adjustments/${districtOff}/revoke`, { reason: 'x' }, justice))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('revokes an adjustment, keeping it on record, and the day is restored', async () => {
    const res = await post(`adjustments/${districtOff}/revoke`, { reason: '预警已解除，恢复正常办公' }).expect(200);
    expect(res.body.adjustment).toMatchObject({ id: districtOff, revokedBy: 'office.staff' });
    expect(res.body.adjustment.revokedAt).toEqual(expect.any(String));
    expect(res.body.recomputedMatters).toBeGreaterThanOrEqual(1);
    expect(await day('2027-03-10')).toMatchObject({ working: true, kind: 'workday' });
    expect((await day('2027-03-10')).adjustment).toBeUndefined();
    expect(await preview('2027-03-09', 1)).toMatchObject({ date: '2027-03-10' });
    const listed = (await get('adjustments').expect(200)).body.map((a: { id: string }) => a.id);
    expect(listed).not.toContain(districtOff);

    expect(refusal(await post(`adjustments/${districtOff}/revoke`, { reason: '再次撤销' }))).toEqual({
      status: 422,
      code: 'INVALID_COMMAND',
    });
    expect(refusal(await post('adjustments/0d6c1f6e-7b1a-4f9e-9a51-2b8f3c4d5e6f/revoke', { reason: 'x' }))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(refusal(await post('adjustments/not-a-uuid/revoke', { reason: 'x' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await post(`adjustments/${justiceWorking}/revoke`, {}))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });

    // Once revoked, the same day may be adjusted again.
    const again = await post('adjustments', { date: '2027-03-10', kind: 'off', reason: '再次停止办公' }).expect(201);
    await post(`adjustments/${again.body.adjustment.id as string}/revoke`, { reason: '撤销' }).expect(200);
    await post(`adjustments/${justiceWorking}/revoke`, { reason: '案件已办结' }, admin).expect(200);
    expect(await preview('2027-03-12', 1, 'justice')).toMatchObject({ date: '2027-03-15' });
  });

  it('documents every calendar endpoint with a summary and every body field with an example', async () => {
    const doc = (await stack.http.get('/api/docs-json').expect(200)).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>)
      .filter(([p]) => p.startsWith('/api/calendar'))
      .flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => `${m.toUpperCase()} ${p} ${typeof op.summary}`));
    expect(routes.sort()).toEqual([
      'GET /api/calendar/adjustments string',
      'GET /api/calendar/coverage string',
      'GET /api/calendar/days string',
      'GET /api/calendar/working-days string',
      'GET /api/calendar/years string',
      'POST /api/calendar/adjustments string',
      'POST /api/calendar/adjustments/{id}/revoke string',
      'PUT /api/calendar/years/{year} string',
    ]);
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, { example?: unknown }> }>;
    const missing = ['CreateAdjustmentDto', 'RevokeAdjustmentDto', 'EnterYearDto', 'NamedDateDto'].flatMap((name) =>
      Object.entries(defined(schemas[name], `schema ${name}`).properties)
        .filter(([, prop]) => prop.example === undefined)
        .map(([field]) => `${name}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('audits every change with who made it', async () => {
    const audit = stack.dataSource.getRepository(AuditLogEntity);
    const rows = await audit.find({
      where: [
        { action: 'calendar.adjusted' },
        { action: 'calendar.adjustment_revoked' },
        { action: 'calendar.year_entered' },
      ],
    });
    const summary = rows.map((r) => `${r.action} ${r.actorUserId} ${r.target}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'calendar.year_entered cal.admin 2027',
        'calendar.adjusted office.staff 2027-03-10 district',
        'calendar.adjusted cal.admin 2027-03-13 justice',
        'calendar.adjustment_revoked office.staff 2027-03-10 district',
        'calendar.adjustment_revoked cal.admin 2027-03-13 justice',
      ]),
    );
    // Other test files share the database (and may adjust other dates): count this test's dates only.
    expect(rows.filter((r) => r.action === 'calendar.adjusted' && r.target?.startsWith('2027-03'))).toHaveLength(3);
    expect(
      rows.find((r) => r.action === 'calendar.adjustment_revoked' && r.target === '2027-03-10 district')?.detail,
    ).toMatchObject({ id: districtOff, reason: '预警已解除，恢复正常办公' });
  });
});
