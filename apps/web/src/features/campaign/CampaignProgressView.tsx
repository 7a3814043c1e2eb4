import type { CampaignUnitStatus, CampaignUnitView, CampaignView } from '@app/contracts';
import { Alert, Button, Card, Col, Grid, Progress, Row, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';

import { formatDateTime, labelled, ZONE } from '@web/i18n/format';
import { formatDeadline } from '@web/shared/dates';
import { SmallTable } from '@web/shared/SmallTable';
import { useI18n } from '@web/i18n/i18n-context';
import { EscalationTag } from '@web/features/matters/tags';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { useUnitList } from '@web/features/office/units';
import { CAMPAIGN_UNIT_STATUSES, CampaignStatusTag, CampaignUnitStatusTag, reminderLabel } from './parts';

const COUNT_COLOR: Record<CampaignUnitStatus, string> = {
  awaiting: '#d46b08',
  submitted: '#722ed1',
  returned: '#cf1322',
  accepted: '#389e0d',
};

const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

function CountTile({ status, n, total }: { status: CampaignUnitStatus; n: number; total: number }) {
  const { t } = useI18n();
  return (
    <div
      data-testid={`campaign-count-${status}`}
      data-value={n}
      style={{
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderTop: `3px solid ${COUNT_COLOR[status]}`,
        borderRadius: 8,
        padding: '10px 14px',
      }}
    >
      <Typography.Text type="secondary">{t(`campaign.count.${status}`)}</Typography.Text>
      <div style={{ fontSize: 28, fontWeight: 600, lineHeight: '36px', color: n ? COUNT_COLOR[status] : '#bfbfbf' }}>
        {n}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('campaign.count.of', { n: total })}
      </Typography.Text>
    </div>
  );
}

// A campaign at a glance for the office: counts, progress, who is missing, and every unit's row.
export function CampaignProgressView(props: { campaign: CampaignView; onOpen: (unit: CampaignUnitView) => void }) {
  const { campaign, onOpen } = props;
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const narrow = !Grid.useBreakpoint().md;
  const total = campaign.units.length;
  const { accepted, submitted } = campaign.counts;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);
  const today = dayjs().tz(ZONE).format('YYYY-MM-DD');
  const late = campaign.status === 'open' && campaign.dueDate < today;
  const nameOf = (u: CampaignUnitView) => (lang === 'zh' ? (u.unitName ?? u.unitCode) : unitName(u.unitCode));
  const byCode = new Map(campaign.units.map((u) => [u.unitCode, u]));
  // The units' statutory order (区市场监督管理局 first), once the reference list is in.
  const { units: reference } = useUnitList();
  const ordinal = new Map(reference.map((u) => [u.code, u.ordinal]));
  const rows = [...campaign.units].sort((a, b) => (ordinal.get(a.unitCode) ?? 99) - (ordinal.get(b.unitCode) ?? 99));

  const columns: ColumnsType<CampaignUnitView> = [
    { title: t('campaign.col.unit'), key: 'unit', render: (_, u) => nameOf(u) },
    {
      title: t('campaign.col.status'),
      key: 'status',
      onCell: nowrap,
      render: (_, u) => <CampaignUnitStatusTag status={u.status} testId={`campaign-row-status-${u.unitCode}`} />,
    },
    {
      title: t('campaign.col.submittedAt'),
      key: 'submittedAt',
      responsive: ['md'],
      onCell: nowrap,
      render: (_, u) => formatDateTime(u.submittedAt, lang),
    },
    { title: t('campaign.col.revisions'), dataIndex: 'revisions', responsive: ['lg'], align: 'right' },
    {
      title: t('campaign.col.escalation'),
      key: 'escalation',
      onCell: nowrap,
      render: (_, u) => (u.escalationLevel ? <EscalationTag level={u.escalationLevel} /> : '—'),
    },
    {
      title: t('campaign.col.lastReminder'),
      key: 'lastReminder',
      responsive: ['lg'],
      onCell: nowrap,
      render: (_, u) => {
        const last = u.reminders.at(-1);
        return last
          ? t('campaign.reminder.at', { level: reminderLabel(t, last.level), time: formatDateTime(last.at, lang) })
          : '—';
      },
    },
    {
      title: t('campaign.col.actions'),
      key: 'actions',
      onCell: nowrap,
      render: (_, u) => (
        <Button
          size="small"
          type={u.status === 'submitted' && campaign.status === 'open' ? 'primary' : 'default'}
          onClick={() => onOpen(u)}
          data-testid={`campaign-open-${u.unitCode}`}
        >
          {t('campaign.view')}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="campaign-progress-view">
      <Card size="small">
        <Space wrap size={[16, 8]}>
          <CampaignStatusTag status={campaign.status} />
          <Typography.Text data-testid="campaign-due">
            {labelled(t('campaign.dueDate'), lang)}
            {formatDeadline(campaign.dueDate, lang)}
          </Typography.Text>
          {late ? <Tag color="red">{t('campaign.overdue')}</Tag> : null}
          <Typography.Text type="secondary">
            {labelled(t('campaign.startedAt'), lang)}
            {formatDateTime(campaign.startedAt, lang)}
          </Typography.Text>
        </Space>
        {campaign.status === 'completed' ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            data-testid="campaign-completed"
            title={t('campaign.completedAt', { time: formatDateTime(campaign.completedAt, lang) })}
          />
        ) : null}
      </Card>

      <Row gutter={[12, 12]}>
        {CAMPAIGN_UNIT_STATUSES.map((s) => (
          <Col key={s} xs={12} md={6}>
            <CountTile status={s} n={campaign.counts[s]} total={total} />
          </Col>
        ))}
      </Row>

      <Card size="small" title={t('campaign.progress')} extra={narrow ? undefined : t('campaign.progressHint')}>
        <Progress
          data-testid="campaign-progress"
          data-value={accepted}
          percent={pct(accepted + submitted)}
          success={{ percent: pct(accepted) }}
          format={() => `${accepted}/${total}`}
        />
      </Card>

      <Card
        size="small"
        title={t('campaign.missing.title')}
        extra={<Typography.Text type="secondary">{t('campaign.missing.hint')}</Typography.Text>}
        data-testid="campaign-missing"
      >
        {campaign.missing.length ? (
          <Space size={[6, 6]} wrap>
            {campaign.missing.map((code) => {
              const u = byCode.get(code);
              return (
                <Tag
                  key={code}
                  color={u?.status === 'returned' ? 'red' : 'orange'}
                  data-testid={`campaign-missing-${code}`}
                  style={{ cursor: u ? 'pointer' : undefined }}
                  onClick={u ? () => onOpen(u) : undefined}
                >
                  {u ? nameOf(u) : unitName(code)}
                </Tag>
              );
            })}
          </Space>
        ) : (
          <Typography.Text type="success" data-testid="campaign-missing-none">
            {t('campaign.missing.none')}
          </Typography.Text>
        )}
      </Card>

      <Card size="small" title={t('campaign.units.title')}>
        <SmallTable<CampaignUnitView>
          data-testid="campaign-units"
          rowKey="unitCode"
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          rowData={(u) => ({ 'data-testid': `campaign-row-${u.unitCode}` })}
          empty={t('common.empty')}
        />
      </Card>
    </Space>
  );
}
