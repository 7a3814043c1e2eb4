import type { FilingKind, FilingStatus, FilingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Tag } from 'antd';

import { formatDate, formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { filingsZh } from '@web/i18n/conference/filings';

export { FILING_KINDS, FILING_STATUSES } from '@app/contracts';

const STATUS_COLOR: Record<FilingStatus, string> = { submitted: 'processing', reviewed: 'success', returned: 'error' };
const KIND_COLOR: Record<FilingKind, string> = { major_matter: 'volcano', information: 'geekblue' };

// Categories offered as suggestions; the stored value is the Chinese name (the office's briefings are Chinese),
// and any other category may be typed.
const CATEGORY_KEYS = [
  'filings.category.law_enforcement',
  'filings.category.publicity_training',
  'filings.category.policy_document',
  'filings.category.project_funding',
] as const;

export function useCategoryOptions(): { value: string; label: string }[] {
  const { t } = useI18n();
  return CATEGORY_KEYS.map((k) => ({ value: filingsZh[k], label: t(k) }));
}

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="filing-status" data-status={status}>
      {t(`filings.status.${status}`)}
    </Tag>
  );
}

export function FilingKindTag({ kind }: { kind: FilingKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(`filings.kind.${kind}`)}</Tag>;
}

export function BriefingTag({ filing }: { filing: FilingView }) {
  const { t } = useI18n();
  return filing.selectedForBriefing ? (
    <Tag color="gold" data-testid="filing-selected">
      {t('filings.selectedTag')}
    </Tag>
  ) : null;
}

type FilingColumn = NonNullable<TableProps<FilingView>['columns']>[number];

// The columns both filing lists show, alike: category, event date, filed at, status (with its briefing tag).
export function useFilingColumns(): FilingColumn[] {
  const { t, lang } = useI18n();
  return [
    {
      key: 'category',
      title: t('filings.field.category'),
      width: 120,
      responsive: ['lg'],
      render: (_, f) => f.category,
    },
    {
      key: 'eventDate',
      title: t('filings.field.eventDate'),
      width: 130,
      responsive: ['md'],
      render: (_, f) => formatDate(f.eventDate, lang),
    },
    {
      key: 'filedAt',
      title: t('filings.field.filedAt'),
      width: 170,
      responsive: ['lg'],
      render: (_, f) => formatDateTime(f.filedAt, lang),
    },
    {
      key: 'status',
      title: t('filings.field.status'),
      width: 120,
      render: (_, f) => (
        <>
          <FilingStatusTag status={f.status} />
          <BriefingTag filing={f} />
        </>
      ),
    },
  ];
}
