import { CheckOutlined, RollbackOutlined, StarOutlined } from '@ant-design/icons';
import type { FilingAction, FilingView } from '@app/contracts';
import { App, Button, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';

import { filingsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { textRules } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { FormError } from '@web/shared/states';
import { useSubmit } from '@web/shared/useSubmit';

type Decision = 'review' | 'return';

interface Values {
  comment?: string;
  selectedForBriefing?: boolean;
}

// 已阅 (an optional comment; an information item may be selected for a briefing at once) or 退回补充 (a comment
// saying what to add is required). The dialog is the confirmation.
function DecisionDialog({
  filing,
  decision,
  onClose,
  onDone,
}: {
  filing: FilingView;
  decision: Decision;
  onClose: () => void;
  onDone: (f: FilingView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit();
  const returning = decision === 'return';

  const send = (v: Values) => {
    const comment = v.comment?.trim() ?? '';
    return returning
      ? filingsApi.return(filing.id, comment)
      : filingsApi.review(filing.id, {
          ...(comment ? { comment } : {}),
          ...(filing.kind === 'information' ? { selectedForBriefing: Boolean(v.selectedForBriefing) } : {}),
        });
  };
  const done = (saved: FilingView) => {
    void message.success(t(returning ? 'filings.done.returned' : 'filings.done.reviewed'));
    onDone(saved);
  };

  return (
    <SubmitDialog
      title={t(returning ? 'filings.return.title' : 'filings.review.title')}
      onClose={onClose}
      busy={busy}
      error={error}
      onOk={() => void submit(form, send, done)}
      okText={t(returning ? 'filings.action.return' : 'filings.action.review')}
      okTestId={`${decision}-confirm`}
      danger={returning}
    >
      <Typography.Paragraph strong>{filing.title}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={busy} initialValues={{ selectedForBriefing: false }}>
        <Form.Item
          name="comment"
          label={t(returning ? 'filings.return.comment' : 'filings.review.comment')}
          extra={returning ? t('filings.return.hint') : undefined}
          rules={textRules(t, 2000, returning ? t('filings.validate.returnComment') : undefined)}
        >
          <Input.TextArea
            rows={3}
            placeholder={t(returning ? 'filings.return.commentPlaceholder' : 'filings.review.commentPlaceholder')}
            data-testid={`${decision}-comment`}
          />
        </Form.Item>
        {!returning && filing.kind === 'information' ? (
          <Form.Item name="selectedForBriefing" valuePropName="checked" extra={t('filings.review.selectHint')}>
            <Checkbox data-testid="review-select">{t('filings.review.select')}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </SubmitDialog>
  );
}

// What the office may do with a filing now: decide a submitted one; select a reviewed information item for a
// briefing, or take it out again.
export function OfficeFilingActions({ filing, onChanged }: { filing: FilingView; onChanged: (f: FilingView) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const toggleBriefing = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await filingsApi.select(filing.id, !filing.selectedForBriefing);
      void message.success(t(saved.selectedForBriefing ? 'filings.done.selected' : 'filings.done.unselected'));
      onChanged(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  // The server says what the office may do with the filing now.
  const may = (a: FilingAction) => filing.allowedActions.includes(a);
  const canSelect = may('select');
  return (
    <div>
      <FormError error={error} />
      <Space wrap>
        {may('review') ? (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDecision('review')}
            data-testid="filing-action-review"
          >
            {t('filings.action.review')}
          </Button>
        ) : null}
        {may('return') ? (
          <Button
            danger
            icon={<RollbackOutlined />}
            onClick={() => setDecision('return')}
            data-testid="filing-action-return"
          >
            {t('filings.action.return')}
          </Button>
        ) : null}
        {canSelect ? (
          <Button
            icon={<StarOutlined />}
            loading={busy}
            onClick={() => void toggleBriefing()}
            data-testid="filing-action-select"
            data-selected={String(filing.selectedForBriefing)}
          >
            {t(filing.selectedForBriefing ? 'filings.action.unselect' : 'filings.action.select')}
          </Button>
        ) : null}
      </Space>
      {decision ? (
        <DecisionDialog
          filing={filing}
          decision={decision}
          onClose={() => setDecision(null)}
          onDone={(f) => {
            setDecision(null);
            onChanged(f);
          }}
        />
      ) : null}
    </div>
  );
}
