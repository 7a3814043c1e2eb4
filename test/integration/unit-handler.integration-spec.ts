import type { MatterDetail } from '@app/contracts';
import { NotificationEntity } from '@app/database';
import { aMatter, eventually, MatterApi, TestStack } from '@app/testing';
import { matterWorkflowId } from '@app/workflow-api';
import type { Response } from 'supertest';

import { matterCallsOf, peopleOf } from '../support/people';
import { productApps } from '../support/product-apps';
import { recordHistoryIfAsked } from '../support/record-history';

// Issue 12: a unit names the handler (承办人) of its part, with an office phone. The name is the matter's; the
// phone is the office's and the unit's own (a co-unit and leadership read null), in the assignment and the record.
const run = Date.now().toString(36);
const DUE = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

const person = peopleOf('handler', run);
const JUSTICE = person('justice', ['unit_liaison'], 'justice');
const FINANCE = person('finance', ['unit_liaison'], 'finance');
const OFFICE = person('office', ['office_director']);
const LEADER = person('convener', ['leadership']);
const JUSTICE_HEAD = person('justice-head', ['unit_leader'], 'justice');

describe('the unit names its handler (承办人)', () => {
  let stack: TestStack;
  let api: MatterApi;

  const { send, read } = matterCallsOf(() => stack);
  const refusal = (res: Response) => ({ status: res.status, code: (res.body as { code?: string }).code });
  const handlerOf = (m: MatterDetail, unit: string) => m.assignments.find((a) => a.unitCode === unit)?.handler;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('names, shows the name to all and the phone to the office and the unit only; renames; refuses bad input', async () => {
    const matter = await api.dispatch(
      { ...aMatter().lead('justice').co('finance').due(DUE).build(), year: 2053 },
      { userId: OFFICE.actor.userId, role: 'office' },
    );
    // Before acknowledging, the unit is not offered it and is refused.
    expect((await read(JUSTICE, matter.id)).allowedActions.map((a) => a.command)).not.toContain('nameHandler');
    expect(refusal(await send(JUSTICE, matter.id, 'name-handler', { name: '张明' }))).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    });
    expect((await send(JUSTICE, matter.id, 'acknowledge', {})).status).toBe(200);
    expect((await read(JUSTICE, matter.id)).allowedActions.map((a) => a.command)).toContain('nameHandler');

    // Bad input is refused at the door.
    for (const body of [
      {},
      { name: '' },
      { name: '   ' },
      { name: '张'.repeat(51) },
      { name: '张明', phone: 'call me' },
    ]) {
      expect([body, refusal(await send(JUSTICE, matter.id, 'name-handler', body))]).toEqual([
        body,
        { status: 400, code: 'VALIDATION_FAILED' },
      ]);
    }

    const named = await send(JUSTICE, matter.id, 'name-handler', { name: '张明', phone: '0871-63123456' });
    expect(named.status).toBe(200);
    const asUnit = (named.body as { matter: MatterDetail }).matter;
    expect(handlerOf(asUnit, 'justice')).toMatchObject({ name: '张明', phone: '0871-63123456' });
    expect(asUnit.events.find((e) => e.type === 'assignment.handler_named')).toMatchObject({
      actorUserId: JUSTICE.actor.userId,
      actorCapacity: 'unit:justice',
      unitCode: 'justice',
      data: { name: '张明', phone: '0871-63123456', previous: null },
    });

    // The office sees the phone; a co-unit and leadership see the name only, in the record too.
    expect(handlerOf(await read(OFFICE, matter.id), 'justice')).toMatchObject({ name: '张明', phone: '0871-63123456' });
    for (const other of [FINANCE, LEADER]) {
      const m = await read(other, matter.id);
      expect(handlerOf(m, 'justice')).toMatchObject({ name: '张明', phone: null });
      expect(m.events.find((e) => e.type === 'assignment.handler_named')?.data).toMatchObject({ phone: null });
      expect(JSON.stringify(m)).not.toContain('63123456');
    }

    // Another unit may not name justice's handler (its own assignment only).
    expect((await send(FINANCE, matter.id, 'name-handler', { name: '越权' })).status).toBeGreaterThanOrEqual(400);
    expect(handlerOf(await read(OFFICE, matter.id), 'justice')?.name).toBe('张明');

    // Named again: replaced, with whom it replaced on the record.
    const renamed = await send(JUSTICE, matter.id, 'name-handler', { name: '李华' });
    expect(renamed.status).toBe(200);
    const after = (renamed.body as { matter: MatterDetail }).matter;
    expect(handlerOf(after, 'justice')).toMatchObject({ name: '李华', phone: null });
    expect(after.events.filter((e) => e.type === 'assignment.handler_named').map((e) => e.data.previous)).toEqual([
      null,
      '张明',
    ]);
    recordHistoryIfAsked(matterWorkflowId(matter.id), 'unit-handler');
  });

  it('names the handler on the notices that go to the office and to the unit itself, escalations included', async () => {
    const matter = await api.dispatch(
      { ...aMatter().lead('justice').due(DUE).build(), year: 2053 },
      { userId: OFFICE.actor.userId, role: 'office' },
    );
    expect((await send(JUSTICE_HEAD, matter.id, 'acknowledge', {})).status).toBe(200);
    expect((await send(JUSTICE_HEAD, matter.id, 'name-handler', { name: '周琳', phone: '0871-63998877' })).status).toBe(
      200,
    );
    const report = { summary: '已办结', evidence: [{ title: '宣传周总结' }] };
    expect((await send(JUSTICE_HEAD, matter.id, 'submit-completion', report)).status).toBe(200);
    expect((await send(OFFICE, matter.id, 'return-for-rework', { reason: '缺少活动照片' })).status).toBe(200);
    // A 催办 by hand reaches the unit's people, who may see their own handler's phone.
    const urge = { unitCode: 'justice', level: 'urging', note: '请抓紧整改' };
    expect((await send(OFFICE, matter.id, 'urge', urge)).status).toBe(200);

    // Notices are written by an activity after the command: wait for both, then read what each audience reads.
    const rows = await eventually(
      () => stack.dataSource.getRepository(NotificationEntity).findBy({ matterId: matter.id }),
      (found) => ['submitted', 'returned', 'escalation'].every((k) => found.some((n) => n.kind === k)),
    );
    const bodies = (kind: string) => [...new Set(rows.filter((n) => n.kind === kind).map((n) => n.body))];
    expect(bodies('submitted')).toEqual([
      expect.stringMatching(/已报送.*的办结报告，请核验。\n承办人：周琳（电话 0871-63998877）$/),
    ]);
    expect(bodies('returned')).toEqual([
      expect.stringMatching(/\n退回理由：缺少活动照片\n承办人：周琳（电话 0871-63998877）$/),
    ]);
    expect(bodies('escalation')).toEqual([
      expect.stringContaining('\n说明：请抓紧整改\n承办人：周琳（电话 0871-63998877）\n'),
    ]);
    // The units' dispatch notice went out before anyone was named: no handler line there.
    expect(bodies('assignment').join('')).not.toContain('承办人');
  });
});
