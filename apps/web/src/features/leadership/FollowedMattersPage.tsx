import type { FollowedMatterSummary } from '@app/contracts';
import type { TableProps } from 'antd';
import { Card, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { mattersApi } from '@web/api/endpoints';
import { formatDate, formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { PagedTable, usePagedList } from '@web/shared/PagedTable';
import { LightBadge, MatterStatusTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';

// 我关注的事项: the matters this leader follows (on a 批示, or by hand); a row opens the leadership matter page.
export function FollowedMattersPage() {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const list = usePagedList((pager) => mattersApi.followed(pager), []);
  const columns: TableProps<FollowedMatterSummary>['columns'] = [
    { key: 'code', title: t('matter.code'), width: 130, render: (_, m) => m.code },
    {
      key: 'title',
      title: t('follow.list.title'),
      render: (_, m) => <Link to={`/leadership/matters/${m.id}`}>{m.title}</Link>,
    },
    { key: 'lead', title: t('matter.leadUnit'), width: 160, render: (_, m) => unitName(m.leadUnitCode) },
    { key: 'status', title: t('matter.status'), width: 110, render: (_, m) => <MatterStatusTag matter={m} /> },
    { key: 'light', title: t('matter.light'), width: 100, render: (_, m) => <LightBadge light={m.light} /> },
    {
      key: 'due',
      title: t('matter.dueDate'),
      width: 120,
      responsive: ['md'],
      render: (_, m) => formatDate(m.effectiveDueDate ?? m.dueDate, lang),
    },
    {
      key: 'since',
      title: t('follow.list.since'),
      width: 150,
      responsive: ['lg'],
      render: (_, m) => formatDateTime(m.followedSince, lang),
    },
    {
      key: 'reason',
      title: t('follow.list.reason'),
      width: 140,
      responsive: ['lg'],
      render: (_, m) => t(`follow.reason.${m.followReason}`),
    },
  ];
  return (
    <Card title={<span data-testid="page-title">{t('follow.list.title')}</span>}>
      <Typography.Paragraph type="secondary">{t('follow.list.intro')}</Typography.Paragraph>
      <PagedTable<FollowedMatterSummary>
        list={list}
        data-testid="followed-table"
        columns={columns}
        scroll={{ x: 640 }}
        empty={t('follow.list.empty')}
        rowData={(m) => ({ 'data-testid': 'followed-row', 'data-matter-id': m.id })}
      />
    </Card>
  );
}
