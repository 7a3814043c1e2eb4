import type { Actor, MatterDetail, MatterEventView, UserRole } from '@app/contracts';
import { aMatter, MatterApi, TestStack } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';
import type { Response } from 'supertest';

import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// Issue 12: several roles per person, each in its own capacity. The office's staffer who is also the liaison of
// 区市场监督管理局 acts for the bureau on its assignments and for the office on other units' matters, names the
// capacity with X-Acting-As (or lets the route decide when only one of theirs may call it), is recorded in it,
// and may not verify what they acted on for the lead unit nor decide their own unit's request.

const MR = 'market-regulation';
const JUSTICE = 'justice';
const run = Date.now().toString(36);
const DUE = '2027-06-30';

interface Person {
  actor: Actor;
  roles: UserRole[];
}
const person = (name: string, roles: UserRole[], unitCode?: string): Person => ({
  actor: { userId: `cap.${name}.${run}`, role: 'system', unitCode, displayName: name },
  roles,
});
const ZHANG = person('zhang', ['office_staff', 'unit_liaison'], MR);
const DIRECTOR = person('director', ['office_director']);
const MR_LEADER = person('mr-leader', ['unit_leader'], MR);
const JUSTICE_LEADER = person('justice-leader', ['unit_leader'], JUSTICE);
const DEPUTY = person('deputy', ['leadership', 'unit_leader'], JUSTICE);

