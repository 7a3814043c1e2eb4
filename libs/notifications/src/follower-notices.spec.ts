import { UnitDirectory } from '@app/domain';
import type { MatterEvent } from '@app/contracts';

import { fakeEvent, FakeDirectory, fakeMatter, FakeNotices, FakeOutbox, FakeStore, person } from './notification.fakes';
import { followedText } from './notification-texts';
import { NotificationWriter } from './notification-writer';
import { OutboundQueue } from './outbound-queue';
import type { FollowerDirectory, NotificationUser } from './recipients';

const SEED = UnitDirectory.fromSeed();

const NOW = new Date('2026-03-05T00:00:00.000Z');
const LATER = new Date('2026-03-06T00:00:00.000Z');

const matter = fakeMatter(NOW, {}, '');

const event = (seq: number, type: MatterEvent['type'], over: Partial<MatterEvent> = {}): MatterEvent =>
  fakeEvent(seq, type, {
    at: LATER.toISOString(),
    actor: { userId: 'justice-liaison', role: 'unit', unitCode: 'justice' },
    unitCode: 'justice',
    ...over,
  });

const convener = person('convener', ['leadership']);
const deputy = person('deputy', ['leadership']);
const director = person('director', ['office_director']);

class Followers implements FollowerDirectory {
  constructor(readonly rows: { user: NotificationUser; since: Date }[]) {}
  followersOf(): Promise<{ user: NotificationUser; since: Date }[]> {
    return Promise.resolve(this.rows);
  }
}

describe('follower notices', () => {
  let store: FakeStore;
  const writer = (followers?: FollowerDirectory): NotificationWriter =>
    new NotificationWriter(
      new FakeDirectory([convener, deputy, director]),
      store,
      new FakeNotices(),
      new OutboundQueue(store, new FakeOutbox(store)),
      followers,
    );

  beforeEach(() => {
    store = new FakeStore();
  });

  it("tells a follower of a unit's progress report, naming the matter and the unit", async () => {
    const e = event(5, 'assignment.progress_reported', { data: { text: '已制定方案', percent: 40 } });
    await writer(new Followers([{ user: convener, since: NOW }])).forEvents(matter, [e], LATER);
    expect(store.rows.map((r) => [r.sourceKey, r.recipientKey, r.kind])).toEqual([
      ['m1:5', 'user:convener', 'followed'],
    ]);
    expect(store.rows[0]?.title).toBe('【关注事项】区司法局报送了议定事项 2026-03「开展知识产权宣传周活动」的办理进展');
    expect(store.rows[0]?.body).toBe(
      '您关注的议定事项 2026-03「开展知识产权宣传周活动」，区司法局报送了办理进展，完成进度 40%：已制定方案',
    );
  });

  it('tells nobody of an answer given before the follow began, nor a disabled follower', async () => {
    const gone = { ...deputy, disabled: true };
    const followers = new Followers([
      { user: convener, since: new Date(LATER.getTime() + 1) },
      { user: gone, since: NOW },
    ]);
    await writer(followers).forEvents(matter, [event(5, 'assignment.contributed', { unitCode: 'finance' })], LATER);
    expect(store.rows).toEqual([]);
  });

  it('writes one notice per person per event: a retry adds nothing, another notice of the event wins', async () => {
    const sut = writer(
      new Followers([
        { user: convener, since: NOW },
        { user: director, since: NOW },
      ]),
    );
    const submitted = event(6, 'matter.completion_submitted', { data: { summary: '已完成' } });
    await sut.forEvents(matter, [submitted], LATER);
    await sut.forEvents(matter, [submitted], LATER);
    // The director hears of it as the office (待核验), once; the follower as a follower, once.
    expect(store.rows.map((r) => [r.recipientKey, r.kind]).sort()).toEqual([
      ['user:convener', 'followed'],
      ['user:director', 'submitted'],
    ]);
  });

  it('tells followers of the closure and of a cancellation with its reason; other events tell them nothing', async () => {
    const sut = writer(new Followers([{ user: convener, since: NOW }]));
    await sut.forEvents(
      matter,
      [
        event(7, 'assignment.acknowledged'),
        event(8, 'matter.closed', { actor: { userId: 'director', role: 'office' } }),
        event(9, 'matter.cancelled', { reason: '已由其他渠道解决' }),
      ],
      LATER,
    );
    const toConvener = store.rows.filter((r) => r.recipientKey === 'user:convener');
    expect(toConvener.map((r) => [r.sourceKey, r.kind])).toEqual([
      ['m1:8', 'closed'],
      ['m1:9', 'cancelled'],
    ]);
    expect(toConvener[1]?.body).toContain('撤销理由：已由其他渠道解决');
  });

  it('tells no follower without a follower directory', async () => {
    await writer().forEvents(matter, [event(5, 'assignment.progress_reported')], LATER);
    expect(store.rows).toEqual([]);
  });

  it('has a text for exactly the answers and the ends', () => {
    const types: MatterEvent['type'][] = [
      'assignment.progress_reported',
      'assignment.contributed',
      'matter.completion_submitted',
      'matter.closed',
      'matter.cancelled',
      'assignment.acknowledged',
      'matter.instruction_given',
      'supervision.escalated',
    ];
    expect(types.filter((t) => followedText(matter, event(1, t), SEED))).toEqual(types.slice(0, 5));
    expect(followedText(matter, event(1, 'assignment.progress_reported'), SEED)?.body).toMatch(/办理进展。$/);
  });
});
