import type { EscalationNotice, MatterEvent, MatterState } from '@app/contracts';

import { DailyDigestSender } from './digest-sender';
import {
  FakeChannel,
  fakeEvent,
  FakeDirectory,
  fakeMatter,
  FakeNotices,
  FakeOutbox,
  FakeStore,
} from './notification.fakes';
import { NotificationWriter } from './notification-writer';
import { OutboundQueue } from './outbound-queue';
import { OutboxSweeper } from './outbox-sweeper';

// 2026-03-05 08:00 in Asia/Shanghai.
const NOW = new Date('2026-03-05T00:00:00.000Z');

const notice = (over: Partial<EscalationNotice> = {}): EscalationNotice => ({
  matterId: 'm1',
  matterCode: '2026-03',
  title: '开展知识产权宣传周活动',
  level: 'reminder',
  reason: 'ack_missed',
  unitCode: 'justice',
  office: false,
  byUserId: 'system',
  key: 'm1:ack:justice:reminder',
  ...over,
});

const matter = (over: Partial<MatterState> = {}): MatterState => fakeMatter(NOW, over);

const event = (seq: number, type: MatterEvent['type'], over: Partial<MatterEvent> = {}): MatterEvent =>
  fakeEvent(seq, type, { at: NOW.toISOString(), actor: { userId: 'director', role: 'office' }, ...over });

