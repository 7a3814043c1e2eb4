import type { MatterDetail } from '@app/contracts';
import type { DescriptionsProps } from 'antd';
import { Alert, Card, Space } from 'antd';
import type { ReactNode } from 'react';

import { formatDate, joinList } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useUnitNames } from './useUnitNames';

export type FactItem = NonNullable<DescriptionsProps['items']>[number];

// The facts the matter pages list alike, so they agree on labels and fallbacks; each page orders them with its own.
export function useMatterFacts() {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  return {
    units: (m: MatterDetail): FactItem[] => [
      { key: 'lead', label: t('matter.leadUnit'), children: unitName(m.leadUnitCode) },
      {
        key: 'co',
        label: t('matter.coUnits'),
        children: m.coUnitCodes.length ? joinList(m.coUnitCodes.map(unitName), lang) : t('common.none'),
      },
    ],
    // Shown only once an extension moved the due date.
    originalDue: (m: MatterDetail): FactItem[] =>
      m.originalDueDate !== m.dueDate
        ? [{ key: 'orig', label: t('matter.originalDueDate'), children: formatDate(m.originalDueDate, lang) }]
        : [],
    source: (m: MatterDetail): FactItem => ({
      key: 'source',
      label: t('matter.source'),
      children: m.source ?? (m.meetingId ? t('matter.sourceMeeting') : '—'),
    }),
  };
}

// The matter's card: its title, what is pending or why it was cancelled, then the page's own facts.
export function MatterCard({ matter, children }: { matter: MatterDetail; children: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <Card
      size="small"
      title={
        <span data-testid="matter-title" style={{ whiteSpace: 'normal' }}>
          {matter.title}
        </span>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {matter.pendingExtension ? (
          <Alert
            type="info"
            showIcon
            title={t('matter.pendingExtension', { date: formatDate(matter.pendingExtension.requestedDueDate, lang) })}
          />
        ) : null}
        {matter.cancelReason ? (
          <Alert type="warning" showIcon title={t('matter.cancelReason', { text: matter.cancelReason })} />
        ) : null}
        {children}
      </Space>
    </Card>
  );
}
