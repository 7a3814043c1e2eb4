import { randomUUID } from 'node:crypto';

import type { CampaignListItem, CampaignView, FilingView, MeetingAttendance } from '@app/contracts';
import { AuditLogEntity, dataSourceOptions, MeetingEntity, MeetingRepository } from '@app/database';
import {
  aMatter,
  conferenceStack,
  explainAll,
  formatExplain,
  leader,
  office,
  QueryCapture,
  unitUser,
} from '@app/testing';

import { productApps } from '../support/product-apps';
import { DataSource } from 'typeorm';

// Gaps the first wave left in the conference machinery: a filing's history, correcting a held meeting's record,
// the meetings list filtered on the server, the list of summary campaigns, and the shared page DTOs.
describe('conference polish', () => {
  const fx = conferenceStack(productApps, 'polish');
  const { justice, finance, director, as, post, get } = fx;
  const staff = office('polish.office.staff');
  beforeAll(async () => {
    await fx.stack.headers(staff, ['office_staff']);
  });

  const patch = async (actor: typeof justice, path: string, body: object) =>
    fx.stack.http
      .patch(path)
      .set(await as(actor))
      .send(body);
  const run = Date.now().toString(36);

  async function planMeeting(kind: string, title: string, heldOn = '2026-12-20'): Promise<string> {
    const res = await post(director, '/api/meetings', { kind, title, heldOn, chair: '召集人' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function holdMeeting(id: string, minutes: string, attendance: MeetingAttendance[]): Promise<void> {
    const matters = [aMatter().lead('justice').due('2027-06-30').build()];
    const res = await post(director, `/api/meetings/${id}/hold`, { minutes, attendance, matters });
    expect(res.status).toBe(201);
  }

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
      expect(events[2]?.data).toMatchObject({ changed: ['content'], returnComment: '请补充覆盖人数' });
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

  describe("correcting a held meeting's record", () => {
    const attendance: MeetingAttendance[] = [
      { unitCode: 'justice', person: '王晓明（副局长）', standingInFor: '李华（局长）' },
      { unitCode: 'finance', person: '赵敏（局长）' },
    ];
    const auditOf = (meetingId: string) =>
      fx.stack.dataSource
        .getRepository(AuditLogEntity)
        .find({ where: { action: 'meeting.record_corrected', target: meetingId }, order: { id: 'ASC' } });

    it('corrects the minutes and the attendance with a reason, audited with the record before and after', async () => {
      const id = await planMeeting('plenary', `全体会议 ${run}`);
      await holdMeeting(id, '会议研究部署了2027年重点任务。', attendance);
      const held = (await get(director, `/api/meetings/${id}`)).body;
      expect(held).toMatchObject({ status: 'held', matterCount: 1 });

      const minutes = '会议研究部署了2027年重点任务。（更正：补充区法院发言要点）';
      const corrected = await patch(staff, `/api/meetings/${id}/record`, {
        minutes,
        reason: '纪要漏记区法院发言',
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        id,
        status: 'held',
        minutes,
        attendance,
        heldBy: director.userId,
        heldAt: held.heldAt,
        updatedBy: staff.userId,
        matterCount: 1,
      });
      const newAttendance = [...attendance, { unitCode: 'court', person: '孙立（副院长）' }];
      const second = await patch(director, `/api/meetings/${id}/record`, {
        attendance: newAttendance,
        reason: '据签到表补记区法院代表',
      });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ minutes, attendance: newAttendance, updatedBy: director.userId });
      expect((await get(justice, `/api/meetings/${id}`)).body).toMatchObject({ minutes, attendance: newAttendance });

      const audit = await auditOf(id);
      expect(audit.map((a) => [a.actorUserId, a.outcome, a.detail.reason, a.detail.fields])).toEqual([
        [staff.userId, 'success', '纪要漏记区法院发言', ['minutes']],
        [director.userId, 'success', '据签到表补记区法院代表', ['attendance']],
      ]);
      expect(audit[0]?.detail).toMatchObject({
        before: { minutes: '会议研究部署了2027年重点任务。' },
        after: { minutes },
      });
      expect(audit[1]?.detail).toMatchObject({ before: { attendance }, after: { attendance: newAttendance } });
      const times = audit.map((a) => a.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // The admin reads it in the audit log.
      const admin = { userId: 'polish.admin', role: 'admin' as const };
      const log = await get(admin, '/api/audit', { action: 'meeting.record_corrected', limit: 500 });
      expect(log.status).toBe(200);
      expect((log.body as { target: string }[]).filter((r) => r.target === id)).toHaveLength(2);
    });

    it('refuses a planned meeting, a missing reason, an empty or idle correction, unknown units and non-office roles', async () => {
      const planned = await planMeeting('liaison', `联络员会议 ${run}`);
      const onPlanned = await patch(director, `/api/meetings/${planned}/record`, { minutes: '纪要', reason: '更正' });
      expect({ status: onPlanned.status, code: onPlanned.body.code }).toEqual({
        status: 409,
        code: 'INVALID_TRANSITION',
      });
      const id = await planMeeting('liaison', `联络员会议（已召开） ${run}`);
      await holdMeeting(id, '联络员会议纪要。', attendance);
      const refusals: [object, number, string][] = [
        [{ minutes: '改' }, 400, 'VALIDATION_FAILED'],
        [{ minutes: '改', reason: '' }, 400, 'VALIDATION_FAILED'],
        [{ reason: '无内容' }, 400, 'VALIDATION_FAILED'],
        [{ minutes: '', reason: '空纪要' }, 400, 'VALIDATION_FAILED'],
        [{ minutes: '改', reason: '更正', status: 'planned' }, 400, 'VALIDATION_FAILED'],
        [{ minutes: '联络员会议纪要。', attendance, reason: '无变化' }, 422, 'INVALID_COMMAND'],
        [{ attendance: [{ unitCode: 'nowhere', person: '某人' }], reason: '更正' }, 404, 'UNIT_NOT_FOUND'],
      ];
      for (const [body, status, code] of refusals) {
        const res = await patch(director, `/api/meetings/${id}/record`, body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      }
      for (const actor of [justice, leader('polish.convener')]) {
        const res = await patch(actor, `/api/meetings/${id}/record`, { minutes: '改', reason: '更正' });
        expect({ actor: actor.userId, status: res.status }).toEqual({ actor: actor.userId, status: 403 });
      }
      const missing = await patch(director, `/api/meetings/00000000-0000-4000-8000-000000000000/record`, {
        minutes: '改',
        reason: '更正',
      });
      expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'MEETING_NOT_FOUND' });
      // Nothing refused was written.
      expect((await get(director, `/api/meetings/${id}`)).body).toMatchObject({
        minutes: '联络员会议纪要。',
        attendance,
      });
      expect(await auditOf(id)).toEqual([]);
    });
  });

  describe('the meetings list filtered on the server', () => {
    interface Listed {
      id: string;
      status: string;
      kind: string;
      heldOn: string;
    }
    const list = async (query: object) => {
      const res = await get(justice, '/api/meetings', { pageSize: 200, ...query });
      expect(res.status).toBe(200);
      return res.body as { items: Listed[]; total: number; page: number; pageSize: number };
    };

    it('filters by status and kind, newest first, with totals of the filter', async () => {
      const heldOn = '2031-03-0';
      const plenary = await planMeeting('plenary', `筛选-全体 ${run}`, `${heldOn}1`);
      const liaison = await planMeeting('liaison', `筛选-联络员 ${run}`, `${heldOn}2`);
      const heldLiaison = await planMeeting('liaison', `筛选-已召开 ${run}`, `${heldOn}3`);
      await holdMeeting(heldLiaison, '纪要。', [{ person: '王晓明' }]);
      const mine = (items: Listed[]) =>
        items.filter((m) => [plenary, liaison, heldLiaison].includes(m.id)).map((m) => m.id);

      const planned = await list({ status: 'planned' });
      expect(planned.items.every((m) => m.status === 'planned')).toBe(true);
      expect(mine(planned.items)).toEqual([liaison, plenary]);
      const held = await list({ status: 'held' });
      expect(held.items.every((m) => m.status === 'held')).toBe(true);
      expect(mine(held.items)).toEqual([heldLiaison]);
      const liaisons = await list({ kind: 'liaison' });
      expect(liaisons.items.every((m) => m.kind === 'liaison')).toBe(true);
      expect(mine(liaisons.items)).toEqual([heldLiaison, liaison]);
      const plannedLiaisons = await list({ status: 'planned', kind: 'liaison' });
      expect(mine(plannedLiaisons.items)).toEqual([liaison]);
      expect(plannedLiaisons.items.every((m) => m.status === 'planned' && m.kind === 'liaison')).toBe(true);
      // Newest first, and the total counts the filter, not every meeting.
      const dates = planned.items.map((m) => m.heldOn);
      expect([...dates].sort().reverse()).toEqual(dates);
      const all = await list({});
      expect(all.total).toBeGreaterThanOrEqual(planned.total + held.total);
      expect(planned.total).toBeLessThan(all.total);
      const page = await list({ status: 'planned', pageSize: 1, page: 2 });
      expect(page).toMatchObject({ page: 2, pageSize: 1, total: planned.total });
      expect(page.items).toHaveLength(planned.total >= 2 ? 1 : 0);

      for (const query of [{ status: 'cancelled' }, { kind: 'weekly' }, { pageSize: 201 }, { page: 0 }, { x: 1 }]) {
        const res = await get(justice, '/api/meetings', query);
        expect({ query, status: res.status, code: res.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    });

    it('answers the status filter from an index, not a full scan', async () => {
      // Enough held meetings, long past, that a full scan would show; removed afterwards.
      const tag = `POLISH-EXPLAIN-${run}`;
      const now = new Date();
      const rows = Array.from({ length: 3000 }, (_, i) =>
        Object.assign(new MeetingEntity(), {
          id: randomUUID(),
          kind: i % 3 === 0 ? 'plenary' : 'liaison',
          title: `${tag} ${i}`,
          heldOn: `1990-01-${String((i % 28) + 1).padStart(2, '0')}`,
          chair: '召集人',
          attendees: [],
          location: null,
          notes: null,
          status: 'held',
          minutes: '纪要',
          attendance: [],
          heldBy: 'polish',
          heldAt: now,
          holdKey: null,
          createdBy: 'polish',
          updatedBy: 'polish',
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      const probe = new DataSource(
        dataSourceOptions({ type: 'mysql', url: process.env.DATABASE_URL!, logging: false }),
      );
      try {
        for (let i = 0; i < rows.length; i += 500) {
          await fx.stack.dataSource.getRepository(MeetingEntity).insert(rows.slice(i, i + 500));
        }
        await fx.stack.dataSource.query('ANALYZE TABLE `meetings`');
        await probe.initialize();
        const capture = QueryCapture.attach(probe);
        const repo = new MeetingRepository(probe);
        const queries = await capture.record(async () => {
          await repo.list({ status: 'planned', offset: 0, limit: 200 });
          await repo.list({ status: 'planned', kind: 'plenary', offset: 0, limit: 20 });
          await repo.list({ status: 'held', offset: 20, limit: 20 });
        });
        // Each page, and its count unless the page itself shows the total. (Counting held meetings of one kind
        // among these 3,000, a third of the table, the optimizer rightly prefers a scan: not asserted.)
        expect(queries.length).toBeGreaterThanOrEqual(4);
        const explained = await explainAll(probe, queries);
        const meetings = explained.filter((e) => e.plan.some((p) => p.table === 'meetings'));
        expect(meetings).toHaveLength(queries.length);
        const unindexed = meetings.filter((e) =>
          e.plan.some((p) => p.table === 'meetings' && (p.type === 'ALL' || p.key === null)),
        );
        expect(unindexed.map(formatExplain)).toEqual([]);
      } finally {
        await fx.stack.dataSource
          .getRepository(MeetingEntity)
          .createQueryBuilder()
          .delete()
          .where('title LIKE :tag', { tag: `${tag}%` })
          .execute();
        if (probe.isInitialized) {
          await probe.destroy();
        }
      }
    }, 60_000);
  });

  describe('which years have a summary campaign', () => {
    // Years no other integration file uses.
    const WIDE = 2096;
    const NARROW = 2097;
    // Campaign years far ahead keep this file's campaigns apart from others'; due dates stay within the ten years
    // ahead that the API accepts.
    const dueOf = (year: number): string => `${year - WIDE + 2028}-01-15`;

    async function start(year: number, unitCodes: string[]): Promise<CampaignView> {
      const res = await post(director, '/api/campaigns/summary', { year, dueDate: dueOf(year), unitCodes });
      expect(res.status).toBe(201);
      return res.body as CampaignView;
    }
    const listAs = async (actor: typeof justice) => {
      const res = await get(actor, '/api/campaigns/summary');
      expect(res.status).toBe(200);
      return res.body as CampaignListItem[];
    };

    it('lists the campaigns newest first with counts; a unit lists those that ask it, with its own status', async () => {
      // Asked in code order; answered in the official order of the member units.
      const wide = await start(WIDE, ['finance', 'justice', 'market-regulation']);
      expect(wide.units.map((u) => u.unitCode)).toEqual(['market-regulation', 'justice', 'finance']);
      expect(wide.missing).toEqual(['market-regulation', 'justice', 'finance']);
      await start(NARROW, ['finance']);

      const all = await listAs(director);
      const years = all.map((c) => c.year);
      expect([...years].sort((a, b) => b - a)).toEqual(years);
      const narrowAt = years.indexOf(NARROW);
      expect(narrowAt).toBeGreaterThanOrEqual(0);
      expect(years.indexOf(WIDE)).toBe(narrowAt + 1);
      expect(all[narrowAt + 1]).toEqual({
        id: `summary-campaign-${WIDE}`,
        year: WIDE,
        dueDate: dueOf(WIDE),
        status: 'open',
        startedAt: wide.startedAt,
        completedAt: null,
        counts: { awaiting: 3, submitted: 0, returned: 0, accepted: 0 },
        unitCount: 3,
      });
      expect(all[narrowAt]).toMatchObject({ year: NARROW, unitCount: 1, counts: { awaiting: 1 } });
      expect(all.every((c) => c.ownStatus === undefined)).toBe(true);
      const leadership = await listAs(leader('polish.convener'));
      expect(leadership.map((c) => c.year)).toEqual(years);

      // Justice is asked in WIDE only; once it submits, its own status follows.
      const leaderOfJustice = unitUser('justice', 'polish.justice.leader');
      await fx.stack.headers(leaderOfJustice, ['unit_leader']);
      const submitted = await post(leaderOfJustice, `/api/campaigns/summary/${WIDE}/submission`, {
        text: `${WIDE}年度知识产权工作总结`,
      });
      expect(submitted.status).toBe(200);
      const mine = await listAs(justice);
      expect(mine.map((c) => c.year)).toContain(WIDE);
      expect(mine.map((c) => c.year)).not.toContain(NARROW);
      expect(mine.find((c) => c.year === WIDE)).toMatchObject({
        ownStatus: 'submitted',
        counts: { awaiting: 2, submitted: 1 },
        unitCount: 3,
      });
      expect(mine.every((c) => c.ownStatus !== undefined)).toBe(true);
      const financeYears = (await listAs(finance)).map((c) => c.year);
      expect(financeYears).toEqual(expect.arrayContaining([WIDE, NARROW]));

      // The whole campaign keeps the official order too, whoever reads it.
      const read = await get(director, `/api/campaigns/summary/${WIDE}`);
      expect((read.body as CampaignView).units.map((u) => u.unitCode)).toEqual([
        'market-regulation',
        'justice',
        'finance',
      ]);
      expect((read.body as CampaignView).missing).toEqual(['market-regulation', 'finance']);
    }, 60_000);
  });
});
