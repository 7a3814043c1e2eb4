import type { EscalationNotice } from '@app/contracts';

import { createNotificationActivities } from './notification.activities';

describe(createNotificationActivities.name, () => {
  it('hands the notice to the writer and the digest run to the digest sender, with the current time', async () => {
    const escalation = jest.fn().mockResolvedValue({ recipients: [], noticeNo: '督〔2026〕1号' });
    const sendDailyDigests = jest.fn().mockResolvedValue({ users: 1, notices: 2 });
    const sut = createNotificationActivities({ escalation }, { sendDailyDigests });
    const input = { key: 'k' } as EscalationNotice;

    await expect(sut.sendEscalationNotice(input)).resolves.toEqual({ recipients: [], noticeNo: '督〔2026〕1号' });
    await expect(sut.sendDailyDigests()).resolves.toEqual({ users: 1, notices: 2 });
    expect(escalation).toHaveBeenCalledWith(input, expect.any(Date));
    expect(sendDailyDigests).toHaveBeenCalledWith(expect.any(Date));
  });
});
