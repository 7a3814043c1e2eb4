import type { RosterEntryView } from '@app/contracts';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { rosterApi } from '@web/api/roster';
import { UNIT_SEARCH, unitOptions, useUnitList } from '@web/features/office/units';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';
import { LoadError } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import {
  CONFERENCE_KINDS,
  CurrentSeats,
  FileChangeDialog,
  RefuseDialog,
  RosterTable,
  UNIT_KINDS,
  unitSeats,
} from './RosterParts';

// 成员单位名册 (the office): the units' filings awaiting 备案, one unit's roster now and its changes, and the
// conference's 召集人 / 副召集人.
export function OfficeRosterPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnitList();
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [refusing, setRefusing] = useState<RosterEntryView | null>(null);
  const [filing, setFiling] = useState<'unit' | 'conference' | null>(null);
  const pending = useAsync(() => rosterApi.pending(), []);
  const unit = useAsync(() => (unitCode ? rosterApi.unit(unitCode) : Promise.resolve(null)), [unitCode]);
  const conference = useAsync(() => rosterApi.conference(), []);
  const nameOf = (code: string) => units.find((u) => u.code === code)?.nameZh ?? code;

  const decide = async (entry: RosterEntryView, decision: 'record' | 'refuse', reason?: string) => {
    try {
      await rosterApi.decide(entry.unitCode, entry.id, decision, reason);
      void message.success(t(decision === 'record' ? 'roster.recorded' : 'roster.refused'));
      setRefusing(null);
      pending.reload();
      unit.reload();
    } catch (err) {
      void message.error(`${t('roster.failed')}：${describeError(t, err)}`);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<span data-testid="page-title">{t('roster.title')}</span>}>
        <Typography.Paragraph type="secondary">{t('roster.hint')}</Typography.Paragraph>
        <Typography.Title level={5}>{t('roster.pending')}</Typography.Title>
        {pending.error ? (
          <LoadError error={pending.error} onRetry={pending.reload} />
        ) : (
          <RosterTable
            entries={pending.data ?? []}
            showUnit={nameOf}
            onDecide={(e, d) => (d === 'record' ? void decide(e, 'record') : setRefusing(e))}
            testId="roster-pending"
          />
        )}
      </Card>
      <Card
        title={
          <Select
            showSearch
            allowClear
            placeholder={t('roster.unit')}
            style={{ minWidth: 260 }}
            value={unitCode ?? undefined}
            onChange={(v: string | undefined) => setUnitCode(v ?? null)}
            options={unitOptions(units, lang)}
            {...UNIT_SEARCH}
            data-testid="roster-unit"
          />
        }
        extra={
          unitCode ? (
            <Button onClick={() => setFiling('unit')} data-testid="roster-file">
              {t('roster.file')}
            </Button>
          ) : null
        }
      >
        {unit.error ? <LoadError error={unit.error} onRetry={unit.reload} /> : null}
        {unit.data ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <CurrentSeats seats={unitSeats(unit.data)} />
            <Typography.Title level={5}>{t('roster.history')}</Typography.Title>
            <RosterTable
              entries={unit.data.history}
              onDecide={(e, d) => (d === 'record' ? void decide(e, 'record') : setRefusing(e))}
              testId="roster-history"
            />
          </Space>
        ) : null}
      </Card>
      <Card
        title={t('roster.conference')}
        extra={
          <Button onClick={() => setFiling('conference')} data-testid="roster-file-conference">
            {t('roster.fileConference')}
          </Button>
        }
      >
        {conference.error ? <LoadError error={conference.error} onRetry={conference.reload} /> : null}
        {conference.data ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <CurrentSeats
              seats={[
                { kind: 'convener', entry: conference.data.convener },
                ...conference.data.deputyConveners.map((entry) => ({ kind: 'deputy_convener', entry })),
              ]}
            />
            <RosterTable entries={conference.data.history} testId="roster-conference-history" />
          </Space>
        ) : null}
      </Card>
      <RefuseDialog
        entry={refusing}
        onClose={() => setRefusing(null)}
        onRefuse={(e, reason) => decide(e, 'refuse', reason)}
      />
      <FileChangeDialog
        open={filing !== null}
        kinds={filing === 'conference' ? CONFERENCE_KINDS : UNIT_KINDS}
        title={filing === 'conference' ? t('roster.fileConference') : t('roster.file')}
        onClose={() => setFiling(null)}
        onFile={async (change) => {
          if (filing === 'conference') {
            await rosterApi.fileConference(change);
            conference.reload();
          } else if (unitCode) {
            await rosterApi.file(unitCode, change);
            unit.reload();
          }
          void message.success(t('roster.recorded'));
          setFiling(null);
        }}
      />
    </Space>
  );
}
