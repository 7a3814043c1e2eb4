import { randomUUID } from 'node:crypto';

import type { EscalationNotice, MatterEvent, MatterState, UserRole } from '@app/contracts';
import type { UserRole as Role } from '@app/contracts';
import {
  NoticeNumberEntity,
  NoticeNumberRepository,
  NotificationEntity,
  NotificationOutboxRepository,
  NotificationRepository,
  UserRepository,
} from '@app/database';
import type { OutboundChannel } from '@app/notifications';
import { DailyDigestSender, NotificationWriter, OutboundQueue, OutboxSweeper } from '@app/notifications';
import { TestStack } from '@app/testing';

import { productApps } from '../support/product-apps';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';

import { createNotificationActivities } from '../../apps/worker/src/activities/notification.activities';
import { ensureDailyDigest } from '../../apps/worker/src/temporal/digest-schedule';

class RecordingChannel implements OutboundChannel {
  readonly sent: { to: string; subject: string; text: string }[] = [];
  send(to: string, subject: string, text: string): Promise<void> {
    this.sent.push({ to, subject, text });
    return Promise.resolve();
  }
}

// The database is shared with the test files running in parallel: this file's units and people carry a tag of
// their own, and the writer addresses only them, so nobody else's notices reach these inboxes (or the reverse).
const TAG = randomUUID().slice(0, 6);
// A year nobody else numbers 督办 notices in.
const NOW = new Date('2091-03-05T00:00:00.000Z');

interface Person {
  id: string;
  username: string;
  headers: Record<string, string>;
}

