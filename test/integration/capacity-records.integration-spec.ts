import type { Actor, MatterDetail, UserRole } from '@app/contracts';
import { MatterEventEntity } from '@app/database';
import { aMatter, MatterApi, TestStack } from '@app/testing';

import { productApps } from '../support/product-apps';

// Issue 12, capacities: the convener's ad-hoc meeting is checked against the roles of the capacity the request
// acts in (not every role the person holds), and matter_events keeps, for each event, the roles within the
// capacity the person acted in, as the workflow's events do. On the real Temporal server and MySQL, via HTTP.

const MR = 'market-regulation';
const run = Date.now().toString(36);

interface Person {
  actor: Actor;
  roles: UserRole[];
}
const person = (name: string, roles: UserRole[], unitCode?: string): Person => ({
  actor: { userId: `caprec.${name}.${run}`, role: 'system', unitCode, displayName: name },
  roles,
});
// A staffer of the office who is also a deputy convener; the office's director; the bureau's liaison-and-staffer.
const STAFF_DEPUTY = person('staff-deputy', ['office_staff', 'leadership']);
const DIRECTOR = person('director', ['office_director']);
const ZHANG = person('zhang', ['office_staff', 'unit_liaison'], MR);
const MR_LEADER = person('mr-leader', ['unit_leader'], MR);

describe('capacities on the record', () => {
  let stack: TestStack;
  let api: MatterApi;

  const headers = async (p: Person, capacity?: string): Promise<Record<string, string>> => ({
    ...(await stack.headers(p.actor, p.roles)),
    ...(capacity ? { 'X-Acting-As': capacity } : {}),
  });
  const meeting = (title: string) => ({ title, heldOn: '2049-03-02', chair: '召集人' });
  const ok = async (p: Person, id: string, path: string, body: object, capacity?: string): Promise<MatterDetail> => {
    const res = await stack.http
      .post(`/api/matters/${id}/${path}`)
      .set(await headers(p, capacity))
      .send(body);
    if (res.status !== 200) {
      throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return (res.body as { matter: MatterDetail }).matter;
  };

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("calls an ad-hoc meeting on the capacity's roles: the convener's as leadership, never as office staff", async () => {
    // Acting for the office, the staffer's leadership role does not count: an ad-hoc meeting is not theirs to plan.
    const asOffice = await stack.http
      .post('/api/meetings')
      .set(await headers(STAFF_DEPUTY, 'office'))
      .send({ ...meeting('临时全体会议（办公室）'), kind: 'ad_hoc' });
    expect({ status: asOffice.status, code: asOffice.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    // Nor may the office capacity convene; the leadership capacity may.
    const conveneAsOffice = await stack.http
      .post('/api/meetings/ad-hoc')
      .set(await headers(STAFF_DEPUTY, 'office'))
      .send(meeting('临时会议（办公室名义）'));
    expect({ status: conveneAsOffice.status, code: conveneAsOffice.body.code }).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const asLeader = await stack.http
      .post('/api/meetings/ad-hoc')
      .set(await headers(STAFF_DEPUTY, 'leadership'))
      .send(meeting('临时会议（召集人）'));
    expect(asLeader.status).toBe(201);
    expect(asLeader.body).toMatchObject({ kind: 'ad_hoc' });
    // The office director plans one on the convener's behalf, in the office's capacity.
    const byDirector = await stack.http
      .post('/api/meetings')
      .set(await headers(DIRECTOR))
      .send({ ...meeting('临时会议（代召集人）'), kind: 'ad_hoc' });
    expect(byDirector.status).toBe(201);
    // A plenary is the office's to plan whatever else the staffer holds.
    const plenary = await stack.http
      .post('/api/meetings')
      .set(await headers(STAFF_DEPUTY, 'office'))
      .send({ ...meeting('全体会议'), kind: 'plenary' });
    expect(plenary.status).toBe(201);
  });

  it('records on every matter event the capacity and the roles within it, and returns them on reads', async () => {
    const m = await api.dispatch(aMatter().lead(MR).due('2027-06-30').build(), {
      ...DIRECTOR.actor,
      role: 'office',
    });
    await ok(ZHANG, m.id, 'acknowledge', {}, `unit:${MR}`);
    // The liaison drafts the progress report; the unit's leader signs it to the office (progress-draft-v1). The
    // leader's account is made first: whether the liaison drafts or reports depends on the unit having one.
    await headers(MR_LEADER);
    await ok(ZHANG, m.id, 'draft-progress', { text: '已部署', percent: 40 }, `unit:${MR}`);
    await ok(MR_LEADER, m.id, 'approve-draft', {});
    await ok(MR_LEADER, m.id, 'submit-completion', { summary: '已办结', evidence: [] });
    const closed = await ok(DIRECTOR, m.id, 'verify', { comment: '同意销号' });
    expect(closed.status).toBe('closed');

    const expected: Record<string, { actorCapacity: string; actorCapacityRoles: string[] }> = {
      'matter.dispatched': { actorCapacity: 'office', actorCapacityRoles: ['office_director'] },
      'assignment.acknowledged': { actorCapacity: `unit:${MR}`, actorCapacityRoles: ['unit_liaison'] },
      'assignment.progress_reported': { actorCapacity: `unit:${MR}`, actorCapacityRoles: ['unit_leader'] },
      'matter.completion_submitted': { actorCapacity: `unit:${MR}`, actorCapacityRoles: ['unit_leader'] },
      'matter.closed': { actorCapacity: 'office', actorCapacityRoles: ['office_director'] },
    };
    const events = (await api.get(m.id, DIRECTOR.actor)).events.filter((e) => e.contestId === undefined);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(Object.keys(expected)));
    // Every event, the workflow's derived ones too (a clock paused on submission), names who acted in which
    // capacity with that capacity's roles: the system acts with none.
    const rolesOf: Record<string, { actorCapacity: string; actorCapacityRoles: string[] }> = {
      [DIRECTOR.actor.userId]: { actorCapacity: 'office', actorCapacityRoles: ['office_director'] },
      [ZHANG.actor.userId]: { actorCapacity: `unit:${MR}`, actorCapacityRoles: ['unit_liaison'] },
      [MR_LEADER.actor.userId]: { actorCapacity: `unit:${MR}`, actorCapacityRoles: ['unit_leader'] },
      system: { actorCapacity: 'system', actorCapacityRoles: [] },
    };
    for (const e of events) {
      const want = expected[e.type] ?? rolesOf[e.actorUserId];
      expect({ type: e.type, actorCapacity: e.actorCapacity, actorCapacityRoles: e.actorCapacityRoles }).toEqual({
        type: e.type,
        ...want,
      });
    }
    // As stored: the column, not a value the read derives.
    const rows = await stack.dataSource.getRepository(MatterEventEntity).findBy({ matterId: m.id });
    expect(rows.find((r) => r.type === 'assignment.acknowledged')?.actorCapacityRoles).toEqual(['unit_liaison']);
    expect(rows.find((r) => r.type === 'matter.closed')?.actorCapacityRoles).toEqual(['office_director']);
  });
});
