import { randomUUID } from 'node:crypto';

import type { Actor, FollowedMatterSummary, MatterDetail, NotificationView, Page } from '@app/contracts';
import { AuditLogEntity, MatterFollowEntity, NotificationEntity } from '@app/database';
import { aMatter, leader, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// 关注: a leader who gives a 批示 follows the matter and is told, once per event, when a unit answers on it and when
// it closes; another leader follows and unfollows by hand. On the real Temporal server and MySQL, through HTTP.
describe('leadership follows a matter', () => {
  let stack: TestStack;
  let api: MatterApi;
  const TAG = randomUUID().slice(0, 6);
  const staff = office();
  const justice = unitUser('justice');
  const finance = unitUser('finance');
  // This file's own leaders: only they follow, so only their inboxes are counted.
  const first = leader(`fl.${TAG}.first`);
  const second = leader(`fl.${TAG}.second`);

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const call = async (method: 'get' | 'put' | 'delete', path: string, actor: Actor) =>
    stack.http[method](path).set(await stack.headers(actor));

  // The person's notices on one matter, oldest first.
  async function noticesOn(matterId: string, actor: Actor): Promise<NotificationView[]> {
    const res = await call('get', '/api/notifications?pageSize=100', actor);
    expect(res.status).toBe(200);
    return (res.body as Page<NotificationView>).items.filter((n) => n.matterId === matterId).reverse();
  }

  const followsOf = (matterId: string) => stack.dataSource.getRepository(MatterFollowEntity).findBy({ matterId });

  it('follows on a 批示, tells the follower of each answer and of the closure, once; a manual follower stops', async () => {
    const m = await api.dispatch(aMatter().lead('justice').co('finance').due('2027-06-30').build(), staff);
    const key = `follow-instruct-${TAG}`;

    const instructed = await api.command(m.id, 'instruct', first, { text: '请抓紧推进，按期办结' }, key);
    expect(instructed.status).toBe(200);
    expect((instructed.body as { matter: MatterDetail }).matter.followed).toBe(true);
    const given = (await api.get(m.id, staff)).events.filter((e) => e.type === 'matter.instruction_given');
    expect(given).toHaveLength(1);
    const instructionSource = `${m.id}:${given[0]!.seq}`;
    const instructionNotices = await stack.dataSource
      .getRepository(NotificationEntity)
      .countBy({ sourceKey: instructionSource });

    // The Idempotency-Key replay applies nothing again: one instruction, one follow, no new notices.
    const replay = await api.command(m.id, 'instruct', first, { text: '请抓紧推进，按期办结' }, key);
    // Temporal answers an Update id it has run with its first outcome: the same appended events.
    expect({ status: replay.status, appended: replay.body.appended }).toEqual({
      status: 200,
      appended: instructed.body.appended,
    });
    const events = (await api.get(m.id, staff)).events.filter((e) => e.type === 'matter.instruction_given');
    expect(events).toHaveLength(1);
    expect((await followsOf(m.id)).map((f) => f.reason)).toEqual(['instruction']);
    await expect(
      stack.dataSource.getRepository(NotificationEntity).countBy({ sourceKey: instructionSource }),
    ).resolves.toBe(instructionNotices);

    const listed = await call('get', '/api/matters/followed?pageSize=200', first);
    expect(listed.status).toBe(200);
    const row = (listed.body as Page<FollowedMatterSummary>).items.find((i) => i.id === m.id);
    expect(row).toMatchObject({ code: m.code, followReason: 'instruction' });

    // The second leader follows by hand; following again keeps the first follow and audits once.
    const followed = await call('put', `/api/matters/${m.id}/follow`, second);
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ matterId: m.id, followed: true, reason: 'manual' });
    const again = await call('put', `/api/matters/${m.id}/follow`, second);
    expect(again.body).toEqual(followed.body);
    expect((await api.get(m.id, second)).followed).toBe(true);
    expect((await api.get(m.id, staff)).followed).toBe(false);

    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'report-progress', justice, { text: '已制定实施方案', percent: 40 });
    await api.ok(m.id, 'acknowledge', finance);
    await api.ok(m.id, 'contribute', finance, { text: '已开展宣传活动3场', evidence: [] });

    // The second leader stops following: twice is the same as once, and audited once.
    const dropped = await call('delete', `/api/matters/${m.id}/follow`, second);
    expect(dropped.status).toBe(200);
    expect(dropped.body).toEqual({ matterId: m.id, followed: false, since: null, reason: null });
    expect((await call('delete', `/api/matters/${m.id}/follow`, second)).status).toBe(200);
    expect((await api.get(m.id, second)).followed).toBe(false);

    await api.ok(m.id, 'submit-completion', justice, { summary: '已按方案完成', evidence: [{ title: '总结.pdf' }] });
    await api.ok(m.id, 'verify', staff, { comment: '同意销号' });

    const toFirst = await noticesOn(m.id, first);
    expect(toFirst.map((n) => n.kind)).toEqual(['followed', 'followed', 'followed', 'closed']);
    expect(toFirst.map((n) => n.title)).toEqual([
      expect.stringContaining('司法局报送了'),
      expect.stringContaining('财政局报送了'),
      expect.stringContaining('办结报告'),
      expect.stringContaining('已办结销号'),
    ]);
    expect(toFirst.every((n) => n.title.includes(m.code) && n.audience === 'user')).toBe(true);
    expect(toFirst[0]!.body).toContain('完成进度 40%：已制定实施方案');
    // The second leader heard of the progress and the contribution, and of nothing after unfollowing.
    expect((await noticesOn(m.id, second)).map((n) => n.kind)).toEqual(['followed', 'followed']);

    const audit = await stack.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ actorUserId: second.userId, target: m.code });
    expect(audit.map((a) => a.action).sort()).toEqual(['matter.followed', 'matter.unfollowed']);
    expect(audit.every((a) => a.detail.matterId === m.id && a.detail.capacity === 'leadership')).toBe(true);
  });

  it('tells a follower only of answers after the follow began, and of a cancellation', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due('2027-06-30').build(), staff);
    await api.ok(m.id, 'acknowledge', justice);
    await api.ok(m.id, 'report-progress', justice, { text: '关注之前的进展', percent: 10 });
    expect((await call('put', `/api/matters/${m.id}/follow`, first)).status).toBe(200);
    await api.ok(m.id, 'report-progress', justice, { text: '关注之后的进展', percent: 30 });
    // A 批示 on a matter already followed keeps the follow as it was.
    await api.ok(m.id, 'instruct', first, { text: '请加快进度' });
    expect((await followsOf(m.id)).map((f) => f.reason)).toEqual(['manual']);
    await api.ok(m.id, 'cancel', staff, { reason: '事项已由其他渠道解决' });

    const notices = await noticesOn(m.id, first);
    expect(notices.map((n) => n.kind)).toEqual(['followed', 'cancelled']);
    expect(notices[0]!.body).toContain('关注之后的进展');
    expect(notices[1]!.body).toContain('撤销理由：事项已由其他渠道解决');
  });

  it('refuses a unit user (403), an unknown matter (404) and a malformed id (400)', async () => {
    const m = await api.dispatch(aMatter().lead('justice').due('2027-06-30').build(), staff);
    const unit = await call('put', `/api/matters/${m.id}/follow`, justice);
    expect({ status: unit.status, code: unit.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const list = await call('get', '/api/matters/followed', justice);
    expect({ status: list.status, code: list.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const unknown = await call('put', `/api/matters/${randomUUID()}/follow`, first);
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'MATTER_NOT_FOUND' });
    const gone = await call('delete', `/api/matters/${randomUUID()}/follow`, first);
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: 'MATTER_NOT_FOUND' });
    const bad = await call('put', '/api/matters/not-a-uuid/follow', first);
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await followsOf(m.id)).toEqual([]);
  });
});
