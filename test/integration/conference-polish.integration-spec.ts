import type { FilingView } from '@app/contracts';
import { office, TestStack, unitUser } from '@app/testing';

// Gaps the first wave left in the conference machinery: a filing's history, correcting a held meeting's record,
// the meetings list filtered on the server, the list of summary campaigns, and the shared page DTOs.
describe('conference polish', () => {
  let stack: TestStack;
  const justice = unitUser('justice', 'polish.justice.liaison');
  const finance = unitUser('finance', 'polish.finance.liaison');
  const director = office('polish.office.director');
  const staff = office('polish.office.staff');

  beforeAll(async () => {
    stack = await TestStack.start();
    await stack.headers(justice, ['unit_liaison']);
    await stack.headers(finance, ['unit_liaison']);
    await stack.headers(staff, ['office_staff']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const as = async (actor: typeof justice) => stack.headers(actor);
  const post = async (actor: typeof justice, path: string, body: object) =>
    stack.http
      .post(path)
      .set(await as(actor))
      .send(body);
  const get = async (actor: typeof justice, path: string, query: object = {}) =>
    stack.http
      .get(path)
      .query(query)
      .set(await as(actor));

  describe('a filing shows its history', () => {
    it('lists every change, oldest first, with who, when and why', async () => {
      const filed = await post(justice, '/api/filings', {
        kind: 'information',
        title: `宣传周活动 ${Date.now()}`,
        content: '开展知识产权宣传周活动。',
        category: '宣传培训',
        eventDate: '2026-04-20',
      });
      expect(filed.status).toBe(201);
      const id = (filed.body as FilingView).id;
      expect((filed.body as FilingView).events).toEqual([
        expect.objectContaining({ type: 'filing.submitted', actorUserId: justice.userId, actorUnitCode: 'justice' }),
      ]);
      expect((await post(director, `/api/filings/${id}/return`, { comment: '请补充覆盖人数' })).status).toBe(200);
      const again = await post(justice, `/api/filings/${id}/resubmit`, {
        content: '开展宣传周活动，覆盖3000人次。',
        note: '已补充覆盖人数',
      });
      expect(again.status).toBe(200);
      expect((await post(staff, `/api/filings/${id}/review`, { comment: '已阅' })).status).toBe(200);
      expect((await post(director, `/api/filings/${id}/briefing-selection`, { selected: true })).status).toBe(200);
      expect((await post(director, `/api/filings/${id}/briefing-selection`, { selected: false })).status).toBe(200);

      const read = await get(justice, `/api/filings/${id}`);
      expect(read.status).toBe(200);
      const events = (read.body as FilingView).events!;
      expect(events.map((e) => [e.type, e.actorUserId, e.reason])).toEqual([
        ['filing.submitted', justice.userId, null],
        ['filing.returned', director.userId, '请补充覆盖人数'],
        ['filing.resubmitted', justice.userId, '已补充覆盖人数'],
        ['filing.reviewed', staff.userId, '已阅'],
        ['filing.selected_for_briefing', director.userId, null],
        ['filing.unselected_for_briefing', director.userId, null],
      ]);
      expect(events[2].data).toMatchObject({ changed: ['content'], returnComment: '请补充覆盖人数' });
      expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
      expect([...events.map((e) => e.at)].sort()).toEqual(events.map((e) => e.at));
      // The office reads the same history; the list stays light (no events); another unit sees nothing.
      expect(((await get(director, `/api/filings/${id}`)).body as FilingView).events).toHaveLength(6);
      const listed = await get(justice, '/api/filings', { kind: 'information', pageSize: 200 });
      const row = (listed.body.items as FilingView[]).find((f) => f.id === id);
      expect(row).toBeDefined();
      expect(row!.events).toBeUndefined();
      const other = await get(finance, `/api/filings/${id}`);
      expect({ status: other.status, code: other.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    });
  });
});
