import type { FilingKind, FilingStatus, FilingView } from '@app/contracts';
import { Tag } from 'antd';

import { useI18n } from '../../i18n/i18n-context';
import { filingsZh } from '../../i18n/conference/filings';

export const FILING_KINDS: FilingKind[] = ['major_matter', 'information'];
export const FILING_STATUSES: FilingStatus[] = ['submitted', 'reviewed', 'returned'];

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
