import type { CampaignNotice } from '@app/workflow-api';

import { CampaignNoticeWriter } from './campaign-notices';
import { FakeChannel, FakeDirectory, FakeOutbox, FakeStore } from './notification.fakes';
import { OutboundQueue } from './outbound-queue';
import { OutboxSweeper } from './outbox-sweeper';

// 2027-01-18 08:00 in Asia/Shanghai.
const NOW = new Date('2027-01-18T00:00:00.000Z');

const notice = (over: Partial<CampaignNotice> = {}): CampaignNotice => ({
  key: 'summary-campaign-2026:justice:urging:2027-01-19',
  year: 2026,
  dueDate: '2027-01-15',
  unitCode: 'justice',
  level: 'urging',
  ...over,
});

describe(CampaignNoticeWriter.name, () => {
  let store: FakeStore;
  let outbox: FakeOutbox;
  let channel: FakeChannel;
  let sut: CampaignNoticeWriter;

  beforeEach(() => {
    store = new FakeStore();
    outbox = new FakeOutbox(store);
    channel = new FakeChannel();
    sut = new CampaignNoticeWriter(new FakeDirectory(), store, new OutboundQueue(store, outbox));
  });

  it('addresses each level of the ladder as a matter escalation is addressed', async () => {
    const cases: [CampaignNotice['level'], string[]][] = [
      ['pre', ['unit:justice', 'user:justice-liaison']],
      ['reminder', ['unit:justice', 'user:justice-liaison']],
      ['urging', ['unit:justice', 'user:justice-leader', 'user:justice-liaison']],
      ['supervision', ['unit:justice', 'user:director', 'user:justice-leader']],
      ['report', ['unit:justice', 'user:convener', 'user:director']],
    ];
    for (const [level, recipients] of cases) {
      await sut.campaignNotice(notice({ level, key: `k-${level}` }), '区司法局', NOW);
      expect(store.recipientsOf(`k-${level}`)).toEqual(recipients);
    }
  });

  it('queues the personal rows for e-mail to people with an address and no digest, once per key', async () => {
    store.prefer('justice-leader', 'leader@justice.gov.cn');
    store.prefer('justice-liaison', 'liaison@justice.gov.cn', true);
    await expect(sut.campaignNotice(notice(), '区司法局', NOW)).resolves.toBe(3);
    await sut.campaignNotice(notice(), '区司法局', NOW);
    expect(channel.sent).toEqual([]);
    await new OutboxSweeper(outbox, channel).sweep(NOW);

    expect(channel.sent).toEqual([
      {
        to: 'leader@justice.gov.cn',
        subject: '【催办】2026年度知识产权工作总结',
        text: '区司法局的2026年度知识产权工作总结报送期限2027年1月15日（周五）已过，尚未报送，请向联席会议办公室报送。',
      },
    ]);
    const sentAt = Object.fromEntries(store.rows.filter((r) => r.userId).map((r) => [r.userId, r.sentAt]));
    // The digest subscriber's row waits for the daily digest.
    expect(sentAt).toEqual({ 'justice-leader': NOW, 'justice-liaison': null });
  });

  it('writes the inbox rows and queues nothing outbound without an outbound queue', async () => {
    store.prefer('justice-liaison', 'liaison@justice.gov.cn');
    const inboxOnly = new CampaignNoticeWriter(new FakeDirectory(), store);
    await expect(inboxOnly.campaignNotice(notice({ level: 'pre', key: 'k-pre' }), '区司法局', NOW)).resolves.toBe(2);
    expect(outbox.messages).toEqual([]);
    expect(store.rows.find((r) => r.userId === 'justice-liaison')?.sentAt).toBeNull();
  });
});
