import type { CampaignUnitView, CampaignView } from '@app/contracts';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { campaignsApi } from '@web/api/conference';
import { useUser } from '@web/auth/auth-context';
import { formatDateTime, labelled } from '@web/i18n/format';
import { formatDeadline } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, LoadError, PageLoading } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { PageHeader } from '@web/shared/PageHeader';
import { RefreshButton } from '@web/shared/RefreshButton';
import { EscalationTag } from '@web/features/matters/tags';
import { AttachmentLinks, CampaignUnitStatusTag, campaignOrNull, ReminderList, SummaryText } from './parts';
import { SummaryForm } from './SummaryForm';

// The campaigns that ask this unit and are still open (newest first), plus a year named in the link (?year=2025,
// e.g. from a notice about an earlier campaign), shown first.
async function currentCampaigns(linked: number | null): Promise<CampaignView[]> {
  const mine = await campaignsApi.list();
  const open = mine.filter((c) => c.status === 'open').map((c) => c.year);
  const years = [...new Set([...(linked ? [linked] : []), ...open])];
  const found = await Promise.all(years.map((y) => campaignOrNull(y)));
  return found.filter((c): c is CampaignView => c !== null);
}

// The liaison's draft waiting for the unit's leader (待审核): its text, and for the leader 同意报送 / 退回修改 (a note
// is required).
function DraftDecision(props: {
  year: number;
  unit: CampaignUnitView;
  isLeader: boolean;
  testId: string;
  onChanged: (c: CampaignView) => void;
}) {
  const { year, unit, isLeader, testId, onChanged } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draft = unit.draft!;
  const decide = async (approve: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const c = approve ? await campaignsApi.approveDraft(year) : await campaignsApi.returnDraft(year, note.trim());
      void message.success(t(approve ? 'campaign.unit.draft.approved' : 'campaign.unit.draft.returnedDone'));
      onChanged(c);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="info"
      showIcon
      data-testid={`${testId}-draft`}
      title={t('campaign.unit.draft.pending', { name: draft.byName ?? draft.byUserId })}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <SummaryText text={draft.text} testId={`${testId}-draft-text`} />
          {isLeader ? (
            <>
              {error ? <ErrorAlert error={error} /> : null}
              <Input.TextArea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t('campaign.unit.draft.note')}
                maxLength={2000}
                data-testid={`${testId}-draft-note`}
              />
              <Space>
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => void decide(true)}
                  data-testid={`${testId}-draft-approve`}
                >
                  {t('campaign.unit.draft.approve')}
                </Button>
                <Button
                  danger
                  loading={busy}
                  disabled={!note.trim()}
                  title={note.trim() ? undefined : t('campaign.unit.draft.noteRequired')}
                  onClick={() => void decide(false)}
                  data-testid={`${testId}-draft-return`}
                >
                  {t('campaign.unit.draft.return')}
                </Button>
              </Space>
            </>
          ) : null}
        </Space>
      }
    />
  );
}

