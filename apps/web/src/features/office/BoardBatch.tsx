import type { MatterAssignmentSummary, MatterSummary } from '@app/contracts';
import { Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { newIdempotencyKey, request } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';
import { Notice } from '@web/shared/Notice';
import { unitStateWords } from './unitStateWords';

const STATE_COLOR: Record<MatterAssignmentSummary['state'], string> = {
  unsigned: 'red',
  in_progress: 'blue',
  contributed: 'green',
  submitted: 'purple',
  completed: 'green',
  not_done: 'red',
};

// The board's unit column: each current unit of the matter, the lead first, with its state.
export function UnitStatesCell({
  units,
  unitName,
}: {
  units: readonly MatterAssignmentSummary[];
  unitName: (code: string) => string;
}) {
  const { t } = useI18n();
  if (units.length === 0) {
    return <>—</>;
  }
  return (
    <div style={{ minWidth: 190 }}>
      {units.map((u) => (
        <div
          key={`${u.unitCode}-${u.role}`}
          data-testid="unit-state"
          data-unit={u.unitCode}
          data-state={u.state}
          style={{ whiteSpace: 'nowrap', lineHeight: '22px' }}
        >
          <Typography.Text type={u.role === 'lead' ? undefined : 'secondary'}>
            {unitName(u.unitCode)}
            {u.role === 'lead' ? `（${t('board.unit.lead')}）` : ''}
          </Typography.Text>{' '}
          <Tag color={STATE_COLOR[u.state]} style={{ marginInlineEnd: 0 }}>
            {unitStateWords(t, u)}
          </Tag>
        </div>
      ))}
    </div>
  );
}

// The units a batch 催办 reminds on a matter: those that have not signed or still have work to do.
export function unitsToUrge(m: MatterSummary): string[] {
  return m.unitStates.filter((u) => u.state === 'unsigned' || u.state === 'in_progress').map((u) => u.unitCode);
}

interface UrgeSend {
  unitCode: string;
  // One key per matter and unit for this batch: a retry of the batch sends the same request again.
  key: string;
  outcome?: { ok: true } | { ok: false; reason: string };
}

interface RowResult {
  matter: MatterSummary;
  sends: UrgeSend[];
}

const rowOk = (r: RowResult) => r.sends.every((s) => s.outcome?.ok === true);

// 批量催办: one POST /api/matters/:id/urge per selected matter and unit, each with its own Idempotency-Key, the
// outcome shown per row; the failed ones can be sent again with the same keys.
export function BatchUrgeDialog(props: {
  matters: MatterSummary[] | null;
  unitName: (code: string) => string;
  onClose: (changed: boolean) => void;
}) {
  const { matters, unitName, onClose } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const [results, setResults] = useState<RowResult[] | null>(null);
  const [sending, setSending] = useState(false);

  const close = () => {
    const changed = Boolean(results?.some((r) => r.sends.some((s) => s.outcome?.ok)));
    setResults(null);
    form.resetFields();
    onClose(changed);
  };

  const send = async () => {
    const { note } = await form.validateFields();
    const rows: RowResult[] =
      results ??
      (matters ?? []).map((matter) => ({
        matter,
        sends: unitsToUrge(matter).map((unitCode) => ({ unitCode, key: newIdempotencyKey() })),
      }));
    setSending(true);
    try {
      const next: RowResult[] = [];
      for (const row of rows) {
        const sends: UrgeSend[] = [];
        for (const s of row.sends) {
          if (s.outcome?.ok) {
            sends.push(s);
            continue;
          }
          try {
            await request('POST', `/api/matters/${encodeURIComponent(row.matter.id)}/urge`, {
              body: { unitCode: s.unitCode, level: 'reminder', note: note.trim() },
              idempotencyKey: s.key,
            });
            sends.push({ ...s, outcome: { ok: true } });
          } catch (err) {
            sends.push({ ...s, outcome: { ok: false, reason: describeError(t, err) } });
          }
        }
        next.push({ matter: row.matter, sends });
        setResults([...next, ...rows.slice(next.length)]);
      }
      setResults(next);
    } finally {
      setSending(false);
    }
  };

  const failed = results?.filter((r) => !rowOk(r)).length ?? 0;
  return (
    <Modal
      open={matters !== null}
      title={t('board.urge.title', { n: matters?.length ?? 0 })}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close} data-testid="batch-urge-close">
            {t('common.cancel')}
          </Button>
          {results === null || failed > 0 ? (
            <Button type="primary" loading={sending} onClick={() => void send()} data-testid="batch-urge-send">
              {results === null ? t('board.urge.send') : t('board.urge.retryFailed')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('board.urge.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={results !== null}>
        <Form.Item
          name="note"
          label={t('board.urge.note')}
          rules={[{ required: true, whitespace: true, message: t('board.urge.noteRequired') }]}
        >
          <Input.TextArea rows={2} placeholder={t('board.urge.notePlaceholder')} data-testid="batch-urge-note" />
        </Form.Item>
      </Form>
      {results ? (
        <>
          <Notice
            type={failed ? 'warning' : 'success'}
            message={t('board.urge.summary', { ok: results.length - failed, failed })}
            gap={8}
          />
          <div data-testid="batch-urge-results">
            {results.map((r) => (
              <div
                key={r.matter.id}
                data-testid="batch-urge-result"
                data-matter-code={r.matter.code}
                data-ok={String(rowOk(r))}
                style={{ padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <Typography.Text strong>{r.matter.code}</Typography.Text> {r.matter.title}
                <div>
                  {r.sends.length === 0 ? (
                    <Typography.Text type="secondary">{t('board.urge.nothing')}</Typography.Text>
                  ) : null}
                  {r.sends.some((s) => s.outcome?.ok) ? (
                    <Typography.Text type="success">
                      {t('board.urge.sent', {
                        units: r.sends
                          .filter((s) => s.outcome?.ok)
                          .map((s) => unitName(s.unitCode))
                          .join('、'),
                      })}
                    </Typography.Text>
                  ) : null}
                  {r.sends.map((s) =>
                    s.outcome && !s.outcome.ok ? (
                      <div key={s.unitCode}>
                        <Typography.Text type="danger">
                          {t('board.urge.failed', { unit: unitName(s.unitCode), reason: s.outcome.reason })}
                        </Typography.Text>
                      </div>
                    ) : s.outcome ? null : sending ? (
                      <div key={s.unitCode}>
                        <Typography.Text type="secondary">{t('board.urge.pending')}</Typography.Text>
                      </div>
                    ) : null,
                  )}
                </div>
              </div>
            ))}
          </div>
        </>
      ) : null}
    </Modal>
  );
}
