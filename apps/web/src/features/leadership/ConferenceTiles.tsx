import type { BriefingsIssued, CampaignProgress } from '@app/contracts';
import { Card, Col, Empty, Progress, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';

import { formatDate, labelled, ZONE } from '@web/i18n/format';
import { formatDay } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';
import { issueLabel } from '@web/features/briefings/briefingArea';
import { useUnitNames } from '@web/features/matters/useUnitNames';

// 年度工作总结: the latest campaign's progress, who is missing, open or completed.
export function CampaignTile({ campaign }: { campaign: CampaignProgress | null }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  if (!campaign) {
    return (
      <Card size="small" title={t('campaign.tile.title')} data-testid="panel-campaign">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('campaign.tile.none')}
          data-testid="campaign-tile-none"
        />
      </Card>
    );
  }
  const { counts, total } = campaign;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);
  const today = dayjs().tz(ZONE).format('YYYY-MM-DD');
  const late = campaign.status === 'open' && campaign.dueDate < today;
  return (
    <Card
      size="small"
      data-testid="panel-campaign"
      style={{ height: '100%' }}
      title={
        <Space size={8}>
          {t('campaign.tile.title')}
          <Typography.Text type="secondary" data-testid="campaign-tile-year" data-value={campaign.year}>
            {t('campaign.tile.year', { year: campaign.year })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space size={4}>
          {late ? <Tag color="red">{t('campaign.overdue')}</Tag> : null}
          <Tag
            color={campaign.status === 'completed' ? 'success' : 'processing'}
            data-testid="campaign-tile-status"
            data-status={campaign.status}
          >
            {t(`campaign.status.${campaign.status}`)}
          </Tag>
        </Space>
      }
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '0 12px' }}>
        <span
          data-testid="campaign-tile-accepted"
          data-value={counts.accepted}
          style={{ fontSize: 26, fontWeight: 600, color: '#389e0d', fontVariantNumeric: 'tabular-nums' }}
        >
          {t('campaign.tile.accepted', { n: counts.accepted, total })}
        </span>
        <Typography.Text type="secondary" data-testid="campaign-tile-due">
          {t('campaign.tile.due', { date: formatDay(campaign.dueDate, lang) })}
        </Typography.Text>
      </div>
      <Progress
        percent={pct(counts.accepted + counts.submitted)}
        success={{ percent: pct(counts.accepted) }}
        showInfo={false}
        style={{ margin: '4px 0' }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="campaign-tile-breakdown">
        {t('campaign.tile.breakdown', {
          submitted: counts.submitted,
          returned: counts.returned,
          awaiting: counts.awaiting,
        })}
      </Typography.Text>
      <div style={{ marginTop: 8 }} data-testid="campaign-tile-missing" data-value={campaign.missing.length}>
        {campaign.status === 'completed' ? (
          <Typography.Text type="success">
            {t('campaign.tile.completed', { date: formatDate(campaign.completedAt, lang) })}
          </Typography.Text>
        ) : campaign.missing.length ? (
          <Space size={[4, 4]} wrap>
            <Typography.Text>{t('campaign.tile.missing')}</Typography.Text>
            {campaign.missing.map((m) => (
              <Tag key={m.unitCode} color="orange" style={{ marginInlineEnd: 0 }}>
                {lang === 'zh' ? m.nameZh : unitName(m.unitCode)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="success">{t('campaign.tile.allIn')}</Typography.Text>
        )}
      </div>
    </Card>
  );
}

// 工作简报: issues published this year and the latest issue, which opens its page.
export function BriefingsTile({ briefings }: { briefings: BriefingsIssued }) {
  const { t, lang } = useI18n();
  const { latest } = briefings;
  return (
    <Card
      size="small"
      title={t('campaign.tile.briefings.title')}
      data-testid="panel-briefings"
      style={{ height: '100%' }}
    >
      <Typography.Text type="secondary">
        {t('campaign.tile.briefings.published', { year: briefings.year })}
      </Typography.Text>
      <div
        data-testid="briefings-tile-published"
        data-value={briefings.published}
        style={{ fontSize: 26, fontWeight: 600, color: '#1d4ed8', fontVariantNumeric: 'tabular-nums' }}
      >
        {t('campaign.tile.briefings.issues', { n: briefings.published })}
      </div>
      {latest ? (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{labelled(t('campaign.tile.briefings.latest'), lang)}</Typography.Text>
          <Link to={`/leadership/briefings/${encodeURIComponent(latest.id)}`} data-testid="briefings-tile-latest">
            {lang === 'zh' ? `《${latest.title}》${latest.issue}` : `${latest.title} (${issueLabel(latest, lang, t)})`}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('campaign.tile.briefings.latestAt', { date: formatDate(latest.publishedAt, lang) })}
            </Typography.Text>
          </div>
        </div>
      ) : (
        <Typography.Text type="secondary" data-testid="briefings-tile-none">
          {t('campaign.tile.briefings.none')}
        </Typography.Text>
      )}
    </Card>
  );
}

// The conference's own machinery beside the matters: summaries collected, briefings issued.
export function ConferenceTiles(props: { campaign: CampaignProgress | null; briefings: BriefingsIssued }) {
  return (
    <Row gutter={[16, 16]} data-testid="leadership-conference-tiles">
      <Col xs={24} lg={14}>
        <CampaignTile campaign={props.campaign} />
      </Col>
      <Col xs={24} lg={10}>
        <BriefingsTile briefings={props.briefings} />
      </Col>
    </Row>
  );
}
