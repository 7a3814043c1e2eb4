import type { CampaignUnitView, CampaignView } from '@app/contracts';
import { App, Alert, Button, Descriptions, Drawer, Form, Grid, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';

import { campaignsApi } from '@web/api/conference';
import { formatDateTime } from '@web/i18n/format';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert, FormError } from '@web/shared/states';
import { EscalationTag } from '@web/features/matters/tags';
import { AttachmentLinks, CampaignUnitStatusTag, ReminderList, SummaryText } from './parts';

function ReturnDialog(props: {
  unitName: string;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onReturn: (reason: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const onOk = async () => {
    try {
      const v = await form.validateFields();
      props.onReturn(v.reason.trim());
    } catch {
      // The form shows what to fix.
    }
  };
  return (
    <Modal
      open
      title={t('campaign.return.title', { unit: props.unitName })}
      onCancel={props.onCancel}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={props.onCancel} disabled={props.busy}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger
          loading={props.busy}
          onClick={() => void onOk()}
          data-testid="campaign-return-submit"
        >
          {t('campaign.return')}
        </Button>,
      ]}
    >
      <FormError error={props.error} />
      <Form form={form} layout="vertical" disabled={props.busy}>
        <Form.Item
          name="reason"
          label={t('campaign.return.reason')}
          rules={[
            { required: true, whitespace: true, message: t('campaign.return.reasonRequired') },
            { max: 2000, message: t('action.textTooLong', { n: 2000 }) },
          ]}
        >
          <Input.TextArea
            rows={4}
            placeholder={t('campaign.return.reasonPlaceholder')}
            data-testid="campaign-return-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// One unit's summary: the text, the attachments, what it was told; 确认 / 退回修改 while it awaits review.
export function UnitSummaryDrawer(props: {
  campaign: CampaignView;
  unit: CampaignUnitView | null;
  onClose: () => void;
  onChanged: (campaign: CampaignView) => void;
}) {
  const { campaign, unit, onClose, onChanged } = props;
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const name = unit ? (unit.unitName ?? unit.unitCode) : '';
  const reviewable = campaign.status === 'open' && unit?.status === 'submitted';

  const act = async (run: () => Promise<CampaignView>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await run());
      setReturning(false);
      void message.success(done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const accept = () => {
    modal.confirm({
      title: t('campaign.accept.confirm', { unit: name }),
      okText: t('campaign.accept'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'campaign-accept-confirm' },
      onOk: () =>
        act(() => campaignsApi.accept(campaign.year, unit!.unitCode), t('campaign.accept.done', { unit: name })),
    });
  };

  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      title={unit ? t('campaign.drawer.title', { unit: name, year: campaign.year }) : undefined}
      size={narrow ? '100%' : 640}
      destroyOnHidden
      data-testid="campaign-unit-drawer"
      extra={
        reviewable ? (
          <Space>
            <Button danger disabled={busy} onClick={() => setReturning(true)} data-testid="campaign-return">
              {t('campaign.return')}
            </Button>
            <Button type="primary" loading={busy} onClick={accept} data-testid="campaign-accept">
              {t('campaign.accept')}
            </Button>
          </Space>
        ) : null
      }
    >
      {unit ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {error && !returning ? <ErrorAlert error={error} /> : null}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('campaign.col.status')}>
              <Space size={4} wrap>
                <CampaignUnitStatusTag status={unit.status} testId="campaign-drawer-status" />
                {unit.escalationLevel ? <EscalationTag level={unit.escalationLevel} /> : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('campaign.col.submittedAt')}>
              {formatDateTime(unit.submittedAt, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('campaign.col.revisions')}>{unit.revisions}</Descriptions.Item>
            {unit.acceptedAt ? (
              <Descriptions.Item label={t('campaign.drawer.acceptedAt')}>
                {formatDateTime(unit.acceptedAt, lang)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {unit.returnReason && unit.status === 'returned' ? (
            <Alert
              type="warning"
              showIcon
              title={t('campaign.drawer.returnReason')}
              description={unit.returnReason}
              data-testid="campaign-drawer-return-reason"
            />
          ) : null}
          <div>
            <Typography.Text strong>{t('campaign.drawer.text')}</Typography.Text>
            <div style={{ marginTop: 6 }}>
              <SummaryText text={unit.text} testId="campaign-drawer-text" />
            </div>
          </div>
          <AttachmentLinks attachments={unit.attachments} testId="campaign-drawer-attachments" />
          <div>
            <Typography.Text strong>{t('campaign.drawer.reminders')}</Typography.Text>
            <ReminderList reminders={unit.reminders} testId="campaign-drawer-reminders" />
          </div>
        </Space>
      ) : null}
      {returning && unit ? (
        <ReturnDialog
          unitName={name}
          busy={busy}
          error={error}
          onCancel={() => {
            setReturning(false);
            setError(null);
          }}
          onReturn={(reason) =>
            void act(
              () => campaignsApi.return(campaign.year, unit.unitCode, reason),
              t('campaign.return.done', { unit: name }),
            )
          }
        />
      ) : null}
    </Drawer>
  );
}
