import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CampaignUnitView, CampaignView } from '@app/contracts';
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';

import { campaignsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { FormError } from '@web/shared/states';

interface SummaryValues {
  text: string;
  attachments: string[];
}

const URL = /^https?:\/\/\S+$/i;
const MAX_ATTACHMENTS = 20;

// The unit leader's summary: first submission, or a resubmission after the office returned it (prefilled). A liaison
// of a unit with a leader account sends it as a draft for the leader (提交本单位负责同志审核), prefilled with the draft
// the leader returned last.
export function SummaryForm(props: {
  year: number;
  previous: CampaignUnitView;
  onSubmitted: (c: CampaignView) => void;
}) {
  const { year, previous, onSubmitted } = props;
  const asDraft = previous.submitAs === 'draft';
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<SummaryValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resubmit = previous.status === 'returned';
  const submitLabel = asDraft
    ? t('campaign.unit.draft.submit')
    : resubmit
      ? t('campaign.unit.form.resubmit')
      : t('campaign.unit.form.submit');
  const start = previous.draftReturn?.text ?? previous.text ?? '';

  const submit = async (v: SummaryValues) => {
    setBusy(true);
    setError(null);
    try {
      const attachments = v.attachments.map((a) => a.trim()).filter(Boolean);
      const body = { text: v.text.trim(), attachments };
      const campaign = asDraft ? await campaignsApi.draft(year, body) : await campaignsApi.submit(year, body);
      void message.success(asDraft ? t('campaign.unit.draft.done') : t('campaign.unit.form.done'));
      onSubmitted(campaign);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onFinish = (v: SummaryValues) => {
    modal.confirm({
      title: t('campaign.unit.form.confirm'),
      okText: submitLabel,
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'summary-confirm' },
      onOk: () => submit(v),
    });
  };

  return (
    <div data-testid="summary-form">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {resubmit ? t('campaign.unit.form.resubmitTitle') : t('campaign.unit.form.title')}
      </Typography.Title>
      <FormError error={error} />
      <Form<SummaryValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ text: start, attachments: previous.attachments }}
        onFinish={onFinish}
      >
        <Form.Item
          name="text"
          label={t('campaign.unit.form.text')}
          rules={[
            { required: true, whitespace: true, message: t('campaign.unit.form.textRequired') },
            { max: 100_000, message: t('action.textTooLong', { n: 100_000 }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 8, maxRows: 24 }}
            placeholder={t('campaign.unit.form.textPlaceholder', { year })}
            data-testid="summary-text"
          />
        </Form.Item>
        <Typography.Text>{t('campaign.unit.form.attachments')}</Typography.Text>
        <Form.List name="attachments">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex', width: '100%' }}>
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1, minWidth: 240, marginBottom: 8 }}
                    rules={[
                      { required: true, whitespace: true, message: t('campaign.unit.form.attachmentInvalid') },
                      { pattern: URL, message: t('campaign.unit.form.attachmentInvalid') },
                      { max: 1000, message: t('action.textTooLong', { n: 1000 }) },
                    ]}
                  >
                    <Input
                      placeholder={t('campaign.unit.form.attachmentUrl')}
                      data-testid={`summary-attachment-${i}`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('campaign.unit.form.removeAttachment')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                disabled={busy || fields.length >= MAX_ATTACHMENTS}
                data-testid="summary-add-attachment"
              >
                {t('campaign.unit.form.addAttachment')}
              </Button>
            </div>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }} data-testid="summary-submit">
          {submitLabel}
        </Button>
      </Form>
    </div>
  );
}
