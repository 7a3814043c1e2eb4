import type { Actor, MatterDetail } from '@app/contracts';
import type { UserEntity } from '@app/database';
import { AuditLogEntity, NotificationEntity, UserRepository } from '@app/database';
import { shanghaiDate } from '@app/domain';
import { aMatter, eventually, MatterApi, office, TestStack } from '@app/testing';
import { In } from 'typeorm';

import { productApps } from '../support/product-apps';

// Issue 12: the roster (负责同志, 分管领导, 联络员; 召集人, 副召集人). A unit files its own change (报备), the office
// records it (备案) or refuses it with a reason, and a recorded change that names an account moves the unit's
// notices to that person (and the unit's liaison role with them). Phone numbers are the office's and the unit's
// own. On the real Temporal server and MySQL, through HTTP. The unit is one no other test file dispatches to.

const GOV = 'government-office';
const TAG = Date.now().toString(36);
const DUE = '2027-06-30';
const today = shanghaiDate(new Date());

describe('the roster routes a unit’s notices', () => {
  let stack: TestStack;
  let api: MatterApi;
  const staff = office(`roster.office.${TAG}`);
  const oldLiaison: Actor = { userId: `roster.old.${TAG}`, role: 'unit', unitCode: GOV, displayName: '老联络员' };
  const newLiaison: Actor = { userId: `roster.new.${TAG}`, role: 'unit', unitCode: GOV, displayName: '新联络员' };
  const otherUnit: Actor = { userId: `roster.justice.${TAG}`, role: 'unit', unitCode: 'justice' };
  const convener: Actor = { userId: `roster.convener.${TAG}`, role: 'leadership' };
  let oldUser: UserEntity;
  let newUser: UserEntity;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    oldUser = await stack.ensureUser(oldLiaison.userId, ['unit_liaison'], GOV, '老联络员');
    // The new liaison's account holds no role yet and sits in no unit: the recorded change gives it both.
    newUser = await stack.ensureUser(newLiaison.userId, [], null, '新联络员');
  });
  afterAll(async () => {
    // Leave the unit as other files expect it: no seat naming an account, its notices to its role holders.
    if (stack) {
      await stack.http
        .post(`/api/units/${GOV}/roster`)
        .set(await stack.headers(staff))
        .send({
          kind: 'liaison_officer',
          personName: '（空缺）',
          effectiveFrom: today,
          vacates: true,
          reason: '测试结束',
        });
    }
    await stack?.stop();
  });

  const roster = async (actor: Actor, capacity?: string) =>
    stack.http
      .get(`/api/units/${GOV}/roster`)
      .set({ ...(await stack.headers(actor)), ...(capacity ? { 'X-Acting-As': capacity } : {}) });
  const file = async (actor: Actor, body: object) =>
    stack.http
      .post(`/api/units/${GOV}/roster`)
      .set(await stack.headers(actor))
      .send(body);
  const decide = async (actor: Actor, id: string, body: object) =>
    stack.http
      .post(`/api/units/${GOV}/roster/${id}/decision`)
      .set(await stack.headers(actor))
      .send(body);
  const dispatch = (): Promise<MatterDetail> => api.dispatch(aMatter().lead(GOV).due(DUE).build(), staff);
  // Who of the two liaisons got the matter's dispatch notice (once the worker has written the unit's).
  const toldOf = async (m: MatterDetail): Promise<string[]> => {
    const rows = await eventually(
      () => stack.dataSource.getRepository(NotificationEntity).findBy({ matterId: m.id }),
      (r) => r.some((n) => n.recipientKey === `unit:${GOV}`),
    );
    const ids = new Set(rows.map((n) => n.userId));
    return [oldUser, newUser].filter((u) => ids.has(u.id)).map((u) => u.username);
  };
  const codeOf = (res: { status: number; body: { code?: string } }) => ({ status: res.status, code: res.body.code });

  it('moves the unit’s notices to the new liaison once the office records the unit’s filing, not before', async () => {
    // The office records the present liaison with the account.
    const first = await file(staff, {
      kind: 'liaison_officer',
      personName: '老联络员',
      phone: '0871-63210001',
      userId: oldUser.id,
      effectiveFrom: '2026-01-01',
      reason: '首次备案',
    });
    expect(first.status).toBe(201);
    expect(first.body.liaisonOfficer).toMatchObject({ personName: '老联络员', status: 'recorded', userId: oldUser.id });
    expect(await toldOf(await dispatch())).toEqual([oldLiaison.userId]);

    // The unit files (报备) the change itself: it awaits the office and changes nothing yet.
    const filed = await file(oldLiaison, {
      kind: 'liaison_officer',
      personName: '新联络员',
      title: '综合科科长',
      phone: '0871-63210002',
      userId: newUser.id,
      effectiveFrom: today,
      reason: '原联络员工作调动',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.liaisonOfficer).toMatchObject({ personName: '老联络员' });
    expect(filed.body.pending).toHaveLength(1);
    const change = filed.body.pending[0] as { id: string; status: string; filedBy: string };
    expect(change).toMatchObject({ status: 'filed', filedBy: oldLiaison.userId });
    expect(await toldOf(await dispatch())).toEqual([oldLiaison.userId]);

    // The unit may not record its own filing; the office may not record it twice.
    expect(codeOf(await decide(oldLiaison, change.id, { decision: 'record' }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const recorded = await decide(staff, change.id, { decision: 'record' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.liaisonOfficer).toMatchObject({
      personName: '新联络员',
      userId: newUser.id,
      status: 'recorded',
      decidedBy: staff.userId,
    });
    expect(recorded.body.pending).toEqual([]);
    expect(codeOf(await decide(staff, change.id, { decision: 'refuse', reason: '重复' }))).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    });

    // The named account now holds the unit's liaison role; the replaced one no longer does. Audited.
    const users = stack.api.get(UserRepository);
    expect(await users.findById(newUser.id)).toMatchObject({ unitCode: GOV, roles: ['unit_liaison'] });
    expect((await users.findById(oldUser.id))?.roles).not.toContain('unit_liaison');
    const audits = await stack.dataSource.getRepository(AuditLogEntity).findBy({
      target: GOV,
      action: In(['roster.filed', 'roster.recorded', 'roster.role_grant', 'roster.role_revoke']),
    });
    const mine = audits.filter(
      (a) => JSON.stringify(a.detail).includes(change.id) || a.actorUserId === oldLiaison.userId,
    );
    expect(mine.map((a) => a.action).sort()).toEqual([
      'roster.filed',
      'roster.recorded',
      'roster.role_grant',
      'roster.role_revoke',
    ]);

    // A notice after the change goes to the new liaison, not the old; and the new liaison acts for the unit.
    const after = await dispatch();
    expect(await toldOf(after)).toEqual([newLiaison.userId]);
    const acked = await api.command(after.id, 'acknowledge', newLiaison);
    expect(acked.status).toBe(200);
  });

  it('refuses a filing only with a reason, and a refused filing takes no seat', async () => {
    const filed = await file(newLiaison, {
      kind: 'supervising_leader',
      personName: '分管副主任',
      effectiveFrom: today,
      reason: '分管领导调整',
    });
    expect(filed.status).toBe(201);
    const id = (filed.body.pending as { id: string; kind: string }[]).find((p) => p.kind === 'supervising_leader')!.id;
    expect(codeOf(await decide(staff, id, { decision: 'refuse' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const refused = await decide(staff, id, { decision: 'refuse', reason: '请附任职文件' });
    expect(refused.status).toBe(201);
    expect(refused.body.supervisingLeader).toBeNull();
    expect((refused.body.history as { id: string }[]).find((h) => h.id === id)).toMatchObject({
      status: 'refused',
      decisionReason: '请附任职文件',
    });
    // Another unit files nothing on this one's roster; the conference's seats are not a unit's.
    expect(
      codeOf(await file(otherUnit, { kind: 'liaison_officer', personName: 'x', effectiveFrom: today, reason: 'x' })),
    ).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(codeOf(await file(staff, { kind: 'convener', personName: 'x', effectiveFrom: today, reason: 'x' }))).toEqual(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
      },
    );
  });

  it('shows phone numbers to the office and to the unit itself only', async () => {
    const phoneOf = async (actor: Actor) => {
      const res = await roster(actor);
      expect(res.status).toBe(200);
      return (res.body as { liaisonOfficer: { phone: string | null } }).liaisonOfficer.phone;
    };
    expect(await phoneOf(staff)).toBe('0871-63210002');
    expect(await phoneOf(newLiaison)).toBe('0871-63210002');
    expect(await phoneOf(otherUnit)).toBeNull();
    expect(await phoneOf(convener)).toBeNull();
    const history = (await roster(otherUnit)).body.history as { phone: string | null }[];
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => h.phone === null)).toBe(true);

    // The conference's own roster: the office records the convener; only the office sees the phone.
    const conf = await stack.http
      .post('/api/roster/conference')
      .set(await stack.headers(staff))
      .send({
        kind: 'deputy_convener',
        personName: `副召集人${TAG}`,
        phone: '0871-63219999',
        effectiveFrom: today,
        reason: '任命',
      });
    expect(conf.status).toBe(201);
    const deputy = (body: { deputyConveners: { personName: string; phone: string | null }[] }) =>
      body.deputyConveners.find((d) => d.personName === `副召集人${TAG}`);
    expect(deputy(conf.body)).toMatchObject({ phone: '0871-63219999', status: 'recorded' });
    const seen = await stack.http.get('/api/roster/conference').set(await stack.headers(convener));
    expect(seen.status).toBe(200);
    expect(deputy(seen.body)).toMatchObject({ phone: null });
    // The office's queue of filings awaiting 备案 is the office's.
    expect((await stack.http.get('/api/roster/pending').set(await stack.headers(staff))).status).toBe(200);
    expect(codeOf(await stack.http.get('/api/roster/pending').set(await stack.headers(newLiaison)))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });
});
