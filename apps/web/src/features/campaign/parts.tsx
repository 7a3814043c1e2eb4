import type { CampaignReminder, CampaignUnitStatus, CampaignView } from '@app/contracts';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';

import { ApiError } from '@web/api/client';
import { campaignsApi } from '@web/api/conference';
import { formatDateTime } from '@web/i18n/format';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { EscalationTag } from '@web/features/matters/tags';

export { CAMPAIGN_UNIT_STATUSES, DEFAULT_CAMPAIGN_POLICY } from '@app/contracts';

const UNIT_STATUS_COLOR: Record<CampaignUnitStatus, string> = {
  awaiting: 'orange',
  submitted: 'purple',
  returned: 'red',
  accepted: 'success',
};

// A year's campaign, or null when the office has not started one (the API answers 404 NOT_FOUND).
export async function campaignOrNull(year: number): Promise<CampaignView | null> {
  try {
    return await campaignsApi.get(year);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code === 'NOT_FOUND') {
      return null;
    }
    throw err;
  }
}

export function CampaignUnitStatusTag({ status, testId }: { status: CampaignUnitStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={UNIT_STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`campaign.unitStatus.${status}`)}
    </Tag>
  );
}

export function CampaignStatusTag({ status }: { status: CampaignView['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={status === 'completed' ? 'success' : 'processing'} data-testid="campaign-status" data-status={status}>
      {t(`campaign.status.${status}`)}
    </Tag>
  );
}

export function reminderLabel(t: Translate, level: CampaignReminder['level']): string {
  return level === 'pre' ? t('campaign.reminder.pre') : t(`escalation.${level}`);
}

// The reminders and escalations a unit received, oldest first.
export function ReminderList({ reminders, testId }: { reminders: CampaignReminder[]; testId: string }) {
  const { t, lang } = useI18n();
  if (!reminders.length) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('campaign.drawer.noReminders')}
      </Typography.Text>
    );
  }
  return (
    <Timeline
      data-testid={testId}
      style={{ marginTop: 8 }}
      items={reminders.map((r) => ({
        key: r.key,
        content: (
          <Space size={6} wrap>
            {r.level === 'pre' ? <Tag>{reminderLabel(t, r.level)}</Tag> : <EscalationTag level={r.level} />}
            <Typography.Text type="secondary">{formatDateTime(r.at, lang)}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}

const isLink = (s: string) => /^https?:\/\//i.test(s);

export function AttachmentLinks({ attachments, testId }: { attachments: string[]; testId: string }) {
  const { t } = useI18n();
  if (!attachments.length) {
    return null;
  }
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{t('campaign.drawer.attachments')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {attachments.map((a, i) => (
          <li key={`${i}-${a}`} style={{ wordBreak: 'break-all' }}>
            {isLink(a) ? (
              <a href={a} target="_blank" rel="noopener noreferrer">
                {a}
              </a>
            ) : (
              a
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The summary as written: line breaks kept, long words wrapped on a phone.
export function SummaryText({ text, testId }: { text: string | null; testId: string }) {
  const { t } = useI18n();
  if (!text) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.drawer.noText')} />;
  }
  return (
    <div
      data-testid={testId}
      style={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        background: '#fafafa',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        padding: '10px 12px',
        maxHeight: 420,
        overflowY: 'auto',
      }}
    >
      {text}
    </div>
  );
}
