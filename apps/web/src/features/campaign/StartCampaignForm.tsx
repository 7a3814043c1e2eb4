import type { CampaignPolicy, CampaignView, EscalationLevel } from '@app/contracts';
import { App, Button, Card, Checkbox, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';

import { formatDay } from '@web/shared/dates';
import { newIdempotencyKey } from '@web/api/client';
import { campaignsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { checkRule } from '@web/shared/formRules';
import { FormError } from '@web/shared/states';
import { DATE_FORMATS } from '@web/features/office/NewMatterPage';
import { useUnitList } from '@web/features/office/units';
import { UnitSelect } from '@web/features/office/UnitSelect';
import { DEFAULT_CAMPAIGN_POLICY } from './parts';

const LEVELS: EscalationLevel[] = DEFAULT_CAMPAIGN_POLICY.ladder.map((s) => s.level);

interface StartValues {
  year: number;
  dueDate?: Dayjs;
  customize: boolean;
  remindBefore: number;
  ladder: Record<EscalationLevel, number>;
  unitCodes?: string[];
}

const defaults = (year: number): StartValues => ({
  year,
  customize: false,
  remindBefore: DEFAULT_CAMPAIGN_POLICY.remindBeforeWorkingDays,
  ladder: Object.fromEntries(DEFAULT_CAMPAIGN_POLICY.ladder.map((s) => [s.level, s.afterWorkingDays])) as Record<
    EscalationLevel,
    number
  >,
  unitCodes: [],
});

const policyOf = (v: StartValues): CampaignPolicy => ({
  remindBeforeWorkingDays: v.remindBefore,
  ladder: LEVELS.map((level) => ({ level, afterWorkingDays: v.ladder[level] })),
});

// 发起年度工作总结: the year, the due date, and optionally the reminder ladder and (for pilots) the units asked.
export function StartCampaignForm({ year, onStarted }: { year: number; onStarted: (c: CampaignView) => void }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const { units } = useUnitList();
  const [form] = Form.useForm<StartValues>();
  const customize = Form.useWatch('customize', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per start attempt: a retry after a network failure starts the campaign once.
  const key = useRef<string | null>(null);

  const start = async (v: StartValues) => {
    setBusy(true);
    setError(null);
    key.current ??= newIdempotencyKey();
    try {
      const campaign = await campaignsApi.start(
        {
          year: v.year,
          dueDate: v.dueDate!.format('YYYY-MM-DD'),
          ...(v.customize ? { policy: policyOf(v) } : {}),
          ...(v.customize && v.unitCodes?.length ? { unitCodes: v.unitCodes } : {}),
        },
        key.current,
      );
      key.current = null;
      void message.success(t('campaign.start.done', { year: campaign.year }));
      onStarted(campaign);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onFinish = (v: StartValues) => {
    const some = v.customize && v.unitCodes?.length;
    modal.confirm({
      title: t('campaign.start.confirmTitle', { year: v.year }),
      content: t('campaign.start.confirmBody', {
        units: some ? t('campaign.start.confirmSome', { n: v.unitCodes!.length }) : t('campaign.start.confirmAll'),
        date: formatDay(v.dueDate!.format('YYYY-MM-DD'), lang),
      }),
      okText: t('campaign.start.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'campaign-start-confirm' },
      onOk: () => start(v),
    });
  };

  const ladderRule = (index: number) =>
    checkRule((value: number | null | undefined) => {
      if (value === null || value === undefined) {
        return t('campaign.start.ladderRequired');
      }
      const before = LEVELS[index - 1];
      const previous = before ? (form.getFieldValue(['ladder', before]) as number | null) : null;
      return previous !== null && previous !== undefined && value < previous ? t('campaign.start.ladderOrder') : null;
    });

  return (
    <Card title={t('campaign.start.title')} data-testid="campaign-start">
      <Typography.Paragraph type="secondary">{t('campaign.start.intro', { year })}</Typography.Paragraph>
      <FormError error={error} />
      <Form<StartValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={defaults(year)}
        onFinish={onFinish}
        style={{ maxWidth: 640 }}
      >
        <Space wrap size={16} align="start">
          <Form.Item
            name="year"
            label={t('campaign.start.year')}
            rules={[
              { required: true, message: t('campaign.start.yearRequired') },
              { type: 'number', min: 2000, max: 2100, message: t('campaign.start.yearRange') },
            ]}
          >
            <InputNumber precision={0} style={{ width: 140 }} data-testid="campaign-start-year" />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('campaign.start.dueDate')}
            extra={t('campaign.start.dueDateHint')}
            rules={[
              { required: true, message: t('campaign.start.dueDateRequired') },
              checkRule((value?: Dayjs) =>
                value && value.isBefore(dayjs(), 'day') ? t('campaign.start.dueDatePast') : null,
              ),
            ]}
          >
            <DatePicker
              format={DATE_FORMATS}
              placeholder="YYYY-MM-DD"
              style={{ width: 200 }}
              data-testid="campaign-start-due"
            />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary" data-testid="campaign-start-default-policy">
          {t('campaign.start.policyDefault', {
            before: DEFAULT_CAMPAIGN_POLICY.remindBeforeWorkingDays,
            ladder: DEFAULT_CAMPAIGN_POLICY.ladder.map((s) => s.afterWorkingDays).join(lang === 'zh' ? '、' : ', '),
          })}
        </Typography.Paragraph>
        <Form.Item name="customize" valuePropName="checked">
          <Checkbox data-testid="campaign-start-customize">{t('campaign.start.customize')}</Checkbox>
        </Form.Item>
        {customize ? (
          <div data-testid="campaign-start-policy">
            <Form.Item
              name="remindBefore"
              label={t('campaign.start.remindBefore')}
              rules={[{ required: true, type: 'number', min: 0, max: 60, message: t('campaign.start.ladderRequired') }]}
            >
              <InputNumber min={0} max={60} precision={0} data-testid="campaign-start-remind" />
            </Form.Item>
            <Typography.Text>{t('campaign.start.ladder')}</Typography.Text>
            <Space wrap size={12} style={{ marginTop: 8 }}>
              {LEVELS.map((level, i) => (
                <Form.Item
                  key={level}
                  name={['ladder', level]}
                  label={t(`escalation.${level}`)}
                  dependencies={i > 0 ? [['ladder', LEVELS[i - 1]]] : []}
                  rules={[ladderRule(i)]}
                >
                  <InputNumber min={0} max={120} precision={0} data-testid={`campaign-start-ladder-${level}`} />
                </Form.Item>
              ))}
            </Space>
            <Form.Item name="unitCodes" label={t('campaign.start.units')} extra={t('campaign.start.unitsHint')}>
              <UnitSelect
                mode="multiple"
                allowClear
                placeholder={t('campaign.start.unitsAll')}
                units={units}
                data-testid="campaign-start-units"
              />
            </Form.Item>
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="campaign-start-submit">
          {t('campaign.start.submit')}
        </Button>
      </Form>
    </Card>
  );
}
