import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import type { AssessmentRate, AssessmentRow } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

import { useUser } from '@web/auth/auth-context';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { PageHeader } from '@web/shared/PageHeader';
import { useSubmit } from '@web/shared/useSubmit';
import { SmallTable } from '@web/shared/SmallTable';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import type { EvidenceFigure } from './api';
import { assessmentApi } from './api';
import type { EvidenceRequest } from './EvidenceDrawer';
import { EvidenceDrawer } from './EvidenceDrawer';
import { WeightsDialog } from './WeightsDialog';

// The conference's rules date from 2023.
const FIRST_YEAR = 2023;
const OFFICE_ROLES: readonly string[] = ['office_director', 'office_staff'];
const RATE_FIGURES = ['ackRate', 'feedbackRate', 'onTimeRate', 'summaryOnTime'] as const;
const COUNT_FIGURES = ['returns', 'reports', 'upheldContests', 'informationAdopted'] as const;

const thisYear = (): number =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

// 考核评分: the per-unit score sheet of a year for the office and leadership. Each rate shows both numbers; each
// cell opens the matters and events behind it; the office sets the weights (with a reason) and exports the sheet.
export function AssessmentPage() {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const user = useUser();
  const area = useLocation().pathname.split('/')[1] ?? 'leadership';
  const isOffice = area === 'office' && user.roles.some((r) => OFFICE_ROLES.includes(r));
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const year = Number(params.get('year')) || current;
  const state = useAsync(() => assessmentApi.sheet(year), [year]);
  const [evidence, setEvidence] = useState<EvidenceRequest | null>(null);
  const [editing, setEditing] = useState(false);
  const exporting = useSubmit();

  const years = Array.from({ length: Math.max(current, year) - FIRST_YEAR + 2 }, (_, i) => FIRST_YEAR + i).sort(
    (a, b) => b - a,
  );
  const nameOf = (r: AssessmentRow) => (lang === 'zh' ? r.nameZh : unitName(r.unitCode));
  const open = (r: AssessmentRow, figure: EvidenceFigure) =>
    setEvidence({ year, unitCode: r.unitCode, unitName: nameOf(r), figure });

  const cellLink = (r: AssessmentRow, figure: EvidenceFigure, text: string, danger = false) => (
    <Button
      type="link"
      size="small"
      danger={danger}
      style={{ padding: 0, height: 'auto' }}
      onClick={() => open(r, figure)}
      data-testid={`cell-${r.unitCode}-${figure}`}
    >
      {text}
    </Button>
  );
  const rateCell = (r: AssessmentRow, figure: (typeof RATE_FIGURES)[number]) => {
    const v: AssessmentRate = r[figure];
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        {cellLink(r, figure, percent(v.rate), v.rate !== null && v.rate < 0.8)}
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }} data-testid={`nums-${r.unitCode}-${figure}`}>
          {v.denominator > 0 ? `${v.numerator}/${v.denominator}` : t('assessment.noneDue')}
        </div>
      </div>
    );
  };

  const columns: TableProps<AssessmentRow>['columns'] = [
    { key: 'rank', title: t('assessment.col.rank'), dataIndex: 'rank', width: 64, align: 'center', fixed: 'left' },
    {
      key: 'unit',
      title: t('assessment.col.unit'),
      width: 200,
      fixed: 'left',
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text strong>{nameOf(r)}</Typography.Text>
          {cellLink(r, 'red', t('assessment.whyRed'))}
        </Space>
      ),
    },
    ...RATE_FIGURES.map((f) => ({
      key: f,
      title: t(`assessment.col.${f}`),
      width: 100,
      align: 'right' as const,
      render: (_: unknown, r: AssessmentRow) => rateCell(r, f),
    })),
    ...COUNT_FIGURES.map((f) => ({
      key: f,
      title: t(`assessment.col.${f}`),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, r: AssessmentRow) =>
        cellLink(r, f, String(r[f]), f !== 'informationAdopted' && f !== 'upheldContests' && r[f] > 0),
    })),
    {
      key: 'score',
      title: t('assessment.col.score'),
      width: 80,
      align: 'right',
      render: (_, r) => (
        <Typography.Text strong data-testid={`score-${r.unitCode}`} data-value={r.score}>
          {r.score.toFixed(2)}
        </Typography.Text>
      ),
    },
  ];

  if (state.loading && !state.data) {
    return <PageLoading />;
  }
  const sheet = state.data;
  if (!sheet) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  const w = sheet.weights;
  const rows = [...sheet.rows].sort((a, b) => a.rank - b.rank || a.ordinal - b.ordinal);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="assessment-page">
      <PageHeader title={t('assessment.title')} subtitle={t('assessment.subtitle')}>
        <Space wrap>
          <Select
            aria-label={t('assessment.year')}
            data-testid="assessment-year"
            value={year}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: t('assessment.yearOption', { year: y }) }))}
            onChange={(y: number) => setParams({ year: String(y) })}
          />
          {isOffice ? (
            <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} data-testid="assessment-weights">
              {t('assessment.editWeights')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.busy}
            onClick={() =>
              void exporting
                .run(
                  () => assessmentApi.export(year),
                  () => undefined,
                )
                .then(() => undefined)
            }
            data-testid="assessment-export"
          >
            {t('assessment.export')}
          </Button>
        </Space>
      </PageHeader>
      {exporting.error ? <ErrorAlert error={exporting.error} /> : null}
      <Card size="small" data-testid="assessment-weights-line">
        <Typography.Text>
          {t('assessment.weightsLine', {
            tag: w.isDefault ? t('assessment.weightsDefault') : '',
            ack: w.weights.rates.ackRate,
            feedback: w.weights.rates.feedbackRate,
            onTime: w.weights.rates.onTimeRate,
            summary: w.weights.rates.summaryOnTime,
            info: w.weights.perItem.informationAdopted,
            returns: w.weights.perItem.returns,
            reports: w.weights.perItem.reports,
          })}
        </Typography.Text>
        {!w.isDefault && w.setBy && w.setAt ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assessment.weightsSetBy', { by: w.setBy, at: formatDateTime(w.setAt, lang), reason: w.reason ?? '' })}
            </Typography.Text>
          </div>
        ) : null}
      </Card>
      <SmallTable<AssessmentRow>
        data-testid="assessment-table"
        rowKey="unitCode"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1040 }}
        rowData={(r) => ({ 'data-testid': `assessment-row-${r.unitCode}` })}
      />
      {editing ? (
        <WeightsDialog
          year={year}
          current={w}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            state.reload();
          }}
        />
      ) : null}
      <EvidenceDrawer
        request={evidence}
        matterPath={(id) => `/${area}/matters/${id}`}
        onClose={() => setEvidence(null)}
      />
    </Space>
  );
}
