import { randomUUID } from 'node:crypto';

import { addDays, dateOfInstant, REAL_TIME_PROFILE } from '@app/calendar';
import type { MatterDefinition } from '@app/contracts';
import { MatterEntity } from '@app/database';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { MatterWorkflowGateway } from '../../apps/api/src/temporal/matter-workflow.gateway';
import { productApps } from '../support/product-apps';

// "One accepted date wedges a matter for ever": a date the calendar activity cannot plan is refused at the door, a
// matter is never dispatched already overdue (its whole ladder would fire at once), and a matter that reaches the
// workflow with such a date anyway (started before the rule, or by another door) still answers its commands.
describe('dates the calendar cannot plan', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('dates.director');
  const justice = unitUser('justice', 'dates.justice');
  const today = dateOfInstant(REAL_TIME_PROFILE, Date.now());
  const tenYears = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const refusedNaming = (res: { status: number; body: { code?: string; message?: string } }, field: string) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.message).toContain(field);
  };

  it('refuses a due date in the past or beyond ten years at creation, and reserves nothing', async () => {
    for (const dueDate of ['9999-12-31', addDays(tenYears, 1), addDays(today, -1), '2000-01-01']) {
      const body = aMatter().lead('justice').due(dueDate).build();
      refusedNaming(await api.create(body, director), 'dueDate');
      expect(await stack.dataSource.getRepository(MatterEntity).countBy({ code: body.code })).toBe(0);
      // The code stays free: the same body with a date the calendar can plan is dispatched.
      await api.dispatch({ ...body, dueDate: addDays(today, 30) }, director);
    }
    // The window's both ends are accepted.
    for (const dueDate of [today, tenYears]) {
      const m = await api.dispatch(aMatter().lead('justice').due(dueDate).build(), director);
      expect(m.dueDate).toBe(dueDate);
    }
  });

  it('refuses an extension beyond the horizon and a summary campaign due then; the matter is unchanged', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due(addDays(today, 30)).build(), director);
    await api.ok(m.id, 'acknowledge', justice);
    const before = await api.get(m.id, director);
    refusedNaming(
      await api.command(m.id, 'extension-request', justice, { requestedDueDate: '9999-12-31', reason: '无限期' }),
      'requestedDueDate',
    );
    const after = await api.get(m.id, director);
    expect(after).toMatchObject({ dueDate: before.dueDate, extensionPending: false, extensionCount: 0 });

    const campaign = await stack.http
      .post('/api/campaigns/summary')
      .set(await stack.headers(director))
      .send({ year: 2093, dueDate: '9999-12-31' });
    refusedNaming(campaign, 'dueDate');
    expect((await stack.http.get('/api/campaigns/summary/2093').set(await stack.headers(director))).status).toBe(404);
  });

  it('keeps a matter the calendar cannot plan answering its commands', async () => {
    // Past the door: the workflow is started as the API would, with a date no working day follows.
    const matterId = randomUUID();
    const code = `U-${matterId.slice(0, 8)}`;
    const definition: MatterDefinition = {
      matterId,
      code,
      title: '无法排期的事项',
      description: '办结时限超出日历范围。',
      leadUnitCode: 'justice',
      coUnitCodes: [],
      dueDate: '9999-12-31',
      priority: 'normal',
      year: 9999,
    };
    const gateway = stack.api.get(MatterWorkflowGateway);
    const dispatched = await gateway.dispatch(
      { definition, createdBy: director, createdAt: new Date().toISOString() },
      randomUUID(),
    );
    expect(dispatched.matter.code).toBe(code);
    await eventually(
      () => stack.dataSource.getRepository(MatterEntity).countBy({ id: matterId }),
      (n) => n === 1,
    );

    // Later commands answer (before the fix they hung while the plan was retried every 30 s, for ever).
    const acked = await api.ok(matterId, 'acknowledge', justice);
    expect(acked.assignments.find((a) => a.unitCode === 'justice')?.status).toBe('in_progress');
    const urged = await api.command(matterId, 'urge', director, {
      unitCode: 'justice',
      level: 'reminder',
      note: '请报进展',
    });
    expect(urged.status).toBe(200);
  }, 60_000);
});
