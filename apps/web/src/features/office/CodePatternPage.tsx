import type { MatterCodePatternView } from '@app/contracts';
import { App, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';

import { officeApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { formatDateTime } from '@web/shared/dates';
import { describeError, errorDetail } from '@web/shared/errors';
import { useAsync } from '@web/shared/useAsync';

interface PatternForm {
  pattern: string;
  reason: string;
}

// 事项编号规则: the office's pattern of matter codes (e.g. 五联督〔{year}〕{n}号), the next free code it gives this year,
// and the change form (PUT /api/matters/code-pattern, with a reason the audit log keeps). The server checks the
// pattern; its refusal, naming what is wrong, shows under the form.
export function CodePatternPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PatternForm>();
  const current = useAsync(() => officeApi.codePattern(), []);
  const next = useAsync(() => officeApi.codeProposal(1), [current.data?.pattern]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (values: PatternForm) => {
    setSaving(true);
    setProblem(null);
    try {
      const saved: MatterCodePatternView = await officeApi.setCodePattern(values.pattern.trim(), values.reason.trim());
      current.setData(saved);
      form.resetFields(['reason']);
      void message.success(t('codes.pattern.saved', { example: saved.example }));
    } catch (err) {
      const detail = errorDetail(err);
      setProblem(`${describeError(t, err)}${detail ? `（${detail}）` : ''}`);
    } finally {
      setSaving(false);
    }
  };

  const view = current.data;
  return (
    <Card title={<span data-testid="page-title">{t('codes.pattern.title')}</span>} loading={current.loading && !view}>
      <Typography.Paragraph type="secondary">{t('codes.pattern.hint')}</Typography.Paragraph>
      {view ? (
        <Descriptions column={1} size="small" bordered data-testid="code-pattern-current">
          <Descriptions.Item label={t('codes.pattern.current')}>
            <span data-testid="code-pattern-value">{view.pattern}</span>
            {view.isDefault ? (
              <Typography.Text type="secondary">{` ${t('codes.pattern.default')}`}</Typography.Text>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('codes.pattern.example')}>
            <span data-testid="code-pattern-example">{view.example}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('codes.pattern.next')}>
            {/* While the next code is asked again for a new pattern, the old one is not shown beside the new example. */}
            <span data-testid="code-pattern-next">{next.loading ? '…' : (next.data?.code ?? '—')}</span>
          </Descriptions.Item>
          {view.setAt ? (
            <Descriptions.Item label={t('codes.pattern.setBy')}>
              {`${view.setBy ?? ''} · ${formatDateTime(view.setAt, lang)} · ${view.reason ?? ''}`}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      <Form<PatternForm>
        form={form}
        layout="vertical"
        style={{ marginTop: 16, maxWidth: 560 }}
        onFinish={(values) => void save(values)}
        data-testid="code-pattern-form"
      >
        <Form.Item
          name="pattern"
          label={t('codes.pattern.new')}
          extra={t('codes.pattern.placeholders')}
          rules={[{ required: true, whitespace: true, message: t('codes.pattern.required') }]}
        >
          <Input maxLength={64} placeholder={view?.pattern} data-testid="code-pattern-input" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('codes.pattern.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('codes.pattern.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="code-pattern-reason" />
        </Form.Item>
        {problem ? (
          <Typography.Paragraph type="danger" data-testid="code-pattern-problem">
            {problem}
          </Typography.Paragraph>
        ) : null}
        <Button type="primary" htmlType="submit" loading={saving} data-testid="code-pattern-save">
          {t('codes.pattern.save')}
        </Button>
      </Form>
    </Card>
  );
}
