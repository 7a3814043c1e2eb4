import { randomUUID } from 'node:crypto';

import type { Actor, NotificationView } from '@app/contracts';
import { aMatter, MatterApi, office, TestStack, unitUser } from '@app/testing';

import { productApps } from '../support/product-apps';

// Notices are read when their matter is opened or what they asked for is done, one per person per event, and
// 'mark all read' can take one kind at a time. The database is shared with other files: every assertion looks
// only at this file's matters (by id) and at people of its own (by a tag in their user name).
const TAG = randomUUID().slice(0, 6);
const LEAD = 'justice';
const CO = 'finance';

describe('notices read on opening and acting', () => {
  let stack: TestStack;
  let api: MatterApi;
  const staff = office(`nr.${TAG}.office`);
  const leader = unitUser(LEAD, `nr.${TAG}.leader`);
  const coLeader = unitUser(CO, `nr.${TAG}.co`);
  const convener: Actor = { userId: `nr.${TAG}.convener`, role: 'leadership' };

  beforeAll(async () => {
    stack = await TestStack.start(productApps);
    api = new MatterApi(stack);
    // The people exist before the matters are dispatched, so the notices name them.
    await Promise.all([staff, leader, coLeader, convener].map((who) => stack.headers(who)));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const inboxOn = async (who: Actor, matterId: string): Promise<NotificationView[]> => {
    const res = await stack.http
      .get('/api/notifications')
      .query({ pageSize: 100 })
      .set(await stack.headers(who))
      .expect(200);
    return (res.body as { items: NotificationView[] }).items.filter((n) => n.matterId === matterId);
  };
  // The projection activity writes the notices just after the command answers: wait for them.
  async function noticesOn(who: Actor, matterId: string, count: number): Promise<NotificationView[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const items = await inboxOn(who, matterId);
      if (items.length >= count || Date.now() > deadline) {
        return items;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const dispatch = () =>
    api.dispatch(aMatter().lead(LEAD).co(CO).title(`已读测试 ${TAG}`).due('2027-03-31').build(), staff);

  it('lists the dispatch once to a person named in it and sent to their unit', async () => {
    const m = await dispatch();
    const items = await noticesOn(leader, m.id, 1);
    expect(items.map((n) => [n.kind, n.audience])).toEqual([['assignment', 'user']]);
    expect(items[0]?.body).toContain('请于2027年3月31日（周三）前办结');
  });

  it('marks the reader’s notices on a matter read when they open it, and no other matter’s', async () => {
    const [opened, other] = [await dispatch(), await dispatch()];
    expect((await noticesOn(leader, opened.id, 1)).map((n) => n.readAt)).toEqual([null]);
    expect(await noticesOn(leader, other.id, 1)).toHaveLength(1);

    const res = await stack.http
      .post(`/api/notifications/matters/${opened.id}/read`)
      .set(await stack.headers(leader))
      .expect(200);
    expect(res.body).toEqual({ mine: expect.any(Number), unit: expect.any(Number) });
    expect((await inboxOn(leader, opened.id)).map((n) => n.readAt !== null)).toEqual([true]);
    expect((await inboxOn(leader, other.id)).map((n) => n.readAt)).toEqual([null]);
    // Another unit's person keeps their own notice on the opened matter unread.
    expect((await noticesOn(coLeader, opened.id, 1)).map((n) => n.readAt)).toEqual([null]);
    // Opening twice, or a matter with no notices, is harmless.
    await stack.http
      .post(`/api/notifications/matters/${opened.id}/read`)
      .set(await stack.headers(leader))
      .expect(200);
    await stack.http
      .post(`/api/notifications/matters/${randomUUID()}/read`)
      .set(await stack.headers(leader))
      .expect(200);
    const bad = await stack.http.post('/api/notifications/matters/not-an-id/read').set(await stack.headers(leader));
    expect(bad.status).toBe(400);
  });

  it('marks the notices read when the person does what they asked (acknowledges)', async () => {
    const m = await dispatch();
    expect((await noticesOn(leader, m.id, 1)).map((n) => n.readAt)).toEqual([null]);
    await api.ok(m.id, 'acknowledge', leader);
    expect((await inboxOn(leader, m.id)).map((n) => n.readAt !== null)).toEqual([true]);
    // The co-unit did not act: its notice stays unread.
    expect((await noticesOn(coLeader, m.id, 1)).map((n) => n.readAt)).toEqual([null]);
  });

  it('marks all of one kind read and leaves the other kinds', async () => {
    const m = await dispatch();
    await noticesOn(leader, m.id, 1);
    await api.ok(m.id, 'instruct', convener, { text: `请抓紧推进 ${TAG}` });
    const both = await noticesOn(leader, m.id, 2);
    expect(both.map((n) => n.kind).sort()).toEqual(['assignment', 'instruction']);

    await stack.http
      .post('/api/notifications/read-all')
      .query({ kind: 'instruction' })
      .set(await stack.headers(leader))
      .expect(200);
    const after = await inboxOn(leader, m.id);
    expect(after.map((n) => [n.kind, n.readAt !== null]).sort()).toEqual([
      ['assignment', false],
      ['instruction', true],
    ]);
    const bad = await stack.http
      .post('/api/notifications/read-all')
      .query({ kind: 'gossip' })
      .set(await stack.headers(leader));
    expect(bad.status).toBe(400);
    expect((await inboxOn(leader, m.id)).find((n) => n.kind === 'assignment')?.readAt).toBeNull();
  });
});
