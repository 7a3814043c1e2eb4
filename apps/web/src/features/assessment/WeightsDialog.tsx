import type { AssessmentWeights, AssessmentWeightsView } from '@app/contracts';
import { Alert, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';
import { FormError } from '@web/shared/states';
import { useSubmit } from '@web/shared/useSubmit';
import { assessmentApi } from './api';

const RATES = ['ackRate', 'feedbackRate', 'onTimeRate', 'summaryOnTime'] as const;
const PER_ITEM = ['informationAdopted', 'returns', 'reports'] as const;

interface Values {
  rates: AssessmentWeights['rates'];
  perItem: AssessmentWeights['perItem'];
  reason: string;
}

// The office sets a year's weights with a reason; the API checks them (rate weights add up to 100) and audits.
export function WeightsDialog(props: {
  year: number;
  current: AssessmentWeightsView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { year, current, onClose, onSaved } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit();
  const rates = Form.useWatch('rates', form) as Values['rates'] | undefined;
  const sum = RATES.reduce((n, f) => n + Math.round(Number(rates?.[f] ?? 0) * 100), 0) / 100;
  return (
    <Modal
      open
      title={t('assessment.weights.title', { year })}
      okText={t('assessment.weights.save')}
      onOk={() =>
        void submit(
          form,
          (v) => assessmentApi.setWeights(year, { rates: v.rates, perItem: v.perItem }, v.reason),
          onSaved,
        )
      }
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      data-testid="weights-dialog"
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ ...current.weights, reason: '' }}>
        <Typography.Title level={5}>{t('assessment.weights.rates')}</Typography.Title>
        <Space wrap>
          {RATES.map((f) => (
            <Form.Item key={f} name={['rates', f]} label={t(`assessment.col.${f}`)} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} precision={2} data-testid={`weight-${f}`} />
            </Form.Item>
          ))}
        </Space>
        <Typography.Paragraph type={sum === 100 ? 'secondary' : 'danger'} data-testid="weights-sum">
          {t('assessment.weights.sum', { sum })}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('assessment.weights.perItem')}</Typography.Title>
        <Space wrap>
          {PER_ITEM.map((f) => (
            <Form.Item key={f} name={['perItem', f]} label={t(`assessment.col.${f}`)} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} precision={2} data-testid={`weight-${f}`} />
            </Form.Item>
          ))}
        </Space>
        <Alert type="info" showIcon title={t('assessment.weights.noInstructions')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="reason"
          label={t('assessment.weights.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('assessment.weights.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="weights-reason" />
        </Form.Item>
        <FormError error={error} />
      </Form>
    </Modal>
  );
}
