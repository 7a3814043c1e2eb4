import type { MatterDetail } from '@app/contracts';
import { Empty, Typography } from 'antd';

import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { EvidenceList } from '@web/features/matters/Evidence';
import { useUnitNames } from '@web/features/matters/useUnitNames';

// The lead unit's completion report (办结报告) with the co-units' contributions it carries: what the office verifies.
export function CompletionReport({ matter, compact = false }: { matter: MatterDetail; compact?: boolean }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const lead = matter.assignments.find((a) => a.role === 'lead' && a.completion && a.status !== 'withdrawn');
  const contributions = matter.assignments.filter((a) => a.role === 'co' && a.contribution && a.status !== 'withdrawn');
  if (!lead?.completion) {
    return compact ? null : <Empty description={t('office.matter.noReport')} />;
  }
  return (
    <div data-testid="completion-report">
      <Typography.Text type="secondary">
        {t('office.matter.reportBy', {
          unit: unitName(lead.unitCode),
          at: formatDateTime(lead.completion.at, lang),
        })}
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }} data-testid="completion-summary">
        {lead.completion.summary}
      </Typography.Paragraph>
      <EvidenceList items={lead.completion.evidence} testId="evidence-list" />
      {lead.returnCount > 0 ? (
        <Typography.Text type="warning" style={{ display: 'block', marginTop: 4 }}>
          {t('office.matter.returnedTimes', { n: lead.returnCount })}
        </Typography.Text>
      ) : null}
      {!compact && contributions.length > 0 ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('office.matter.contributions')}</Typography.Text>
          {contributions.map((a) => (
            <div key={a.unitCode} style={{ marginTop: 6 }}>
              <Typography.Text strong>{unitName(a.unitCode)}：</Typography.Text>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.contribution?.text}</Typography.Text>
              <EvidenceList items={a.contribution?.evidence ?? []} testId="evidence-list" />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
