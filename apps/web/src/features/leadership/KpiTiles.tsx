import type { LeadershipSummary } from '@app/contracts';
import { Badge, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n-context';
import { LIGHT_COLORS, OPEN_LIGHTS } from './charts';

function Tile(props: {
  id: string;
  label: string;
  value: number | string;
  raw: number | null;
  color: string;
  sub: ReactNode;
}) {
  const { id, label, value, raw, color, sub } = props;
  return (
    <div
      data-testid={`${id}-tile`}
      style={{
        background: '#fff',
        borderRadius: 8,
        border: '1px solid #f0f0f0',
        borderTop: `3px solid ${color}`,
        padding: '12px 14px',
        height: '100%',
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      <div
        data-testid={id}
        data-value={raw ?? ''}
        style={{ fontSize: 30, fontWeight: 600, lineHeight: '40px', color, fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', minHeight: 20 }}>{sub}</div>
    </div>
  );
}

export function openCount(s: LeadershipSummary): number {
  return s.totals.byStatus.in_progress + s.totals.byStatus.awaiting_verification;
}

// The four totals leadership reads first: open (with its lights), closed, overdue, on-time rate.
export function KpiTiles({ summary }: { summary: LeadershipSummary }) {
  const { t } = useI18n();
  const open = openCount(summary);
  // 准时办结率 is over the matters that are due (closed, plus open ones past their charged due date).
  const { closedOnTime, due, rate } = summary.onTime;
  const percent = rate === null ? null : Math.round(rate * 1000) / 10;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={12} md={6}>
        <Tile
          id="kpi-open"
          label={t('leadership.kpi.open')}
          value={open}
          raw={open}
          color="#1d4ed8"
          sub={
            <Space size={10} wrap data-testid="kpi-open-lights">
              {OPEN_LIGHTS.map((light) => (
                <Badge
                  key={light}
                  color={LIGHT_COLORS[light]}
                  text={
                    <span style={{ fontSize: 12 }}>
                      {t(`light.${light}`)} {summary.openByLight[light]}
                    </span>
                  }
                />
              ))}
            </Space>
          }
        />
      </Col>
      <Col xs={12} md={6}>
        <Tile
          id="kpi-closed"
          label={t('leadership.kpi.closed')}
          value={summary.totals.byStatus.closed}
          raw={summary.totals.byStatus.closed}
          color="#389e0d"
          sub={t('leadership.kpi.all', { n: summary.totals.all })}
        />
      </Col>
      <Col xs={12} md={6}>
        <Tile
          id="kpi-overdue"
          label={t('leadership.kpi.overdue')}
          value={summary.overdue.count}
          raw={summary.overdue.count}
          color={summary.overdue.count > 0 ? '#cf1322' : '#8c8c8c'}
          sub={
            summary.totals.byStatus.awaiting_verification > 0
              ? t('leadership.kpi.awaiting', { n: summary.totals.byStatus.awaiting_verification })
              : t('leadership.kpi.overdueHint')
          }
        />
      </Col>
      <Col xs={12} md={6}>
        <Tile
          id="kpi-ontime"
          label={t('leadership.kpi.onTime')}
          value={percent === null ? '—' : `${percent}%`}
          raw={percent}
          color="#d48806"
          sub={due > 0 ? t('leadership.kpi.onTimeOf', { onTime: closedOnTime, due }) : t('leadership.kpi.noClosed')}
        />
      </Col>
    </Row>
  );
}
