import { randomUUID } from 'node:crypto';

import type { UserRole } from '@app/contracts';
import { capacitiesOf, USER_ROLES } from '@app/contracts';
import { AuditLogEntity } from '@app/database';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';

import type { ApiRoute } from '../support/api-routes';
import { discoverRoutes } from '../support/api-routes';
import { productApps } from '../support/product-apps';

import { POLICIES } from '../../apps/api/src/auth/policies';

const concrete = (path: string): string => path.replace(':code', 'justice').replace(':id', randomUUID());

describe('access control', () => {
  let stack: TestStack;
  let routes: ApiRoute[];
  const tokens = new Map<UserRole, Record<string, string>>();

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    routes = discoverRoutes(stack);
    for (const role of USER_ROLES) {
      const unit = role === 'unit_leader' || role === 'unit_liaison' ? 'justice' : undefined;
      tokens.set(role, await stack.headers({ userId: `acl.${role}`, role: 'system', unitCode: unit }, [role]));
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('finds every endpoint, and every endpoint declares a policy or is public', () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    const undeclared = routes.filter((r) => !r.isPublic && (!r.policy || !(r.policy in POLICIES))).map((r) => r.name);
    expect(undeclared).toEqual([]);
    expect(
      routes
        .filter((r) => r.isPublic)
        .map((r) => r.name)
        .sort(),
    ).toEqual([
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/config',
      'GET /api/auth/oidc/start',
      'GET /health',
      'POST /api/auth/login',
      'POST /api/auth/oidc/session',
      'POST /api/auth/refresh',
    ]);
  });

  // Units as data (issue 12): the office adds and renames units, the director merges one away or dissolves it; everyone reads them.
  it("declares the units' endpoints with the office's policies", () => {
    const policyOf = (name: string) => routes.find((r) => r.name === name)?.policy;
    expect({
      list: policyOf('GET /api/units'),
      add: policyOf('POST /api/units'),
      rename: policyOf('POST /api/units/:code/rename'),
      merge: policyOf('POST /api/units/:code/merge'),
      dissolve: policyOf('POST /api/units/:code/dissolve'),
    }).toEqual({
      list: 'units.read',
      add: 'units.manage',
      rename: 'units.manage',
      merge: 'units.retire',
      dissolve: 'units.retire',
    });
    expect(POLICIES['units.manage']).toEqual(['office_director', 'office_staff']);
    expect(POLICIES['units.retire']).toEqual(['office_director']);
  });

  it('answers every endpoint × every role with 401 / 403 / allowed as the policy table says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes.filter((r) => !r.isPublic)) {
      const path = concrete(route.path);
      const send = (headers: Record<string, string>) =>
        stack.http[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path).set(headers).send({});
      const anonymous = await send({});
      if (anonymous.status !== 401) {
        mismatches.push(`${route.name} anonymous → ${anonymous.status}`);
      }
      for (const role of USER_ROLES) {
        const res = await send(tokens.get(role)!);
        const allowed = (POLICIES[route.policy!] as readonly UserRole[]).includes(role);
        const ok = allowed
          ? ![401, 403].includes(res.status) && res.status < 500
          : res.status === 403 && res.body.code === 'FORBIDDEN';
        checked++;
        if (!ok) {
          mismatches.push(`${route.name} as ${role} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(200);
  }, 120_000);

  // Several roles per person, each in its own capacity: every endpoint × every capacity of people who hold
  // several, named with X-Acting-As, answers as the policy table says for that capacity's roles alone (so the office
  // capacity of a staffer who is also a liaison may not 签收, the unit capacity may not 销号); a capacity not held is
  // 403 CAPACITY_NOT_HELD.
  it('answers every endpoint × every capacity of a person holding several as the policy table says', async () => {
    const people: { name: string; roles: UserRole[]; unitCode: string | null }[] = [
      { name: 'office-and-liaison', roles: ['office_staff', 'unit_liaison'], unitCode: 'justice' },
      { name: 'director-and-leader', roles: ['office_director', 'unit_leader'], unitCode: 'justice' },
      { name: 'convener-and-leader', roles: ['leadership', 'unit_leader'], unitCode: 'justice' },
      { name: 'director-and-admin', roles: ['office_director', 'admin'], unitCode: null },
    ];
    const mismatches: string[] = [];
    const covered = new Set<string>();
    let checked = 0;
    for (const p of people) {
      const auth = await stack.headers(
        { userId: `acl.multi.${p.name}`, role: 'system', unitCode: p.unitCode ?? undefined },
        p.roles,
      );
      const held = capacitiesOf(p.roles, p.unitCode);
      expect(held.length).toBe(2);
      for (const route of routes.filter((r) => !r.isPublic)) {
        const path = concrete(route.path);
        const send = (headers: Record<string, string>) =>
          stack.http[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path).set(headers).send({});
        for (const capacity of held) {
          const res = await send({ ...auth, 'X-Acting-As': capacity.capacity });
          const allowed = capacity.roles.some((r) => (POLICIES[route.policy!] as readonly UserRole[]).includes(r));
          const ok = allowed
            ? ![401, 403].includes(res.status) && res.status < 500
            : res.status === 403 && res.body.code === 'FORBIDDEN';
          checked++;
          covered.add(`${capacity.capacity.split(':')[0]}:${capacity.roles.join('+')}`);
          if (!ok) {
            mismatches.push(`${route.name} ${p.name} as ${capacity.capacity} → ${res.status} ${res.body.code}`);
          }
        }
        const notHeld = await send({ ...auth, 'X-Acting-As': 'unit:finance' });
        checked++;
        if (notHeld.status !== 403 || notHeld.body.code !== 'CAPACITY_NOT_HELD') {
          mismatches.push(`${route.name} ${p.name} as unit:finance → ${notHeld.status} ${notHeld.body.code}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every kind of capacity was tried: the office (staff, director), a unit (liaison, leader), leadership, admin.
    expect([...covered].sort()).toEqual([
      'admin:admin',
      'leadership:leadership',
      'office:office_director',
      'office:office_staff',
      'unit:unit_leader',
      'unit:unit_liaison',
    ]);
    expect(checked).toBeGreaterThanOrEqual(400);
  }, 240_000);

  it('keeps a unit to its own assignments: another unit neither sees nor acts on them', async () => {
    const api = new MatterApi(stack);
    const m = await api.dispatch(aMatter().lead('justice').co('finance').build(), office());
    const culture = unitUser('culture-tourism');
    const bodies: Record<string, object> = {
      acknowledge: {},
      progress: { text: 'x', percent: 1 },
      decline: { reason: 'x' },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await api.command(m.id, action, culture, body);
      expect({ action, status: res.status, code: res.body.code }).toEqual({
        action,
        status: 404,
        code: 'MATTER_NOT_FOUND',
      });
    }
    const read = await stack.http.get(`/api/matters/${m.id}`).set(await stack.headers(culture));
    expect(read.status).toBe(404);
    const list = await stack.http
      .get('/api/matters')
      .query({ pageSize: 200 })
      .set(await stack.headers(culture));
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    // The co-unit sees the matter it co-operates on, but cannot act for the lead unit.
    const finance = unitUser('finance');
    expect((await stack.http.get(`/api/matters/${m.id}`).set(await stack.headers(finance))).status).toBe(200);
    await api.ok(m.id, 'acknowledge', finance);
    const asLead = await api.command(m.id, 'completion', finance, { summary: 'x', evidence: [] });
    expect({ status: asLead.status, code: asLead.body.code }).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    // A liaison acknowledges; the completion and progress reports of a unit with a leader account are the leader's.
    const liaison = { userId: 'justice.liaison.only', role: 'unit' as const, unitCode: 'justice' };
    await stack.headers(liaison, ['unit_liaison']);
    await api.ok(m.id, 'acknowledge', liaison);
    for (const [action, body] of [
      ['completion', { summary: 'x', evidence: [] }],
      ['progress', { text: '进展', percent: 10 }],
    ] as const) {
      const byLiaison = await api.command(m.id, action, liaison, body);
      expect({ action, status: byLiaison.status, code: byLiaison.body.code }).toEqual({
        action,
        status: 403,
        code: 'LEADER_APPROVAL_REQUIRED',
      });
    }
    // The actor recorded is the token's, whatever the body says: the liaison's draft is recorded as theirs.
    await api.ok(m.id, 'draft-progress', liaison, { text: '进展', percent: 10 });
    const events = (await api.get(m.id, unitUser('justice'))).events.filter(
      (e) => e.type === 'assignment.draft_prepared',
    );
    expect(events.at(-1)).toMatchObject({
      actorUserId: 'justice.liaison.only',
      actorUnitCode: 'justice',
      actorRole: 'unit',
    });
    const smuggled = await stack.http
      .post(`/api/matters/${m.id}/progress`)
      .set(await stack.headers(liaison))
      .send({ text: 'x', percent: 1, actor: { userId: 'someone.else', role: 'office' } });
    expect({ status: smuggled.status, code: smuggled.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it("keeps a unit to its own filings: resubmitting is the filing unit's, the office only reviews", async () => {
    expect(routes.find((r) => r.name === 'POST /api/filings/:id/resubmit')?.policy).toBe('filings.file');
    const justice = unitUser('justice', 'acl.filings.justice');
    const culture = unitUser('culture-tourism', 'acl.filings.culture');
    const filed = await stack.http
      .post('/api/filings')
      .set(await stack.headers(justice))
      .send({ kind: 'major_matter', title: '重大事项', content: '内容', category: '行政执法', eventDate: '2026-05-01' })
      .expect(201);
    const id = filed.body.id as string;
    await stack.http
      .post(`/api/filings/${id}/return`)
      .set(tokens.get('office_staff')!)
      .send({ comment: '请补充' })
      .expect(200);
    const byOtherUnit = await stack.http
      .post(`/api/filings/${id}/resubmit`)
      .set(await stack.headers(culture))
      .send({ content: '改' });
    expect({ status: byOtherUnit.status, code: byOtherUnit.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    for (const role of ['office_director', 'office_staff', 'leadership', 'admin'] as const) {
      const res = await stack.http.post(`/api/filings/${id}/resubmit`).set(tokens.get(role)!).send({ content: '改' });
      expect({ role, status: res.status }).toEqual({ role, status: 403 });
    }
    const byLiaison = await stack.http
      .post(`/api/filings/${id}/resubmit`)
      .set(tokens.get('unit_liaison')!)
      .send({ content: '已补充' })
      .expect(200);
    expect(byLiaison.body).toMatchObject({ status: 'submitted', content: '已补充', filedBy: justice.userId });
  });

  it("declares the conference polish endpoints' policies, and lets only the office correct a held meeting's record", async () => {
    const policyOf = (name: string) => routes.find((r) => r.name === name)?.policy;
    expect(policyOf('PATCH /api/meetings/:id/record')).toBe('meetings.write');
    expect(policyOf('GET /api/campaigns/summary')).toBe('campaigns.read');
    const created = await stack.http
      .post('/api/meetings')
      .set(tokens.get('office_staff')!)
      .send({ kind: 'liaison', title: 'acl 更正纪要', heldOn: '2026-06-01', chair: '办公室主任' })
      .expect(201);
    const id = created.body.id as string;
    await stack.http
      .post(`/api/meetings/${id}/hold`)
      .set(tokens.get('office_staff')!)
      .send({ minutes: '纪要', attendance: [{ person: '王晓明' }], matters: [] })
      .expect(201);
    for (const role of USER_ROLES) {
      const res = await stack.http
        .patch(`/api/meetings/${id}/record`)
        .set(tokens.get(role)!)
        .send({ minutes: `纪要（${role} 更正）`, reason: '更正' });
      const allowed = role === 'office_director' || role === 'office_staff';
      expect({ role, status: res.status }).toEqual({ role, status: allowed ? 200 : 403 });
    }
    const read = await stack.http.get(`/api/meetings/${id}`).set(tokens.get('unit_liaison')!).expect(200);
    expect(read.body.minutes).toBe('纪要（office_staff 更正）');
  });

  it('records permission refusals in the audit log', async () => {
    await stack.http.get('/api/users').set(tokens.get('office_staff')!).expect(403);
    const rows = await stack.dataSource.getRepository(AuditLogEntity).find({
      where: { action: 'permission.refused', actorUserId: 'acl.office_staff' },
    });
    expect(rows.some((r) => r.target === 'GET /api/users')).toBe(true);
  });

  it('sends security headers', async () => {
    const res = await stack.http.get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses an oversized body with a clear 4xx', async () => {
    const res = await stack.http
      .post('/api/meetings')
      .set(tokens.get('office_director')!)
      .send({ kind: 'plenary', title: 'x', heldOn: '2026-01-01', chair: 'x', notes: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