describe(NotificationWriter.name, () => {
  let store: FakeStore;
  let outbox: FakeOutbox;
  let directory: FakeDirectory;
  let notices: FakeNotices;
  let channel: FakeChannel;
  let warnings: string[];
  let kicks: number;
  let sweeper: OutboxSweeper;
  let digests: DailyDigestSender;
  let sut: NotificationWriter;

  beforeEach(() => {
    store = new FakeStore();
    outbox = new FakeOutbox(store);
    directory = new FakeDirectory();
    notices = new FakeNotices();
    channel = new FakeChannel();
    warnings = [];
    kicks = 0;
    const queue = new OutboundQueue(store, outbox, () => kicks++);
    sut = new NotificationWriter(directory, store, notices, queue);
    sweeper = new OutboxSweeper(outbox, channel, { warn: (m) => warnings.push(m), retryBaseMs: 1000 });
    digests = new DailyDigestSender(directory, store, channel);
  });

  describe('escalation', () => {
    it('sends a reminder to the unit inbox and its liaison officers only', async () => {
      const result = await sut.escalation(notice(), NOW);
      expect(store.recipientsOf('m1:ack:justice:reminder')).toEqual(['unit:justice', 'user:justice-liaison']);
      expect(result).toEqual({
        noticeNo: null,
        recipients: [
          { userId: null, username: null, unitCode: 'justice', channel: 'inbox' },
          { userId: 'justice-liaison', username: 'justice-liaison', unitCode: 'justice', channel: 'inbox' },
        ],
      });
      expect(store.rows[0]).toMatchObject({ kind: 'escalation', matterId: 'm1', createdAt: NOW });
      expect(store.rows[0]?.title).toBe('【提醒】议定事项 2026-03「开展知识产权宣传周活动」请及时办理');
    });

    it('sends an urging notice to the responsible official and the liaison officer', async () => {
      await sut.escalation(notice({ level: 'urging', key: 'k-urging' }), NOW);
      expect(store.recipientsOf('k-urging')).toEqual(['unit:justice', 'user:justice-leader', 'user:justice-liaison']);
      expect(store.rows[0]?.title).toBe('【催办】议定事项 2026-03「开展知识产权宣传周活动」请抓紧办理');
      expect(store.rows[0]?.body).toContain('区司法局负责同志：');
    });

    it('numbers a supervision notice 督〔YYYY〕N号 by the Shanghai year and sends it to officials and the director', async () => {
      // 2025-12-31 16:30 UTC is already 2026-01-01 in Shanghai.
      const newYear = new Date('2025-12-31T16:30:00.000Z');
      const first = await sut.escalation(notice({ level: 'supervision', key: 'k-sup-1' }), newYear);
      const second = await sut.escalation(notice({ level: 'supervision', key: 'k-sup-2', unitCode: 'finance' }), NOW);
      expect(first.noticeNo).toBe('督〔2026〕1号');
      expect(second.noticeNo).toBe('督〔2026〕2号');
      expect(notices.calls).toEqual(['k-sup-1@2026', 'k-sup-2@2026']);
      expect(store.recipientsOf('k-sup-1')).toEqual(['unit:justice', 'user:director', 'user:justice-leader']);
      expect(store.recipientsOf('k-sup-2')).toEqual(['unit:finance', 'user:director', 'user:finance-leader']);
      expect(store.rows[0]?.title).toBe(
        '【督办】督〔2026〕1号 议定事项 2026-03「开展知识产权宣传周活动」请限期办理并报告办理情况',
      );
      expect(store.rows[0]?.body).toContain('督办通知编号：督〔2026〕1号');
    });

    it('reports to leadership and the office director, without a notice number', async () => {
      const result = await sut.escalation(notice({ level: 'report', reason: 'overdue', key: 'k-report' }), NOW);
      expect(result.noticeNo).toBeNull();
      expect(store.recipientsOf('k-report')).toEqual(['unit:justice', 'user:convener', 'user:director']);
      expect(notices.calls).toEqual([]);
    });

    it("sends a breach of the office's own turnaround to the office director (and leadership at 通报)", async () => {
      const office = { office: true, unitCode: undefined, reason: 'office_turnaround' as const };
      const sup = await sut.escalation(notice({ ...office, level: 'supervision', key: 'k-office-sup' }), NOW);
      await sut.escalation(notice({ ...office, level: 'report', key: 'k-office-report' }), NOW);
      expect(store.recipientsOf('k-office-sup')).toEqual(['user:director']);
      expect(store.recipientsOf('k-office-report')).toEqual(['user:convener', 'user:director']);
      expect(sup.noticeNo).toBeNull();
      expect(notices.calls).toEqual([]);
    });

    it('writes once per key: a retried call adds no rows and returns the same number', async () => {
      const n = notice({ level: 'supervision', key: 'k-retry' });
      const first = await sut.escalation(n, NOW);
      const count = store.rows.length;
      const again = await sut.escalation(n, new Date(NOW.getTime() + 60_000));
      expect(store.rows).toHaveLength(count);
      expect(again).toEqual(first);
    });

    it('names the office user who asked for a manual urge by their display name, not their login name', async () => {
      const named = new NotificationWriter(
        Object.assign(directory, {
          displayNameOf: (u: string) => Promise.resolve(u === 'office.wang' ? '王建国' : null),
        }),
        store,
        notices,
        new OutboundQueue(store, outbox, () => kicks++),
      );
      await named.escalation(notice({ level: 'urging', key: 'k-manual', byUserId: 'office.wang' }), NOW);
      expect(store.rows[0]?.body).toContain('（联席会议办公室 王建国 发出）');
      expect(store.rows[0]?.body).not.toContain('office.wang');
    });

    it("names the unit's handler (承办人) on its escalation notices, without the phone on a 通报", async () => {
      const asked: string[] = [];
      const handlers = {
        handlerOf: (matterId: string, unitCode: string) => {
          asked.push(`${matterId}/${unitCode}`);
          return Promise.resolve(
            unitCode === 'justice'
              ? { name: '王敏', phone: '0871-63112233', at: NOW.toISOString(), byUserId: 'justice.liaison' }
              : null,
          );
        },
      };
      const queue = new OutboundQueue(store, outbox, () => kicks++);
      const named = new NotificationWriter(directory, store, notices, queue, undefined, undefined, handlers);
      await named.escalation(notice({ level: 'urging', key: 'k-h1' }), NOW);
      await named.escalation(notice({ level: 'report', reason: 'overdue', key: 'k-h2' }), NOW);
      await named.escalation(notice({ level: 'urging', unitCode: 'finance', key: 'k-h3' }), NOW);
      await named.escalation(notice({ office: true, unitCode: undefined, level: 'urging', key: 'k-h4' }), NOW);
      const bodyOf = (key: string) => store.rows.find((r) => r.sourceKey === key)?.body ?? '';
      expect(bodyOf('k-h1')).toContain('\n承办人：王敏（电话 0871-63112233）\n');
      expect(bodyOf('k-h2')).toContain('\n承办人：王敏\n');
      expect(bodyOf('k-h2')).not.toContain('63112233');
      expect(bodyOf('k-h3')).not.toContain('承办人');
      expect(bodyOf('k-h4')).not.toContain('承办人');
      // The office's own breach asks for nobody's handler.
      expect(asked).toEqual(['m1/justice', 'm1/justice', 'm1/finance']);
    });

    it('asks the directory for the units and roles of the notice only, in one query', async () => {
      await sut.escalation(notice({ level: 'supervision', key: 'k-query' }), NOW);
      expect(directory.queries).toEqual([{ units: ['justice'], roles: ['office_director'] }]);
      await sut.escalation(notice({ office: true, unitCode: undefined, level: 'report', key: 'k-q2' }), NOW);
      expect(directory.queries[1]).toEqual({ units: [], roles: ['leadership', 'office_director'] });
    });

    it('queues e-mail for those with an address and no digest, once, and sends nothing itself', async () => {
      store.prefer('justice-leader', 'leader@justice.gov.cn');
      store.prefer('justice-liaison', 'liaison@justice.gov.cn', true);
      const n = notice({ level: 'urging', key: 'k-mail' });
      await sut.escalation(n, NOW);
      await sut.escalation(n, NOW);
      expect(channel.sent).toEqual([]);
      expect(outbox.messages.map((m) => [m.address, m.subject])).toEqual([
        ['leader@justice.gov.cn', '【催办】议定事项 2026-03「开展知识产权宣传周活动」请抓紧办理'],
      ]);
      // The sweeper was woken (not awaited) each time something was queued.
      expect(kicks).toBe(2);

      await expect(sweeper.sweep(NOW)).resolves.toEqual({ claimed: 1, sent: 1 });
      await expect(sweeper.sweep(NOW)).resolves.toEqual({ claimed: 0, sent: 0 });
      expect(channel.sent.map((m) => m.to)).toEqual(['leader@justice.gov.cn']);
      const byUser = Object.fromEntries(store.rows.filter((r) => r.userId).map((r) => [r.userId, r.sentAt]));
      expect(byUser).toEqual({ 'justice-leader': NOW, 'justice-liaison': null });
    });

    it('keeps the inbox row when the channel fails, and the sweeper retries it later with backoff', async () => {
      store.prefer('justice-liaison', 'liaison@justice.gov.cn');
      channel.failFor.add('liaison@justice.gov.cn');
      await expect(sut.escalation(notice(), NOW)).resolves.toMatchObject({ noticeNo: null });
      await expect(sweeper.sweep(NOW)).resolves.toEqual({ claimed: 1, sent: 0 });
      expect(warnings).toEqual(['outbound notification not delivered']);
      expect(store.rows.find((r) => r.userId === 'justice-liaison')?.sentAt).toBeNull();
      expect(outbox.messages[0]).toMatchObject({ attempts: 1, lastError: 'mail server down' });
      channel.failFor.clear();
      // Not due before the backoff (1 s for the first retry here).
      await expect(sweeper.sweep(new Date(NOW.getTime() + 500))).resolves.toEqual({ claimed: 0, sent: 0 });
      const later = new Date(NOW.getTime() + 1000);
      await expect(sweeper.sweep(later)).resolves.toEqual({ claimed: 1, sent: 1 });
      expect(channel.sent.map((m) => m.to)).toEqual(['liaison@justice.gov.cn']);
      expect(store.rows.find((r) => r.userId === 'justice-liaison')?.sentAt).toEqual(later);
    });
  });

  describe('forEvents', () => {
    it('tells every dispatched unit (unit inbox and its people), as lead or co-unit', async () => {
      const dispatched = event(1, 'matter.dispatched', {
        unitCode: 'justice',
        data: { leadUnitCode: 'justice', coUnitCodes: ['finance'], dueDate: '2026-04-30' },
      });
      await expect(sut.forEvents(matter(), [dispatched], NOW)).resolves.toBe(6);
      expect(store.recipientsOf('m1:1')).toEqual([
        'unit:finance',
        'unit:justice',
        'user:finance-leader',
        'user:finance-liaison',
        'user:justice-leader',
        'user:justice-liaison',
      ]);
      const finance = store.rows.find((r) => r.recipientKey === 'unit:finance')!;
      expect(finance).toMatchObject({
        kind: 'assignment',
        title: '【交办】议定事项 2026-03「开展知识产权宣传周活动」',
      });
      expect(finance.body).toContain('你单位为配合单位，请于2026年4月30日（周四）前办结');
    });

    it('routes each kind of event to the people it concerns and ignores the rest', async () => {
      const m = matter({
        assignments: [
          ...matter().assignments,
          {
            unitCode: 'court',
            role: 'co',
            status: 'withdrawn',
            assignedAt: NOW.toISOString(),
            percent: 0,
            progress: [],
            returnCount: 0,
          },
        ],
      });
      const events = [
        event(2, 'assignment.acknowledged', { unitCode: 'justice' }),
        event(3, 'assignment.rerouted', { unitCode: 'finance', reason: '职责调整', data: { fromUnitCode: 'court' } }),
        event(4, 'matter.completion_submitted', { unitCode: 'justice' }),
        event(5, 'matter.completion_returned', { unitCode: 'justice', reason: '请补充照片' }),
        event(6, 'matter.instruction_given', {
          actor: { userId: 'convener', role: 'leadership', displayName: '张召集' },
          data: { text: '抓紧推进' },
        }),
        event(7, 'matter.extension_approved', { unitCode: 'justice', data: { dueDate: '2026-05-31' } }),
        event(8, 'supervision.escalated', { unitCode: 'justice' }),
        event(9, 'matter.closed', { unitCode: 'justice' }),
      ];
      await sut.forEvents(m, events, NOW);
      const justice = ['unit:justice', 'user:justice-leader', 'user:justice-liaison'];
      const finance = ['unit:finance', 'user:finance-leader', 'user:finance-liaison'];
      expect(store.recipientsOf('m1:2')).toEqual([]);
      expect(store.recipientsOf('m1:3')).toEqual(finance);
      expect(store.recipientsOf('m1:4')).toEqual(['user:director', 'user:staff']);
      expect(store.recipientsOf('m1:5')).toEqual(justice);
      expect(store.recipientsOf('m1:6')).toEqual([...finance, ...justice, 'user:director', 'user:staff'].sort());
      expect(store.recipientsOf('m1:7')).toEqual(justice);
      expect(store.recipientsOf('m1:8')).toEqual([]);
      expect(store.recipientsOf('m1:9')).toEqual([...finance, ...justice].sort());
      expect(store.rows.find((r) => r.sourceKey === 'm1:6')!.body).toBe(
        '张召集对议定事项 2026-03「开展知识产权宣传周活动」作出批示：抓紧推进',
      );
      expect(store.rows.find((r) => r.sourceKey === 'm1:7')!.title).toContain('办结时限延至2026年5月31日（周日）');
    });

    it("inside a unit: the liaison's draft goes to the unit's leader, the leader's return to its liaison", async () => {
      const liaison = {
        userId: 'justice-liaison',
        role: 'unit' as const,
        unitCode: 'justice',
        displayName: '王联络员',
      };
      const events = [
        event(11, 'assignment.draft_prepared', {
          unitCode: 'justice',
          actor: liaison,
          data: { kind: 'extension', summary: '需协调', requestedDueDate: '2026-06-30' },
        }),
        event(12, 'assignment.draft_returned', {
          unitCode: 'justice',
          actor: { userId: 'justice-leader', role: 'unit', unitCode: 'justice' },
          reason: '请写明协调事项',
          data: { kind: 'extension' },
        }),
      ];
      await sut.forEvents(matter(), events, NOW);
      expect(store.recipientsOf('m1:11')).toEqual(['unit:justice', 'user:justice-leader']);
      expect(store.recipientsOf('m1:12')).toEqual(['unit:justice', 'user:justice-liaison']);
      const prepared = store.rows.find((r) => r.sourceKey === 'm1:11')!;
      expect(prepared).toMatchObject({
        kind: 'draft',
        title: '【待审核】议定事项 2026-03「开展知识产权宣传周活动」的延期申请',
      });
      expect(prepared.body).toMatch(/^王联络员起草了/);
      expect(store.rows.find((r) => r.sourceKey === 'm1:12')!.body).toContain('修改意见：请写明协调事项');
      // The office is told of neither: the draft is the unit's own.
      expect(store.rows.filter((r) => r.recipientKey === 'user:director')).toEqual([]);
    });

    it('writes nothing twice when the same events are projected again', async () => {
      const events = [event(10, 'matter.cancelled', { reason: '工作调整' })];
      await expect(sut.forEvents(matter(), events, NOW)).resolves.toBe(6);
      await expect(sut.forEvents(matter(), events, NOW)).resolves.toBe(0);
    });
  });

  describe('sendDailyDigests', () => {
    it('sends each subscriber one message listing their unsent notices, then marks them sent', async () => {
      store.prefer('justice-liaison', 'liaison@justice.gov.cn', true);
      store.prefer('justice-leader', 'leader@justice.gov.cn', true);
      store.prefer('finance-liaison', null, true);
      await sut.escalation(notice({ key: 'k1' }), NOW);
      await sut.escalation(notice({ key: 'k2', level: 'urging' }), NOW);
      await sut.escalation(notice({ key: 'k3', unitCode: 'finance' }), NOW);
      expect(channel.sent).toEqual([]);

      const later = new Date(NOW.getTime() + 24 * 3600 * 1000);
      await expect(digests.sendDailyDigests(later)).resolves.toEqual({ users: 2, notices: 3 });
      expect(channel.sent.map((m) => [m.to, m.subject])).toEqual([
        ['liaison@justice.gov.cn', '【每日汇总】2026-03-06 您有 2 条通知'],
        ['leader@justice.gov.cn', '【每日汇总】2026-03-06 您有 1 条通知'],
      ]);
      expect(channel.sent[0]?.text).toContain('1. [03/05 08:00] 【提醒】议定事项 2026-03');
      await expect(digests.sendDailyDigests(later)).resolves.toEqual({ users: 0, notices: 0 });
    });

    it('leaves a backlog older than the window out of the digest', async () => {
      store.prefer('justice-liaison', 'liaison@justice.gov.cn', true);
      await sut.escalation(notice({ key: 'old' }), new Date('2026-01-01T00:00:00.000Z'));
      await expect(digests.sendDailyDigests(NOW)).resolves.toEqual({ users: 0, notices: 0 });
    });
  });
});
