import type { MatterDetail } from '@app/contracts';
import { Card, Descriptions, Space } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';

import { DueWithCountdown } from '@web/features/matters/CountdownText';
import { personNamed } from '@web/features/matters/EventTimeline';
import { isOpenMatter } from '@web/features/matters/constants';
import { MatterText } from '@web/features/matters/MatterText';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { formatDateTime, joinList } from '@web/i18n/format';
import { formatDeadline } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';

type FactItem = NonNullable<DescriptionsProps['items']>[number];

const when = (show: unknown, item: FactItem): FactItem[] => (show ? [item] : []);

// A matter's facts as every audience reads them: units, dates (with the server's countdown), source, who dispatched
// it, then its text and the leadership's instructions. `meetingLink` makes a meeting source a link (the office's).
export function MatterFacts({ matter, meetingLink }: { matter: MatterDetail; meetingLink?: (id: string) => string }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const m = matter;
  const source =
    m.meetingId && meetingLink ? (
      <Link to={meetingLink(m.meetingId)} data-testid="matter-meeting-link">
        {t('office.matter.meetingLink')}
      </Link>
    ) : (
      (m.source ?? (m.meetingId ? t('matter.sourceMeeting') : '—'))
    );
  const items: FactItem[] = [
    { key: 'lead', label: t('matter.leadUnit'), children: unitName(m.leadUnitCode) },
    {
      key: 'co',
      label: t('matter.coUnits'),
      children: m.coUnitCodes.length ? joinList(m.coUnitCodes.map(unitName), lang) : t('common.none'),
    },
    {
      key: 'due',
      label: t('matter.dueDate'),
      children: (
        <DueWithCountdown date={m.dueDate} countdown={m.countdown} running={isOpenMatter(m)} testId="matter-due" />
      ),
    },
    ...when(m.effectiveDueDate && m.effectiveDueDate !== m.dueDate, {
      key: 'eff',
      label: t('matter.effectiveDueDate'),
      children: formatDeadline(m.effectiveDueDate, lang),
    }),
    // Shown only once an extension moved the due date.
    ...when(m.originalDueDate !== m.dueDate, {
      key: 'orig',
      label: t('matter.originalDueDate'),
      children: formatDeadline(m.originalDueDate, lang),
    }),
    { key: 'prio', label: t('matter.priority'), children: t(`priority.${m.priority}`) },
    { key: 'source', label: t('matter.source'), children: source },
    { key: 'created', label: t('office.matter.createdAt'), children: formatDateTime(m.createdAt, lang) },
    { key: 'by', label: t('office.matter.createdBy'), children: personNamed(m.events, m.createdBy) },
    ...when(m.closedAt, { key: 'closed', label: t('office.col.closed'), children: formatDateTime(m.closedAt, lang) }),
    ...when(m.extensionCount > 0, { key: 'ext', label: t('office.matter.extensions'), children: m.extensionCount }),
  ];
  return (
    <Card size="small" title={t('office.matter.facts')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <MatterText matter={matter} />
      </Space>
    </Card>
  );
}