describe('notifications', () => {
  let stack: TestStack;
  let channel: RecordingChannel;
  let writer: NotificationWriter;
  let sweeper: OutboxSweeper;
  let digests: DailyDigestSender;
  let numbers: NoticeNumberRepository;

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    const users = new UserRepository(stack.dataSource);
    const notifications = new NotificationRepository(stack.dataSource);
    numbers = new NoticeNumberRepository(stack.dataSource);
    channel = new RecordingChannel();
    const ours = <T extends { username: string }>(people: T[]): T[] =>
      people.filter((u) => u.username.startsWith(`nt.${TAG}.`));
    const directory = {
      recipientsFor: async (units: readonly string[], roles: readonly Role[]) =>
        ours(await users.recipientsFor(units, roles)),
      activeByIds: async (ids: readonly string[]) => ours(await users.activeByIds(ids)),
    };
    const outbox = new NotificationOutboxRepository(stack.dataSource);
    writer = new NotificationWriter(directory, notifications, numbers, new OutboundQueue(notifications, outbox));
    sweeper = new OutboxSweeper(outbox, channel);
    digests = new DailyDigestSender(directory, notifications, channel);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const unitOf = (name: string): string => `nt-${TAG}-${name}`;
  async function person(name: string, roles: UserRole[], unit: string | null = null): Promise<Person> {
    const username = `nt.${TAG}.${name}`;
    const user = await stack.ensureUser(username, roles, unit);
    const role = unit ? 'unit' : roles.includes('leadership') ? 'leadership' : 'office';
    const headers = await stack.headers({ userId: username, role, unitCode: unit ?? undefined }, roles);
    return { id: user.id, username, headers };
  }
  const notice = (over: Partial<EscalationNotice>): EscalationNotice => ({
    matterId: randomUUID(),
    matterCode: '2091-03',
    title: '开展知识产权宣传周活动',
    level: 'reminder',
    reason: 'ack_missed',
    office: false,
    byUserId: 'system',
    key: randomUUID(),
    ...over,
  });
  const inbox = async (who: Person, query: Record<string, unknown> = {}) =>
    (await stack.http.get('/api/notifications').query(query).set(who.headers).expect(200)).body;
  const rowsOf = (sourceKey: string) => stack.dataSource.getRepository(NotificationEntity).findBy({ sourceKey });

  it('delivers each escalation level to the right inboxes, with unread counts', async () => {
    const [a, b] = [unitOf('esc-a'), unitOf('esc-b')];
    const liaisonA = await person('esc.liaison.a', ['unit_liaison'], a);
    const leaderA = await person('esc.leader.a', ['unit_leader'], a);
    const liaisonB = await person('esc.liaison.b', ['unit_liaison'], b);
    const director = await person('esc.director', ['office_director']);
    const convener = await person('esc.convener', ['leadership']);

    const reminder = await writer.escalation(notice({ level: 'reminder', unitCode: a }), NOW);
    await writer.escalation(notice({ level: 'urging', unitCode: a }), NOW);
    const report = await writer.escalation(notice({ level: 'report', reason: 'overdue', unitCode: b }), NOW);

    expect(reminder.recipients.map((r) => r.username ?? `unit:${r.unitCode}`)).toEqual([
      `unit:${a}`,
      liaisonA.username,
    ]);
    expect(report.recipients.map((r) => r.username ?? `unit:${r.unitCode}`).sort()).toEqual(
      [`unit:${b}`, convener.username, director.username].sort(),
    );
    // A notice that came to a person by name is not listed again as the unit's: the liaison officer was named
    // in both, the leader only in 催办.
    expect((await inbox(liaisonA)).unread).toEqual({ mine: 2, unit: 0 });
    expect((await inbox(leaderA)).unread).toEqual({ mine: 1, unit: 1 });
    expect((await inbox(liaisonB)).unread).toEqual({ mine: 0, unit: 1 });
    // Office and leadership people also get notices from other test files' matters (the database is shared):
    // count only this test's (matter code 2091-03).
    type Item = { title: string; readAt: string | null };
    const ours = (items: Item[]): Item[] => items.filter((i) => i.title.includes('2091-03'));
    expect(ours((await inbox(director, { pageSize: 100 })).items)).toHaveLength(1);
    const convenerInbox = await inbox(convener, { pageSize: 100 });
    expect(ours(convenerInbox.items)).toHaveLength(1);
    expect(ours(convenerInbox.items)[0]).toMatchObject({
      kind: 'escalation',
      audience: 'user',
      title: '【通报】议定事项 2091-03「开展知识产权宣传周活动」现予通报',
      readAt: null,
    });
    expect((await inbox(liaisonA)).items.map((i: { audience: string }) => i.audience)).toEqual(['user', 'user']);
    const leaderInbox = await inbox(leaderA);
    expect(leaderInbox.items.map((i: { audience: string; title: string }) => [i.audience, i.title]).sort()).toEqual(
      [
        ['unit', '【提醒】议定事项 2091-03「开展知识产权宣传周活动」请及时办理'],
        ['user', '【催办】议定事项 2091-03「开展知识产权宣传周活动」请抓紧办理'],
      ].sort(),
    );
  });

  it('numbers 督办 notices 督〔YYYY〕1号, 2号…; a retried call writes nothing new and keeps its number', async () => {
    const unit = unitOf('sup');
    await person('sup.leader', ['unit_leader'], unit);
    const first = notice({ level: 'supervision', reason: 'overdue', unitCode: unit });
    const r1 = await writer.escalation(first, NOW);
    const r2 = await writer.escalation(notice({ level: 'supervision', reason: 'overdue', unitCode: unit }), NOW);
    expect([r1.noticeNo, r2.noticeNo]).toEqual(['督〔2091〕1号', '督〔2091〕2号']);

    const rows = await rowsOf(first.key);
    const again = await writer.escalation(first, new Date(NOW.getTime() + 60_000));
    expect(again).toEqual(r1);
    expect((await rowsOf(first.key)).map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(rows.find((r) => r.userId)?.title).toContain('【督办】督〔2091〕1号');
    expect(await stack.dataSource.getRepository(NoticeNumberEntity).countBy({ year: 2091 })).toBe(2);
  });

  it('allocates distinct numbers to concurrent notices and one number to concurrent retries', async () => {
    const keys = Array.from({ length: 6 }, () => randomUUID());
    const allocated = await Promise.all(keys.map((k) => numbers.allocate(k, 2092, randomUUID())));
    expect([...allocated].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    const same = randomUUID();
    expect(await Promise.all([1, 2, 3].map(() => numbers.allocate(same, 2093, randomUUID())))).toEqual([1, 1, 1]);
  });

  it('marks one notice or the whole inbox read, and never another unit’s notice', async () => {
    const [a, b] = [unitOf('read-a'), unitOf('read-b')];
    const liaison = await person('read.liaison.a', ['unit_liaison'], a);
    const leader = await person('read.leader.a', ['unit_leader'], a);
    const other = await person('read.liaison.b', ['unit_liaison'], b);
    await writer.escalation(notice({ level: 'reminder', unitCode: a }), NOW);
    await writer.escalation(notice({ level: 'reminder', reason: 'progress_missed', unitCode: a }), NOW);

    const leader2 = await person('read.leader2.a', ['unit_leader'], a);

    // The liaison officer was named in both reminders: two personal rows, the unit's copies not listed again.
    const page = await inbox(liaison, { pageSize: 1, page: 2 });
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1, unread: { mine: 2, unit: 0 } });
    expect(page.items).toHaveLength(1);
    const mine = (await inbox(liaison)).items[0];
    expect(mine.audience).toBe('user');
    // The leaders were not named: they see the unit's two rows.
    const leaderInbox = await inbox(leader);
    expect(leaderInbox).toMatchObject({ total: 2, unread: { mine: 0, unit: 2 } });
    const unitRow = leaderInbox.items[0];
    expect(unitRow.audience).toBe('unit');

    const refused = await stack.http.post(`/api/notifications/${unitRow.id}/read`).set(other.headers);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const absent = await stack.http.post(`/api/notifications/${randomUUID()}/read`).set(liaison.headers);
    expect(absent.status).toBe(404);
    expect((await stack.http.post('/api/notifications/not-an-id/read').set(liaison.headers)).status).toBe(400);

    const read = await stack.http.post(`/api/notifications/${mine.id}/read`).set(liaison.headers).expect(200);
    expect(read.body).toEqual({ mine: 1, unit: 0 });
    await stack.http.post(`/api/notifications/${mine.id}/read`).set(liaison.headers).expect(200);
    // The unit's inbox is shared: read by one of its people, it is read for all of them.
    await stack.http.post(`/api/notifications/${unitRow.id}/read`).set(leader.headers).expect(200);
    expect((await inbox(leader2)).unread).toEqual({ mine: 0, unit: 1 });
    expect((await inbox(liaison, { unread: true })).total).toBe(1);

    const all = await stack.http.post('/api/notifications/read-all').set(liaison.headers).expect(200);
    expect(all.body).toEqual({ mine: 0, unit: 0 });
    expect((await inbox(liaison, { unread: 'true' })).items).toEqual([]);
    expect((await inbox(liaison)).items.every((i: { readAt: string | null }) => i.readAt !== null)).toBe(true);
    // Reading all of one's own inbox leaves alone the unit's rows one never saw.
    expect((await inbox(leader2)).unread).toEqual({ mine: 0, unit: 1 });
    await stack.http.post('/api/notifications/read-all').set(leader2.headers).expect(200);
    expect((await inbox(leader)).unread).toEqual({ mine: 0, unit: 0 });
    expect((await inbox(other)).unread).toEqual({ mine: 0, unit: 0 });
  });

  it('writes inbox notices for matter events once', async () => {
    const unit = unitOf('events');
    const liaison = await person('events.liaison', ['unit_liaison'], unit);
    const matterId = randomUUID();
    const matter = {
      matterId,
      code: '2091-07',
      title: '开展知识产权普法宣传',
      leadUnitCode: unit,
      coUnitCodes: [],
      dueDate: '2091-12-31',
      assignments: [{ unitCode: unit, role: 'lead', status: 'awaiting_ack' }],
    } as unknown as MatterState;
    const dispatched: MatterEvent = {
      matterId,
      seq: 1,
      type: 'matter.dispatched',
      at: NOW.toISOString(),
      actor: { userId: 'office.staff', role: 'office' },
      unitCode: unit,
      data: { leadUnitCode: unit, coUnitCodes: [], dueDate: '2091-12-31' },
    };
    // Two rows (the unit's and the liaison officer's), listed once in the officer's inbox.
    await expect(writer.forEvents(matter, [dispatched], NOW)).resolves.toBe(2);
    await expect(writer.forEvents(matter, [dispatched], NOW)).resolves.toBe(0);
    expect(await rowsOf(`${matterId}:1`)).toHaveLength(2);
    expect((await inbox(liaison)).items.map((i: { title: string; audience: string }) => [i.audience, i.title])).toEqual(
      [['user', '【交办】议定事项 2091-07「开展知识产权普法宣传」']],
    );
  });

  it('keeps preferences per person', async () => {
    const someone = await person('prefs', ['unit_liaison'], unitOf('prefs'));
    const get = async () =>
      (await stack.http.get('/api/notifications/preferences').set(someone.headers).expect(200)).body;
    const put = (body: object) => stack.http.put('/api/notifications/preferences').set(someone.headers).send(body);

    expect(await get()).toEqual({ dailyDigest: false, email: null });
    const noAddress = await put({ dailyDigest: true });
    expect({ status: noAddress.status, code: noAddress.body.code }).toEqual({ status: 422, code: 'INVALID_COMMAND' });
    expect((await put({ dailyDigest: false, email: 'not-an-address' })).status).toBe(400);
    expect((await put({ dailyDigest: true, email: 'wang@wuhua.gov.cn', extra: 1 })).status).toBe(400);

    expect((await put({ dailyDigest: true, email: 'wang@wuhua.gov.cn' })).body).toEqual({
      dailyDigest: true,
      email: 'wang@wuhua.gov.cn',
    });
    expect(await get()).toEqual({ dailyDigest: true, email: 'wang@wuhua.gov.cn' });
    // Omitting the address keeps it; null removes it.
    await put({ dailyDigest: false }).expect(200);
    expect(await get()).toEqual({ dailyDigest: false, email: 'wang@wuhua.gov.cn' });
    await put({ dailyDigest: false, email: null }).expect(200);
    expect(await get()).toEqual({ dailyDigest: false, email: null });
  });

  it('e-mails at once or in one daily digest per subscriber, as each person chose', async () => {
    const unit = unitOf('digest');
    const liaison = await person('digest.liaison', ['unit_liaison'], unit);
    const leader = await person('digest.leader', ['unit_leader'], unit);
    const deputy = await person('digest.deputy', ['unit_leader'], unit);
    const choose = (p: Person, body: object) =>
      stack.http.put('/api/notifications/preferences').set(p.headers).send(body).expect(200);
    await choose(liaison, { dailyDigest: true, email: `liaison.${TAG}@wuhua.gov.cn` });
    await choose(leader, { dailyDigest: true, email: `leader.${TAG}@wuhua.gov.cn` });
    await choose(deputy, { dailyDigest: false, email: `deputy.${TAG}@wuhua.gov.cn` });
    const mailsTo = (to: string) => channel.sent.filter((m) => m.to === to);

    await writer.escalation(notice({ level: 'reminder', unitCode: unit }), NOW);
    await writer.escalation(notice({ level: 'urging', unitCode: unit }), NOW);
    // Queued, not sent, by the writer: the worker's sweeper sends (other files' messages may be due too).
    expect(mailsTo(`deputy.${TAG}@wuhua.gov.cn`)).toEqual([]);
    await sweeper.drain(() => NOW);
    expect(mailsTo(`deputy.${TAG}@wuhua.gov.cn`).map((m) => m.subject)).toEqual([
      '【催办】议定事项 2091-03「开展知识产权宣传周活动」请抓紧办理',
    ]);
    expect(mailsTo(`liaison.${TAG}@wuhua.gov.cn`)).toEqual([]);

    const later = new Date(NOW.getTime() + 24 * 3600 * 1000);
    await expect(digests.sendDailyDigests(later)).resolves.toEqual({ users: 2, notices: 3 });
    expect(mailsTo(`liaison.${TAG}@wuhua.gov.cn`).map((m) => m.subject)).toEqual([
      '【每日汇总】2091-03-06 您有 2 条通知',
    ]);
    expect(mailsTo(`leader.${TAG}@wuhua.gov.cn`).map((m) => m.subject)).toEqual([
      '【每日汇总】2091-03-06 您有 1 条通知',
    ]);
    await expect(digests.sendDailyDigests(later)).resolves.toEqual({ users: 0, notices: 0 });
  });

  it('runs the digest as a workflow calling the worker activity, and schedules it once', async () => {
    const digester = await person('digest.workflow', ['unit_liaison'], unitOf('wf'));
    await stack.http
      .put('/api/notifications/preferences')
      .set(digester.headers)
      .send({ dailyDigest: true, email: `wf.${TAG}@wuhua.gov.cn` })
      .expect(200);
    await writer.escalation(notice({ level: 'reminder', unitCode: unitOf('wf') }), new Date());

    const taskQueue = `digest-${TAG}`;
    const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const worker = await Worker.create({
      connection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities: createNotificationActivities(writer, digests),
    });
    const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    try {
      const result = await worker.runUntil(
        client.workflow.execute('DailyDigestWorkflow', { taskQueue, workflowId: `digest-${randomUUID()}` }),
      );
      expect(result).toEqual({ users: 1, notices: 1 });
      expect(channel.sent.filter((m) => m.to === `wf.${TAG}@wuhua.gov.cn`)).toHaveLength(1);

      // Another file's worker may have scheduled it already; then this file leaves it alone.
      const started = await ensureDailyDigest(client, taskQueue);
      await expect(ensureDailyDigest(client, taskQueue)).resolves.toBe(false);
      const schedule = client.workflow.getHandle('daily-digest');
      const described = await schedule.describe();
      expect({ type: described.type, status: described.status.name }).toEqual({
        type: 'DailyDigestWorkflow',
        status: 'RUNNING',
      });
      if (started) {
        await schedule.terminate('test cleanup');
      }
    } finally {
      await client.connection.close();
      await connection.close();
    }
  }, 60_000);
});
