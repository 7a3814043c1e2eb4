import { randomUUID } from 'node:crypto';

import type { MatterSummary, Page } from '@app/contracts';
import { CalendarLoader } from '@app/database';
import { aMatter, eventually, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// The board's unit column: each current unit's state on a matter, from the server, in the list's own answer.
describe('board: the unit column of GET /api/matters', () => {
  let stack: TestStack;
  let api: MatterApi;
  const director = office('bu.director');
  const justice = unitUser('justice', 'bu.justice.leader');
  const finance = unitUser('finance', 'bu.finance.leader');
  // This file's matters carry this code prefix, so the search finds only them.
  const prefix = `BU${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const board = async (): Promise<MatterSummary[]> => {
    const res = await stack.http
      .get('/api/matters')
      .query({ q: prefix, status: 'in_progress,awaiting_verification', pageSize: 100 })
      .set(await stack.headers(director))
      .expect(200);
    return (res.body as Page<MatterSummary>).items;
  };
  const rowOf = async (id: string): Promise<MatterSummary> => {
    const row = (await board()).find((m) => m.id === id);
    if (!row) {
      throw new Error(`matter ${id} is not on the board`);
    }
    return row;
  };

  it('reads 待签收 until a unit signs, then each unit its own state', async () => {
    const m = await api.dispatch(
      aMatter().code(`${prefix}-1`).lead('justice').co('finance').due('2027-03-31').build(),
      director,
    );
    let row = await rowOf(m.id);
    expect(row.awaitingAck).toBe(true);
    expect(row.unitStates).toEqual([
      { unitCode: 'justice', role: 'lead', state: 'unsigned', days: 0 },
      { unitCode: 'finance', role: 'co', state: 'unsigned', days: 0 },
    ]);

    await api.ok(m.id, 'acknowledge', justice);
    row = await rowOf(m.id);
    expect(row.awaitingAck).toBe(false);
    expect(row.unitStates.map((u) => [u.unitCode, u.state, u.days])).toEqual([
      ['justice', 'in_progress', null],
      ['finance', 'unsigned', 0],
    ]);

    await api.ok(m.id, 'acknowledge', finance);
    await api.ok(m.id, 'contribution', finance, { text: '已发布普法宣传3期', evidence: [{ title: '宣传截图' }] });
    await api.ok(m.id, 'completion', justice, { summary: '已完成', evidence: [{ title: '总结.pdf' }] });
    row = await rowOf(m.id);
    expect(row.status).toBe('awaiting_verification');
    expect(row.unitStates.map((u) => [u.unitCode, u.state])).toEqual([
      ['justice', 'submitted'],
      ['finance', 'contributed'],
    ]);
    // The detail carries the same summary.
    const detail = await api.get(m.id, director);
    expect(detail.unitStates).toEqual(row.unitStates);
  });

  it('counts the working days since dispatch of a unit that has not signed, on its calendar', async () => {
    const m = await api.dispatch(aMatter().code(`${prefix}-2`).lead('justice').due('2027-03-31').build(), director);
    // The supervision loop's first plan is projected after the dispatch answers: let it land first.
    await eventually(
      () => api.get(m.id, director),
      (d) => d.events.some((e) => e.type === 'supervision.deadlines_set'),
    );
    // Dispatched (as the read model has it) nine calendar days ago at 10:00 in Beijing.
    const dispatched = new Date(Date.now() - 9 * 86_400_000);
    await stack.dataSource.query('UPDATE matter_assignments SET assigned_at = ? WHERE matter_id = ?', [
      dispatched,
      m.id,
    ]);
    const calendar = await stack.api.get(CalendarLoader).load();
    const dateOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const expected = calendar.workingDaysBetween(dateOf(dispatched), dateOf(new Date()), 'justice');
    expect(expected).toBeGreaterThan(3);
    const row = await rowOf(m.id);
    expect(row.unitStates).toEqual([{ unitCode: 'justice', role: 'lead', state: 'unsigned', days: expected }]);
  });

  it('leaves a withdrawn co-unit out of the column', async () => {
    const m = await api.dispatch(
      aMatter().code(`${prefix}-3`).lead('justice').co('finance').due('2027-03-31').build(),
      director,
    );
    await eventually(
      () => api.get(m.id, director),
      (d) => d.events.some((e) => e.type === 'supervision.deadlines_set'),
    );
    await stack.dataSource.query(
      "UPDATE matter_assignments SET status = 'withdrawn' WHERE matter_id = ? AND unit_code = ?",
      [m.id, 'finance'],
    );
    const row = await rowOf(m.id);
    expect(row.unitStates.map((u) => u.unitCode)).toEqual(['justice']);
  });
});
