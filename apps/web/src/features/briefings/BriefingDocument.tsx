import type { BriefingReportEntry, BriefingView } from '@app/contracts';
import type { TableProps } from 'antd';
import { Badge, Descriptions, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { formatDate } from '@web/i18n/format';
import { formatDay } from '@web/shared/dates';
import { SmallTable } from '@web/shared/SmallTable';
import { useI18n } from '@web/i18n/i18n-context';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { isBreachReason } from '@web/features/matters/constants';
import { issueLabel, percent } from './briefingArea';

const RED = '#c00000';

function Figures({ b }: { b: BriefingView }) {
  const { t, lang } = useI18n();
  const f = b.figures;
  const figure = (
    key: 'total' | 'open' | 'closed' | 'overdue' | 'onTimeRate',
    value: number | string,
    testId: string,
  ) => ({
    key,
    label: t(`briefings.figures.${key}`),
    children: (
      <span data-testid={testId} data-value={value}>
        {value}
      </span>
    ),
  });
  return (
    <Descriptions
      size="small"
      bordered
      data-testid="briefing-figures"
      column={{ xs: 1, sm: 2, md: 3 }}
      title={
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="figure-as-of">
          {t('briefings.figures.asOf', { date: formatDate(f.asOf, lang) })}
        </Typography.Text>
      }
      items={[
        figure('total', f.total, 'figure-total'),
        figure('open', f.open, 'figure-open'),
        figure('closed', f.closed, 'figure-closed'),
        figure('overdue', f.overdue, 'figure-overdue'),
        figure('onTimeRate', percent(f.onTimeRate), 'figure-on-time-rate'),
        {
          key: 'lights',
          label: t('briefings.figures.lights'),
          children: (
            <Space wrap size={12} data-testid="figure-lights">
              {(['green', 'yellow', 'red'] as const).map((light) => (
                <Badge
                  key={light}
                  status={light === 'green' ? 'success' : light === 'yellow' ? 'warning' : 'error'}
                  text={t(`briefings.figures.light.${light}`, { n: f.lights[light] })}
                  data-testid={`figure-light-${light}`}
                  data-value={f.lights[light]}
                />
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

function Reports({ b, matterBase }: { b: BriefingView; matterBase: string | null }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  if (b.reports.length === 0) {
    return <Typography.Paragraph data-testid="briefing-no-reports">{t('briefings.noReports')}</Typography.Paragraph>;
  }
  const columns: TableProps<BriefingReportEntry>['columns'] = [
    {
      key: 'code',
      title: t('briefings.report.code'),
      width: 140,
      render: (_, r) => (matterBase ? <Link to={`${matterBase}/matters/${r.matterId}`}>{r.code}</Link> : r.code),
    },
    { key: 'title', title: t('briefings.report.title'), render: (_, r) => r.title },
    {
      key: 'unit',
      title: t('briefings.report.unit'),
      width: 170,
      // The unit that breached; issues compiled before it was recorded name the lead.
      render: (_, r) => {
        const unit = r.unitCode === undefined ? r.leadUnitCode : r.unitCode;
        return unit === null ? t('briefings.report.office') : unitName(unit);
      },
    },
    {
      key: 'reason',
      title: t('briefings.report.reason'),
      width: 140,
      render: (_, r) => (isBreachReason(r.reason) ? t(`breach.${r.reason}`) : (r.reason ?? '')),
    },
    { key: 'due', title: t('briefings.report.due'), width: 140, render: (_, r) => formatDay(r.dueDate, lang) },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="briefing-reports-since">
        {b.reportsSince
          ? t('briefings.reportsSince', { date: formatDate(b.reportsSince, lang) })
          : t('briefings.reportsAll')}
      </Typography.Paragraph>
      <SmallTable<BriefingReportEntry>
        rowKey={(r) => `${r.matterId}:${r.unitCode ?? ''}:${r.at ?? ''}`}
        bordered
        data-testid="briefing-reports"
        columns={columns}
        dataSource={b.reports}
        scroll={{ x: 600 }}
        rowData={(r) => ({ 'data-testid': 'briefing-report', 'data-matter-id': r.matterId })}
      />
    </>
  );
}

// The issue laid out like the printed document: masthead (title, 第N期, issuer and date), foreword, 一、工作动态,
// 二、议定事项推进情况 (the figures as compiled), 三、通报. `matterBase` makes the 通报 codes links (office, leadership).
export function BriefingDocument({ b, matterBase }: { b: BriefingView; matterBase: string | null }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const date = b.publishedAt ?? b.createdAt;
  return (
    <article data-testid="briefing-document" style={{ maxWidth: 860, margin: '0 auto' }}>
      <header style={{ textAlign: 'center', marginBottom: 16 }}>
        <Typography.Title
          level={2}
          data-testid="briefing-title"
          style={{ color: RED, fontFamily: 'serif', letterSpacing: 2, marginBottom: 8 }}
        >
          {b.title}
        </Typography.Title>
        <div data-testid="briefing-issue" style={{ fontSize: 16 }}>
          {issueLabel(b, lang, t)}
        </div>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            gap: 8,
            marginTop: 12,
            paddingBottom: 6,
            borderBottom: `2px solid ${RED}`,
          }}
        >
          <span>{t('briefings.issuer')}</span>
          <span data-testid="briefing-date">{formatDate(date, lang)}</span>
        </div>
      </header>

      {b.foreword ? (
        <Typography.Paragraph data-testid="briefing-foreword" style={{ whiteSpace: 'pre-wrap', textIndent: '2em' }}>
          {b.foreword}
        </Typography.Paragraph>
      ) : null}

      <Typography.Title level={4}>{t('briefings.section.items')}</Typography.Title>
      {b.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('briefings.noItems')} />
      ) : (
        b.items.map((item, n) => (
          <section
            key={`${n}-${item.id ?? ''}`}
            data-testid="briefing-item"
            data-filing-id={item.id ?? ''}
            data-unit={item.unitCode ?? ''}
            style={{ marginBottom: 16 }}
          >
            <Typography.Title level={5} style={{ marginBottom: 4 }} data-testid="briefing-item-title">
              {t('briefings.item.ordinal', { n: n + 1, title: item.title })}
            </Typography.Title>
            {item.unitCode ? (
              <Typography.Text type="secondary" data-testid="briefing-item-unit">
                {unitName(item.unitCode)}
              </Typography.Text>
            ) : null}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', textIndent: '2em', marginTop: 4 }}>
              {item.text}
            </Typography.Paragraph>
          </section>
        ))
      )}

      <Typography.Title level={4}>{t('briefings.section.figures')}</Typography.Title>
      <Figures b={b} />

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('briefings.section.reports')}
      </Typography.Title>
      <Reports b={b} matterBase={matterBase} />
    </article>
  );
}