describe('capacities (several roles per person)', () => {
  let stack: TestStack;
  let api: MatterApi;

  const headers = async (p: Person, capacity?: string): Promise<Record<string, string>> => ({
    ...(await stack.headers(p.actor, p.roles)),
    ...(capacity ? { 'X-Acting-As': capacity } : {}),
  });
  const send = async (p: Person, id: string, path: string, body: object, capacity?: string): Promise<Response> =>
    stack.http
      .post(`/api/matters/${id}/${path}`)
      .set(await headers(p, capacity))
      .send(body);
  const ok = async (p: Person, id: string, path: string, body: object, capacity?: string): Promise<MatterDetail> => {
    const res = await send(p, id, path, body, capacity);
    if (res.status !== 200) {
      throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return (res.body as { matter: MatterDetail }).matter;
  };
  const read = async (p: Person, id: string, capacity?: string): Promise<Response> =>
    stack.http.get(`/api/matters/${id}`).set(await headers(p, capacity));
  const dispatch = (lead: string, co: string[] = []): Promise<MatterDetail> =>
    api.dispatch(
      aMatter()
        .lead(lead)
        .co(...co)
        .due(DUE)
        .build(),
      { userId: 'cap.office', role: 'office' },
    );
  const lastOf = (m: MatterDetail, type: string): MatterEventView | undefined =>
    m.events.filter((e) => e.type === type).at(-1);
  const refusal = (res: Response) => ({ status: res.status, code: (res.body as { code?: string }).code });

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("acknowledges and reports for the unit, verifies another unit's matter, and is refused verifying its own", async () => {
    const own = await dispatch(MR, [JUSTICE]);
    const other = await dispatch(JUSTICE, [MR]);

    // 签收 and 进展 for the bureau, in the bureau's capacity. The bureau has a leader account (made first: other
    // files may make one in this shared database, and the progress report follows it), so the liaison drafts the
    // progress report for the leader (progress-draft-v1).
    await headers(MR_LEADER);
    const acked = await ok(ZHANG, own.id, 'acknowledge', {}, `unit:${MR}`);
    const reported = await ok(ZHANG, own.id, 'draft-progress', { text: '已部署', percent: 30 }, `unit:${MR}`);
    // Without the header, a route only one of the person's capacities may call acts in it: 签收 is a unit's.
    const coAcked = await ok(ZHANG, other.id, 'acknowledge', {});
    for (const [m, type] of [
      [acked, 'assignment.acknowledged'],
      [reported, 'assignment.draft_prepared'],
      [coAcked, 'assignment.acknowledged'],
    ] as const) {
      expect(lastOf(m, type)).toMatchObject({
        actorUserId: ZHANG.actor.userId,
        actorRole: 'unit',
        actorUnitCode: MR,
        actorCapacity: `unit:${MR}`,
      });
    }

    // The lead units' leaders report completion.
    await ok(MR_LEADER, own.id, 'submit-completion', { summary: '已办结', evidence: [] });
    await ok(JUSTICE_LEADER, other.id, 'acknowledge', {});
    await ok(JUSTICE_LEADER, other.id, 'submit-completion', { summary: '已办结', evidence: [] });

    // In the office's capacity the person does not see 销号 / 退回 on the matter they acted on for the lead unit…
    const ownRead = await read(ZHANG, own.id, 'office');
    expect(ownRead.status).toBe(200);
    const offered = (ownRead.body as MatterDetail).allowedActions.map((a) => a.command);
    expect(offered).not.toContain('verify');
    expect(offered).not.toContain('returnForRework');
    expect(offered).toContain('urge');
    // …and is refused them, with a code and a message that says why; nothing is recorded.
    for (const [path, body] of [
      ['verify', {}],
      ['return-for-rework', { reason: '请补充' }],
    ] as const) {
      const refused = await send(ZHANG, own.id, path, body, 'office');
      expect({ path, ...refusal(refused) }).toEqual({ path, status: 403, code: 'SEPARATION_OF_DUTIES' });
      expect(refused.body.message).toContain(`acted for the lead unit "${MR}"`);
    }
    const after = (await read(DIRECTOR, own.id)).body as MatterDetail;
    expect(after.status).toBe('awaiting_verification');
    expect(after.allowedActions.map((a) => a.command)).toContain('verify');

    // Another unit's matter (the person only co-operated on it for the bureau) is theirs to verify, as the office.
    const otherRead = (await read(ZHANG, other.id, 'office')).body as MatterDetail;
    expect(otherRead.allowedActions.map((a) => a.command)).toContain('verify');
    const verified = await ok(ZHANG, other.id, 'verify', { comment: '同意销号' }, 'office');
    expect(verified.status).toBe('closed');
    expect(lastOf(verified, 'matter.closed')).toMatchObject({
      actorUserId: ZHANG.actor.userId,
      actorRole: 'office',
      actorUnitCode: null,
      actorCapacity: 'office',
    });

    // Someone else in the office verifies the bureau's matter.
    // (区司法局, the co-unit, never signed: the director confirms its part as not done.)
    const closed = await ok(DIRECTOR, own.id, 'verify', { comment: '区司法局未参与', notDoneUnitCodes: [JUSTICE] });
    expect(lastOf(closed, 'matter.closed')).toMatchObject({ actorCapacity: 'office' });
    // The separation-of-duties-v1 path, kept for the replay test when RECORD_HISTORIES=true.
    recordHistoryIfAsked(matterWorkflowId(own.id), 'separation-of-duties');

    // The workflow's own record carries the capacity's roles: the person acted as the bureau's liaison.
    const live = await stack.http
      .get(`/api/matters/${own.id}/live`)
      .set(await headers(DIRECTOR))
      .expect(200);
    const ack = (live.body.events as { type: string; actor: Actor }[]).find(
      (e) => e.type === 'assignment.acknowledged' && e.actor.userId === ZHANG.actor.userId,
    );
    expect(ack?.actor).toMatchObject({ role: 'unit', unitCode: MR, capacityRoles: ['unit_liaison'], memberOf: MR });
  });

  it("refuses to decide the person's own unit's extension request; another office member decides it", async () => {
    const m = await dispatch(MR);
    await ok(MR_LEADER, m.id, 'acknowledge', {});
    await ok(MR_LEADER, m.id, 'request-extension', { requestedDueDate: '2027-09-30', reason: '需要更多时间' });
    const seen = (await read(ZHANG, m.id, 'office')).body as MatterDetail;
    expect(seen.allowedActions.map((a) => a.command)).not.toContain('decideExtension');
    const refused = await send(ZHANG, m.id, 'decide-extension', { approve: true, reason: '同意' }, 'office');
    expect(refusal(refused)).toEqual({ status: 403, code: 'SEPARATION_OF_DUTIES' });
    expect(refused.body.message).toContain("your own unit's");
    const decided = await ok(DIRECTOR, m.id, 'decide-extension', { approve: true, reason: '同意' });
    expect(decided.dueDate).toBe('2027-09-30');
  });

  it("refuses to decide the person's own unit's request to be relieved", async () => {
    const m = await dispatch(JUSTICE, [MR]);
    await ok(MR_LEADER, m.id, 'decline', { reason: '不属本单位职责' });
    const refused = await send(ZHANG, m.id, 'reject-decline', { unitCode: MR, reason: '请继续办理' }, 'office');
    expect(refusal(refused)).toEqual({ status: 403, code: 'SEPARATION_OF_DUTIES' });
    const rerouted = await send(
      ZHANG,
      m.id,
      'reroute',
      { fromUnitCode: MR, toUnitCode: 'finance', reason: '改派' },
      'office',
    );
    expect(refusal(rerouted)).toEqual({ status: 403, code: 'SEPARATION_OF_DUTIES' });
    await ok(DIRECTOR, m.id, 'reject-decline', { unitCode: MR, reason: '请继续办理' });
  });

  it('checks the capacity named against the token: not held 403, malformed 400, not allowed here 403', async () => {
    const m = await dispatch(MR);
    const notHeld = await send(ZHANG, m.id, 'acknowledge', {}, `unit:${JUSTICE}`);
    expect(refusal(notHeld)).toEqual({ status: 403, code: 'CAPACITY_NOT_HELD' });
    expect(notHeld.body.message).toContain(`unit:${MR}`);
    for (const bad of ['Office', 'unit:', 'unit:Market_Regulation', 'system', 'office;leadership']) {
      const res = await send(ZHANG, m.id, 'acknowledge', {}, bad);
      expect({ bad, ...refusal(res) }).toEqual({ bad, status: 400, code: 'CAPACITY_INVALID' });
    }
    // The office may not 签收 a unit's assignment, even for a person who also belongs to the unit.
    const asOffice = await send(ZHANG, m.id, 'acknowledge', {}, 'office');
    expect(refusal(asOffice)).toEqual({ status: 403, code: 'FORBIDDEN' });
    // Nothing was recorded by the refusals.
    expect((await read(DIRECTOR, m.id)).body.events.map((e: MatterEventView) => e.type)).not.toContain(
      'assignment.acknowledged',
    );
    // The body cannot name the capacity.
    const smuggled = await send(ZHANG, m.id, 'report-progress', { text: 'x', percent: 1, capacity: 'office' });
    expect(refusal(smuggled)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('reads in the capacity named: the unit sees its own matters, the office every matter', async () => {
    const mine = await dispatch(MR);
    const notMine = await dispatch(JUSTICE);
    expect((await read(ZHANG, notMine.id, `unit:${MR}`)).status).toBe(404);
    expect((await read(ZHANG, notMine.id, 'office')).status).toBe(200);
    // Without a header a read acts in the first capacity of precedence (the office), as before capacities.
    expect((await read(ZHANG, notMine.id)).status).toBe(200);
    const asUnit = (await read(ZHANG, mine.id, `unit:${MR}`)).body as MatterDetail;
    expect(asUnit.allowedActions.map((a) => a.command).sort()).toEqual(['acknowledge', 'decline']);
    const asOffice = (await read(ZHANG, mine.id, 'office')).body as MatterDetail;
    expect(asOffice.allowedActions.map((a) => a.command)).not.toContain('acknowledge');
    expect(asOffice.allowedActions.map((a) => a.command)).toContain('urge');
  });

  it('lets a deputy convener who heads a unit give 批示, recorded as leadership', async () => {
    const m = await dispatch(JUSTICE);
    const instructed = await ok(DEPUTY, m.id, 'instruct', { text: '请抓紧办理' });
    expect(lastOf(instructed, 'matter.instruction_given')).toMatchObject({
      actorUserId: DEPUTY.actor.userId,
      actorCapacity: 'leadership',
    });
    const acked = await ok(DEPUTY, m.id, 'acknowledge', {}, `unit:${JUSTICE}`);
    expect(lastOf(acked, 'assignment.acknowledged')).toMatchObject({ actorCapacity: `unit:${JUSTICE}` });
  });
});
