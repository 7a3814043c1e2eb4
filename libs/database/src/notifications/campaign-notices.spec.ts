import type { CampaignNotice } from '@app/contracts';

import { CampaignNoticeWriter } from './campaign-notices';
import { FakeChannel, FakeNotices, FakeStore, PEOPLE } from './notification.fakes';
import { NotificationWriter } from './notification-writer';

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
  let channel: FakeChannel;
  let sut: CampaignNoticeWriter;

  beforeEach(() => {
    store = new FakeStore();
    channel = new FakeChannel();
    const users = { list: () => Promise.resolve(PEOPLE) };
    const writer = new NotificationWriter(users, store, new FakeNotices(), channel, store);
    sut = new CampaignNoticeWriter(users, store, (keys, now) => writer.deliver(keys, now));
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

  it('e-mails the personal rows at once to people with an address and no digest, once per key', async () => {
    store.prefer('justice-leader', 'leader@justice.gov.cn');
    store.prefer('justice-liaison', 'liaison@justice.gov.cn', true);
    await expect(sut.campaignNotice(notice(), '区司法局', NOW)).resolves.toBe(3);
    await sut.campaignNotice(notice(), '区司法局', NOW);

    expect(channel.sent).toEqual([
      {
        to: 'leader@justice.gov.cn',
        subject: '【催办】2026年度知识产权工作总结',
        text: '区司法局的2026年度知识产权工作总结已于2027-01-15到期，尚未报送，请按时向联席会议办公室报送。',
      },
    ]);
    const sentAt = Object.fromEntries(store.rows.filter((r) => r.userId).map((r) => [r.userId, r.sentAt]));
    // The digest subscriber's row waits for the daily digest.
    expect(sentAt).toEqual({ 'justice-leader': NOW, 'justice-liaison': null });
  });

  it('writes the inbox rows and sends nothing outbound without a delivery function', async () => {
    store.prefer('justice-liaison', 'liaison@justice.gov.cn');
    const inboxOnly = new CampaignNoticeWriter({ list: () => Promise.resolve(PEOPLE) }, store);
    await expect(inboxOnly.campaignNotice(notice({ level: 'pre', key: 'k-pre' }), '区司法局', NOW)).resolves.toBe(2);
    expect(channel.sent).toEqual([]);
    expect(store.rows.find((r) => r.userId === 'justice-liaison')?.sentAt).toBeNull();
  });
});
