import type { FilingView } from '@app/contracts';
import { Descriptions, Drawer, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';

import { formatDate, formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { Notice } from '@web/shared/Notice';
import { FilingHistory } from './FilingHistory';
import { BriefingTag, FilingKindTag, FilingStatusTag } from './filingTags';

// One filing as both the unit and the office read it: what was filed, its links, the office's answer and its history.
export function FilingDetails({ filing }: { filing: FilingView }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const reviewed = filing.status !== 'submitted';
  return (
    <div data-testid="filing-details" data-filing-id={filing.id} data-status={filing.status}>
      {filing.status === 'returned' && filing.reviewComment ? (
        <Notice
          type="warning"
          gap={16}
          title={
            <span data-testid="filing-return-comment">
              {t('filings.returnedNotice', { comment: filing.reviewComment })}
            </span>
          }
          description={t('filings.returnedHint')}
        />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="filing-detail-title">
        {filing.title}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('filings.field.kind')}>
          <FilingKindTag kind={filing.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.field.status')}>
          <FilingStatusTag status={filing.status} />
          <BriefingTag filing={filing} />
        </Descriptions.Item>
        <Descriptions.Item label={t('filings.field.unit')}>{unitName(filing.unitCode)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.field.category')}>{filing.category}</Descriptions.Item>
        <Descriptions.Item label={t('filings.field.eventDate')}>{formatDate(filing.eventDate, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('filings.field.filedAt')}>
          {formatDateTime(filing.filedAt, lang)} · {filing.filedBy}
        </Descriptions.Item>
        {reviewed && filing.reviewedAt ? (
          <Descriptions.Item label={t('filings.field.reviewedAt')}>
            {formatDateTime(filing.reviewedAt, lang)} · {filing.reviewedBy}
          </Descriptions.Item>
        ) : null}
        {filing.status === 'reviewed' && filing.reviewComment ? (
          <Descriptions.Item label={t('filings.field.reviewComment')}>
            <span data-testid="filing-review-comment">{filing.reviewComment}</span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('filings.field.attachments')}>
          {filing.attachments.length === 0 ? (
            <Typography.Text type="secondary">{t('filings.noAttachments')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {filing.attachments.map((a, i) => (
                <li key={i}>
                  <a href={a.url} target="_blank" rel="noopener noreferrer" data-testid="filing-attachment-link">
                    {a.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph
        style={{ marginTop: 16, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        data-testid="filing-detail-content"
      >
        {filing.content}
      </Typography.Paragraph>
      <FilingHistory filing={filing} />
    </div>
  );
}

// A filing opened from a list, in a drawer beside it; what may be done with it goes in extra or the footer.
export function FilingDrawer(props: {
  filing: FilingView;
  onClose: () => void;
  extra?: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open
      title={t('filings.detail')}
      onClose={props.onClose}
      size={screens.md ? 640 : '100%'}
      data-testid="filing-drawer"
      extra={props.extra}
      footer={props.footer}
    >
      <FilingDetails filing={props.filing} />
    </Drawer>
  );
}