function UnitCampaignCard(props: {
  campaign: CampaignView;
  unitCode: string | null;
  isLeader: boolean;
  onChanged: (c: CampaignView) => void;
}) {
  const { campaign, unitCode, isLeader, onChanged } = props;
  const { t, lang } = useI18n();
  const mine: CampaignUnitView | undefined = campaign.units.find((u) => u.unitCode === unitCode);
  const open = campaign.status === 'open';
  // The leader submits; so does a liaison, as a draft for the leader where the unit has one (submitAs), directly
  // where it has none. Nobody writes while a draft waits for the leader.
  const canSubmit = open && (mine?.status === 'awaiting' || mine?.status === 'returned') && !mine?.draft;
  const testId = `unit-summary-${campaign.year}`;

  return (
    <Card
      data-testid={testId}
      title={t('campaign.yearTitle', { year: campaign.year })}
      extra={
        <Typography.Text type="secondary">
          {labelled(t('campaign.dueDate'), lang)}
          {formatDeadline(campaign.dueDate, lang)}
        </Typography.Text>
      }
    >
      {!mine ? (
        <Typography.Text type="secondary" data-testid={`${testId}-not-asked`}>
          {t('campaign.unit.notAsked')}
        </Typography.Text>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
            <Descriptions.Item label={t('campaign.unit.status')}>
              <Space size={4} wrap>
                <CampaignUnitStatusTag status={mine.status} testId={`${testId}-status`} />
                {mine.escalationLevel ? <EscalationTag level={mine.escalationLevel} /> : null}
                {!open ? <Tag>{t('campaign.unit.closed')}</Tag> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('campaign.col.submittedAt')}>
              {formatDateTime(mine.submittedAt, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('campaign.col.revisions')}>{mine.revisions}</Descriptions.Item>
          </Descriptions>

          {mine.status === 'returned' && mine.returnReason ? (
            <Alert
              type="warning"
              showIcon
              data-testid={`${testId}-return-reason`}
              title={t('campaign.unit.returned')}
              description={mine.returnReason}
            />
          ) : null}
          {mine.status === 'submitted' ? (
            <Alert
              type="info"
              showIcon
              title={t('campaign.unit.submittedWait', { time: formatDateTime(mine.submittedAt, lang) })}
            />
          ) : null}
          {mine.status === 'accepted' ? (
            <Alert
              type="success"
              showIcon
              data-testid={`${testId}-accepted`}
              title={t('campaign.unit.accepted', { time: formatDateTime(mine.acceptedAt, lang) })}
            />
          ) : null}
          {open && mine.draft ? (
            <DraftDecision year={campaign.year} unit={mine} isLeader={isLeader} testId={testId} onChanged={onChanged} />
          ) : null}
          {canSubmit && mine.draftReturn ? (
            <Alert
              type="warning"
              showIcon
              data-testid={`${testId}-draft-return-note`}
              title={t('campaign.unit.draft.returned')}
              description={mine.draftReturn.reason}
            />
          ) : null}
          {!isLeader && !canSubmit && !mine.draft && open && mine.status !== 'accepted' ? (
            <Alert type="info" showIcon data-testid={`${testId}-liaison-note`} title={t('campaign.unit.liaisonNote')} />
          ) : null}

          {canSubmit ? (
            <SummaryForm year={campaign.year} previous={mine} onSubmitted={onChanged} />
          ) : mine.text ? (
            <div>
              <Typography.Text strong>{t('campaign.unit.submitted')}</Typography.Text>
              <div style={{ marginTop: 6 }}>
                <SummaryText text={mine.text} testId={`${testId}-text`} />
              </div>
              <div style={{ marginTop: 8 }}>
                <AttachmentLinks attachments={mine.attachments} testId={`${testId}-attachments`} />
              </div>
            </div>
          ) : null}

          <div>
            <Typography.Text strong>{t('campaign.unit.reminders')}</Typography.Text>
            <ReminderList reminders={mine.reminders} testId={`${testId}-reminders`} />
          </div>
        </Space>
      )}
    </Card>
  );
}

// A member unit's annual work summary (年度工作总结): write, submit, revise when returned.
export function UnitSummaryPage() {
  const { t } = useI18n();
  const user = useUser();
  const [params] = useSearchParams();
  const linked = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  const state = useAsync(() => currentCampaigns(linked), [linked]);
  const isLeader = user.roles.includes('unit_leader');
  const campaigns = state.data;

  const onChanged = (c: CampaignView) => state.setData((list) => (list ?? []).map((x) => (x.year === c.year ? c : x)));

  let body;
  if (campaigns === undefined) {
    body = state.loading ? <PageLoading /> : <LoadError error={state.error} onRetry={state.reload} />;
  } else if (!campaigns.length) {
    body = (
      <Card data-testid="unit-summary-none">
        <Empty description={t('campaign.unit.none')} />
      </Card>
    );
  } else {
    body = campaigns.map((c) => (
      <UnitCampaignCard key={c.year} campaign={c} unitCode={user.unitCode} isLeader={isLeader} onChanged={onChanged} />
    ));
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="unit-summary-page">
      <PageHeader title={t('campaign.title')} subtitle={t('campaign.unit.subtitle')}>
        <RefreshButton size="small" loading={state.loading} onClick={state.reload} data-testid="unit-summary-refresh" />
      </PageHeader>
      {state.error && campaigns !== undefined ? <ErrorAlert error={state.error} /> : null}
      {body}
    </Space>
  );
}
