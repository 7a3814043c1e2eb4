import type { UnitView } from '@app/contracts';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';

import { referenceApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';
import { UnitSelect } from './UnitSelect';

export type UnitChange = { kind: 'add' } | { kind: 'rename' | 'merge' | 'dissolve'; unit: UnitView };

interface Values {
  code?: string;
  nameZh?: string;
  nameEn?: string;
  dutyZh?: string;
  dutyKeywords?: string[];
  intoCode?: string;
  effectiveFrom: string;
  reason: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The request body of each change, from the form's values (the server checks the rest and says what to fix).
function bodyOf(change: UnitChange, v: Values): object {
  const common = { effectiveFrom: v.effectiveFrom, reason: v.reason.trim() };
  if (change.kind === 'merge') {
    return { ...common, intoCode: v.intoCode };
  }
  if (change.kind === 'dissolve') {
    return common;
  }
  const names = { nameZh: v.nameZh?.trim(), nameEn: v.nameEn?.trim() };
  return change.kind === 'rename'
    ? { ...common, ...names }
    : { ...common, ...names, code: v.code?.trim(), dutyZh: v.dutyZh?.trim(), dutyKeywords: v.dutyKeywords ?? [] };
}

// 机构改革: the office adds a unit, renames one (from a date, the former name kept), merges one into another or
// dissolves one.
export function UnitChangeDialog({
  change,
  units,
  onClose,
  onDone,
}: {
  change: UnitChange | null;
  units: readonly UnitView[];
  onClose: () => void;
  onDone: (unit: UnitView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, whitespace: true, message: t('unitChanges.required') }];
  const submit = async () => {
    if (!change) {
      return;
    }
    const values = await form.validateFields();
    setBusy(true);
    try {
      const body = bodyOf(change, values);
      const unit = await referenceApi.changeUnit(
        change.kind === 'add' ? { kind: 'add', body } : { kind: change.kind, code: change.unit.code, body },
      );
      void message.success(t('unitChanges.done', { unit: unit.nameZh }));
      onDone(unit);
    } catch (err) {
      void message.error(`${t('unitChanges.failed')}：${describeError(t, err)}`);
    } finally {
      setBusy(false);
    }
  };
  const kind = change?.kind;
  const title = !change
    ? ''
    : change.kind === 'add'
      ? t('unitChanges.add')
      : `${t(`unitChanges.${change.kind}`)}：${change.unit.nameZh}`;
  return (
    <Modal
      open={change !== null}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'unit-change-ok' }}
      cancelButtonProps={{ 'data-testid': 'unit-change-cancel' }}
      destroyOnClose
    >
      <Form form={form} layout="vertical" preserve={false} data-testid={`unit-change-${kind ?? 'none'}`}>
        {kind === 'add' ? (
          <Form.Item name="code" label={t('unitChanges.code')} extra={t('unitChanges.codeHint')} rules={required}>
            <Input maxLength={64} data-testid="unit-change-code" />
          </Form.Item>
        ) : null}
        {kind === 'add' || kind === 'rename' ? (
          <>
            <Form.Item name="nameZh" label={t('unitChanges.nameZh')} rules={required}>
              <Input maxLength={128} data-testid="unit-change-name-zh" />
            </Form.Item>
            <Form.Item name="nameEn" label={t('unitChanges.nameEn')} rules={required}>
              <Input maxLength={160} data-testid="unit-change-name-en" />
            </Form.Item>
          </>
        ) : null}
        {kind === 'add' ? (
          <>
            <Form.Item name="dutyZh" label={t('unitChanges.dutyZh')} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="dutyKeywords" label={t('unitChanges.dutyKeywords')}>
              <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} />
            </Form.Item>
          </>
        ) : null}
        {change?.kind === 'merge' ? (
          <>
            <Typography.Paragraph type="secondary">{t('unitChanges.mergeHint')}</Typography.Paragraph>
            <Form.Item
              name="intoCode"
              label={t('unitChanges.into')}
              rules={[{ required: true, message: t('unitChanges.required') }]}
            >
              <UnitSelect units={units} exclude={[change.unit.code]} data-testid="unit-change-into" />
            </Form.Item>
          </>
        ) : null}
        {change?.kind === 'dissolve' ? (
          <Typography.Paragraph type="secondary">{t('unitChanges.dissolveHint')}</Typography.Paragraph>
        ) : null}
        <Form.Item
          name="effectiveFrom"
          label={t('unitChanges.effectiveFrom')}
          rules={[{ required: true, pattern: DAY, message: 'YYYY-MM-DD' }]}
        >
          <Input placeholder="YYYY-MM-DD" data-testid="unit-change-from" />
        </Form.Item>
        <Form.Item name="reason" label={t('unitChanges.reason')} rules={required}>
          <Input.TextArea rows={2} maxLength={500} data-testid="unit-change-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
