import type { CampaignListItem, CampaignUnitView, CampaignView } from '@app/contracts';
import { Grid, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';

import { campaignsApi } from '@web/api/conference';
import { ZONE } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { PageHeader } from '@web/shared/PageHeader';
import { RefreshButton } from '@web/shared/RefreshButton';
import { CampaignProgressView } from './CampaignProgressView';
import { campaignOrNull } from './parts';
import { StartCampaignForm } from './StartCampaignForm';
import { UnitSummaryDrawer } from './UnitSummaryDrawer';

// The years the selector offers: those with a campaign first (newest first), then the current year and the five
// before it that have none yet.
const YEARS_BACK = 5;

// The office starts the annual summary campaign and follows who has submitted and who is missing.
export function OfficeCampaignPage() {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const thisYear = Number(dayjs().tz(ZONE).format('YYYY'));
  // Summaries cover the past year: that is the campaign the office usually works on.
  const [year, setYear] = useState(thisYear - 1);
  const state = useAsync(async () => ({ year, campaign: await campaignOrNull(year) }), [year]);
  const [openCode, setOpenCode] = useState<string | null>(null);
  // What was loaded for another year (while the selected one loads) is not shown.
  const campaign: CampaignView | null | undefined = state.data?.year === year ? state.data.campaign : undefined;
  const open: CampaignUnitView | null =
    (campaign && openCode && campaign.units.find((u) => u.unitCode === openCode)) || null;
  const started = useAsync(() => campaignsApi.list(), []);
  const byYear = new Map<number, CampaignListItem>((started.data ?? []).map((c) => [c.year, c]));
  const recent = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  const years = [...byYear.keys(), ...recent.filter((y) => !byYear.has(y))];
  if (!years.includes(year)) {
    years.unshift(year);
  }
  const yearLabel = (y: number) => {
    const c = byYear.get(y);
    if (c) {
      return t('campaign.yearOptionStatus', { year: y, status: t(`campaign.status.${c.status}`) });
    }
    return started.data ? t('campaign.yearOptionNone', { year: y }) : t('campaign.yearOption', { year: y });
  };

  const onStarted = (c: CampaignView) => {
    state.setData({ year: c.year, campaign: c });
    setYear(c.year);
    started.reload();
  };

  let body;
  if (campaign === undefined) {
    body = state.loading ? <PageLoading /> : <LoadError error={state.error} onRetry={state.reload} />;
  } else if (campaign === null) {
    body = <StartCampaignForm key={year} year={year} onStarted={onStarted} />;
  } else {
    body = <CampaignProgressView campaign={campaign} onOpen={(u) => setOpenCode(u.unitCode)} />;
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="campaign-office-page">
      <PageHeader title={t('campaign.title')} subtitle={t('campaign.office.subtitle')} />
      <Space wrap size={8}>
        <Typography.Text>{t('campaign.year')}</Typography.Text>
        <Select
          value={year}
          onChange={(y) => {
            setOpenCode(null);
            setYear(y);
          }}
          options={years.map((y) => ({ value: y, label: yearLabel(y) }))}
          style={{ width: 200 }}
          virtual={false}
          data-testid="campaign-year"
        />
        <RefreshButton loading={state.loading} onClick={state.reload} data-testid="campaign-refresh">
          {narrow ? null : t('common.refresh')}
        </RefreshButton>
        {narrow ? null : <Typography.Text type="secondary">{t('campaign.yearHint')}</Typography.Text>}
      </Space>
      {state.error && campaign !== undefined ? <ErrorAlert error={state.error} /> : null}
      {body}
      {campaign ? (
        <UnitSummaryDrawer
          campaign={campaign}
          unit={open}
          onClose={() => setOpenCode(null)}
          onChanged={(c) => state.setData({ year: c.year, campaign: c })}
        />
      ) : null}
    </Space>
  );
}
