import type { EscalationLevel, LeadershipSummary, MeetingProgress, SupervisedMatterItem } from '@app/contracts';
import { Button, Empty, Grid, message, Progress, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { leadershipApi } from '@web/api/endpoints';
import { formatDate } from '@web/i18n/format';
import { describeError } from '@web/shared/errors';
import { SmallTable } from '@web/shared/SmallTable';
import { useI18n } from '@web/i18n/i18n-context';
import { ESCALATION_LEVELS } from '@web/features/matters/constants';
import { EscalationTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';

const LEVEL_COLOR: Record<EscalationLevel, string> = {
  reminder: '#1677ff',
  urging: '#d46b08',
  supervision: '#d4380d',
  report: '#cf1322',
};

// 提醒 → 催办 → 督办 → 通报: open matters at each level now, and how many of each went out in the last 30 days.
export function EscalationTiles({ summary }: { summary: LeadershipSummary }) {
  const { t, lang } = useI18n();
  const { openByLevel, recentByLevel, since } = summary.escalations;
  return (
    <div>
      <div
        data-testid="chart-escalations"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(72px, 1fr))', gap: 8 }}
      >
        {ESCALATION_LEVELS.map((level) => (
          <div
            key={level}
            data-testid={`escalation-${level}`}
            style={{
              borderRadius: 8,
              background: openByLevel[level] > 0 ? `${LEVEL_COLOR[level]}0d` : '#fafafa',
              border: `1px solid ${openByLevel[level] > 0 ? `${LEVEL_COLOR[level]}55` : '#f0f0f0'}`,
              padding: '10px 6px',
              textAlign: 'center',
            }}
          >
            <Typography.Text strong style={{ color: LEVEL_COLOR[level] }}>
              {t(`escalation.${level}`)}
            </Typography.Text>
            <div
              data-testid={`escalation-${level}-open`}
              style={{
                fontSize: 26,
                fontWeight: 600,
                lineHeight: '34px',
                color: openByLevel[level] > 0 ? LEVEL_COLOR[level] : '#bfbfbf',
              }}
            >
              {openByLevel[level]}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`escalation-${level}-recent`}>
              {t('leadership.escalations.recent', { n: recentByLevel[level] })}
            </Typography.Text>
          </div>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('leadership.escalations.note', { date: formatDate(since, lang) })}
      </Typography.Paragraph>
    </div>
  );
}

// Short cells stay on one line; the title takes what is left and wraps.
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

// The overdue list: code, title, lead unit, days overdue; a row opens the matter.
export function OverdueTable({ summary }: { summary: LeadershipSummary }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const navigate = useNavigate();
  // Below md the code and lead-unit columns fold into the title cell.
  const narrow = !Grid.useBreakpoint().md;
  const rows = summary.overdue.top;
  const [exporting, setExporting] = useState(false);
  const exportAll = async (): Promise<void> => {
    setExporting(true);
    try {
      await leadershipApi.exportOverdue();
    } catch (err) {
      void message.error(`${t('leadership.overdue.exportFailed')}：${describeError(t, err)}`);
    } finally {
      setExporting(false);
    }
  };
  const lead = (m: SupervisedMatterItem) => (lang === 'zh' ? m.leadUnitNameZh : unitName(m.leadUnitCode));
  const columns: ColumnsType<SupervisedMatterItem> = [
    {
      key: 'code',
      title: t('matter.code'),
      dataIndex: 'code',
      responsive: ['md'],
      onCell: nowrap,
      onHeaderCell: nowrap,
    },
    {
      key: 'title',
      title: t('leadership.overdue.matter'),
      onCell: () => ({ style: { minWidth: 160 } }),
      render: (_, m) => (
        <div>
          <Link to={`/leadership/matters/${m.id}`} onClick={(e) => e.stopPropagation()}>
            {m.title}
          </Link>
          {narrow ? (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }}>
              {m.code} · {lead(m)}
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'lead',
      title: t('matter.leadUnit'),
      render: (_, m) => lead(m),
      responsive: ['md'],
      onCell: nowrap,
      onHeaderCell: nowrap,
    },
    {
      key: 'days',
      title: t('leadership.overdue.days'),
      align: 'right',
      onCell: nowrap,
      onHeaderCell: nowrap,
      render: (_, m) => (
        <Typography.Text type="danger" strong data-testid="overdue-days">
          {t('leadership.overdue.daysValue', { n: m.daysOverdue })}
        </Typography.Text>
      ),
    },
    {
      key: 'level',
      title: t('leadership.overdue.level'),
      responsive: ['sm'],
      onCell: nowrap,
      onHeaderCell: nowrap,
      render: (_, m) => (m.escalationLevel ? <EscalationTag level={m.escalationLevel} /> : '—'),
    },
  ];
  if (rows.length === 0) {
    return <Empty data-testid="overdue-empty" description={t('leadership.overdue.empty')} />;
  }
  return (
    <>
      <SmallTable<SupervisedMatterItem>
        data-testid="overdue-table"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        rowData={(m) => ({
          'data-testid': `overdue-row-${m.code}`,
          style: { cursor: 'pointer' },
          onClick: () => void navigate(`/leadership/matters/${m.id}`),
        })}
      />
      <Space style={{ marginTop: 8 }} wrap>
        {summary.overdue.count > rows.length ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('leadership.overdue.more', { total: summary.overdue.count, n: rows.length })}
          </Typography.Text>
        ) : null}
        <Button size="small" data-testid="overdue-export" loading={exporting} onClick={() => void exportAll()}>
          {t('leadership.overdue.export')}
        </Button>
      </Space>
    </>
  );
}

function meetingKind(t: ReturnType<typeof useI18n>['t'], kind: string): string {
  return kind === 'plenary' || kind === 'ad_hoc' || kind === 'liaison' ? t(`leadership.meetingKind.${kind}`) : kind;
}

// Each recent meeting's agreed matters: how many are closed, open and overdue; a row lists its matters.
export function MeetingProgressTable(props: { meetings: MeetingProgress[]; onOpen: (m: MeetingProgress) => void }) {
  const { meetings, onOpen } = props;
  const { t, lang } = useI18n();
  if (meetings.length === 0) {
    return <Empty data-testid="meetings-empty" description={t('leadership.meetings.empty')} />;
  }
  const columns: ColumnsType<MeetingProgress> = [
    {
      key: 'meeting',
      title: t('leadership.meetings.meeting'),
      render: (_, m) => (
        <div>
          <Typography.Text strong>{m.title}</Typography.Text>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }}>
            {meetingKind(t, m.kind)} · {formatDate(m.heldOn, lang)}
          </div>
        </div>
      ),
    },
    {
      key: 'progress',
      title: t('leadership.meetings.progress'),
      width: '42%',
      render: (_, m) => (
        <div>
          <Progress
            percent={m.total ? Math.round((m.closed / m.total) * 100) : 0}
            size="small"
            strokeColor="#389e0d"
            style={{ margin: 0 }}
          />
          <Space size={8} wrap style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
            <span>{t('leadership.meetings.closedOf', { closed: m.closed, total: m.total })}</span>
            <span>{t('leadership.meetings.open', { n: m.open })}</span>
            {m.overdue > 0 ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {t('leadership.meetings.overdue', { n: m.overdue })}
              </Typography.Text>
            ) : null}
          </Space>
        </div>
      ),
    },
  ];
  return (
    <SmallTable<MeetingProgress>
      data-testid="chart-meetings"
      rowKey="meetingId"
      columns={columns}
      dataSource={meetings}
      rowData={(m) => ({
        'data-testid': `meeting-row-${m.meetingId}`,
        style: { cursor: 'pointer' },
        onClick: () => onOpen(m),
      })}
    />
  );
}
