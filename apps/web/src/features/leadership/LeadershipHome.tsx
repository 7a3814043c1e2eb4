import type { MeetingProgress, UnitLights } from '@app/contracts';
import { Button, Card, Col, Empty, Grid, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { leadershipApi } from '@web/api/endpoints';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { PageHeader } from '@web/shared/PageHeader';
import { RefreshButton } from '@web/shared/RefreshButton';
import type { EvidenceRequest } from '@web/features/assessment/EvidenceDrawer';
import { EvidenceDrawer } from '@web/features/assessment/EvidenceDrawer';
import { OPEN_MATTER_STATUSES } from '@web/features/matters/constants';
import { useUnitNames } from '@web/features/matters/useUnitNames';
import { closuresOption, OPEN_LIGHTS, rankedUnits, unitLightsHeight, unitLightsOption } from './charts';
import { ConferenceTiles } from './ConferenceTiles';
import type { ChartClick } from './EChart';
import { EChart } from './EChart';
import { KpiTiles } from './KpiTiles';
import type { MatterListRequest } from './MatterListDrawer';
import { MatterListDrawer } from './MatterListDrawer';
import { EscalationTiles, MeetingProgressTable, OverdueTable } from './Panels';

// The dashboard keeps itself current while it stays open on a screen.
const REFRESH_MS = 60_000;

function Panel(props: { title: string; extra?: string; testId: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      data-testid={props.testId}
      title={props.title}
      extra={
        props.extra ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {props.extra}
          </Typography.Text>
        ) : undefined
      }
    >
      {props.children}
    </Card>
  );
}

// The units on red, each one click from why: its own breaches and the events behind them.
function RedUnits(props: { units: UnitLights[]; nameOf: (u: UnitLights) => string; onOpen: (u: UnitLights) => void }) {
  const { t } = useI18n();
  const red = props.units.filter((u) => u.byLight.red > 0);
  if (red.length === 0) {
    return null;
  }
  return (
    <Space size={[8, 8]} wrap style={{ marginTop: 8 }} data-testid="red-units">
      {red.map((u) => (
        <Button
          key={u.unitCode}
          size="small"
          danger
          onClick={() => props.onOpen(u)}
          data-testid={`why-red-${u.unitCode}`}
          data-value={u.byLight.red}
        >
          {t('assessment.whyRedUnit', { unit: props.nameOf(u), n: u.byLight.red })}
        </Button>
      ))}
    </Space>
  );
}

// 领导驾驶舱: progress at a glance (GET /api/supervision/summary), read-only; a matter opens its own page, where
// the one thing leadership does is give an instruction (批示).
export function LeadershipHome() {
  const { t, lang } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const unitName = useUnitNames();
  const state = useAsync(() => leadershipApi.summary(), []);
  const { reload } = state;
  const [drawer, setDrawer] = useState<MatterListRequest | null>(null);
  // A unit's red segment answers "why is this unit red": its own breaches and the events behind them.
  const [why, setWhy] = useState<EvidenceRequest | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') {
        reload();
      }
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const summary = state.data;
  const units = useMemo(() => rankedUnits(summary?.unitLights ?? []), [summary]);
  const nameOf = useCallback((u: UnitLights) => (lang === 'zh' ? u.nameZh : unitName(u.unitCode)), [lang, unitName]);
  const unitOption = useMemo(() => unitLightsOption(units, t, nameOf, narrow), [units, t, nameOf, narrow]);
  const trendOption = useMemo(() => closuresOption(summary?.closuresByMonth ?? [], t, lang), [summary, t, lang]);

  const openWhy = useCallback(
    (u: UnitLights) =>
      setWhy({
        year: Number((summary?.today ?? '').slice(0, 4)),
        unitCode: u.unitCode,
        unitName: nameOf(u),
        figure: 'red',
      }),
    [summary, nameOf],
  );

  // A bar segment is one unit's open matters of one light: list them (red: why the unit is red).
  const onUnitClick = useCallback(
    (e: ChartClick) => {
      const unit = units[e.dataIndex];
      const light = OPEN_LIGHTS[e.seriesIndex ?? -1];
      if (!unit || !light) {
        return;
      }
      if (light === 'red') {
        openWhy(unit);
        return;
      }
      setDrawer({
        title: t('leadership.drawer.unitLight', { unit: nameOf(unit), light: t(`light.${light}`) }),
        query: { unit: unit.unitCode, light, status: OPEN_MATTER_STATUSES },
      });
    },
    [units, nameOf, t, openWhy],
  );
  const onMeeting = useCallback(
    (m: MeetingProgress) =>
      setDrawer({ title: t('leadership.drawer.meeting', { meeting: m.title }), query: { meetingId: m.meetingId } }),
    [t],
  );

  if (state.loading && !summary) {
    return <PageLoading />;
  }
  if (!summary) {
    return <LoadError error={state.error} onRetry={reload} />;
  }
  const empty = summary.totals.all === 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="leadership-dashboard">
      <PageHeader title={t('leadership.title')} subtitle={t('leadership.subtitle')}>
        <Space size={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="leadership-as-of">
            {t('leadership.asOf', { time: formatDateTime(summary.generatedAt, lang) })}
          </Typography.Text>
          <RefreshButton size="small" loading={state.loading} onClick={reload} data-testid="leadership-refresh">
            {narrow ? null : t('common.refresh')}
          </RefreshButton>
        </Space>
      </PageHeader>
      {state.error ? <ErrorAlert error={state.error} /> : null}

      <KpiTiles summary={summary} />

      <ConferenceTiles campaign={summary.campaign} briefings={summary.briefings} />

      {empty ? (
        <Card data-testid="leadership-empty">
          <Empty description={t('leadership.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Panel
                testId="panel-unit-lights"
                title={t('leadership.unitLights.title')}
                extra={units.length ? t('leadership.unitLights.hint') : undefined}
              >
                {units.length ? (
                  <EChart
                    testId="chart-unit-lights"
                    ariaLabel={t('leadership.unitLights.title')}
                    height={unitLightsHeight(units.length)}
                    option={unitOption}
                    onClick={onUnitClick}
                  />
                ) : (
                  <Empty data-testid="chart-unit-lights-empty" description={t('leadership.unitLights.empty')} />
                )}
                <RedUnits units={units} nameOf={nameOf} onOpen={(u) => openWhy(u)} />
              </Panel>
              <Panel
                testId="panel-overdue"
                title={t('leadership.overdue.title')}
                extra={t('leadership.overdue.count', { n: summary.overdue.count })}
              >
                <OverdueTable summary={summary} />
              </Panel>
            </Space>
          </Col>
          <Col xs={24} lg={10}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Panel testId="panel-escalations" title={t('leadership.escalations.title')}>
                <EscalationTiles summary={summary} />
              </Panel>
              <Panel testId="panel-meetings" title={t('leadership.meetings.title')}>
                <MeetingProgressTable meetings={summary.meetings} onOpen={onMeeting} />
              </Panel>
              <Panel testId="panel-trend" title={t('leadership.trend.title')}>
                <EChart
                  testId="chart-trend"
                  ariaLabel={t('leadership.trend.title')}
                  height={220}
                  option={trendOption}
                />
              </Panel>
            </Space>
          </Col>
        </Row>
      )}
      <MatterListDrawer request={drawer} onClose={() => setDrawer(null)} />
      <EvidenceDrawer request={why} matterPath={(id) => `/leadership/matters/${id}`} onClose={() => setWhy(null)} />
    </Space>
  );
}
