import type { BriefingView } from '@app/contracts';
import { App, Button, Card, Divider, Form, Input, Space } from 'antd';

import { briefingsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { FormError } from '@web/shared/states';
import { useSubmit, validated } from '@web/shared/useSubmit';
import type { TextItem } from './briefingArea';
import { asTextItems, issueLabel, sameItems } from './briefingArea';
import { TextItemsField } from './TextItemsField';

interface Values {
  title: string;
  foreword?: string;
  items?: (Partial<TextItem> & { id?: string | null })[];
}

// Edits a draft issue: title, foreword, and its items (reorder, remove, edit, add text items). The figures and the
// 通报 list stay as compiled. Items go out only when they changed, each with the id of the information item it
// came from (the form keeps it though no field shows it), so the issue stays linked to its filings.
export function BriefingEditor({
  b,
  onCancel,
  onSaved,
}: {
  b: BriefingView;
  onCancel: () => void;
  onSaved: (b: BriefingView) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();

  const onSave = async () => {
    const v = await validated(form);
    if (!v) {
      return;
    }
    // validateFields returns only the fields on screen; the store also has each item's hidden id.
    const stored = (form.getFieldValue('items') ?? []) as NonNullable<Values['items']>;
    const items: TextItem[] = (v.items ?? []).map((i) => ({
      title: (i.title ?? '').trim(),
      text: (i.text ?? '').trim(),
      unitCode: i.unitCode ?? null,
    }));
    const changed = !sameItems(items, asTextItems(b.items));
    const withIds = items.map((i, n) => ({ ...i, ...(stored[n]?.id ? { id: stored[n].id } : {}) }));
    await run(
      () =>
        briefingsApi.update(b.id, {
          title: v.title.trim(),
          foreword: (v.foreword ?? '').trim(),
          ...(changed ? { items: withIds } : {}),
        }),
      (saved) => {
        void message.success(t('briefings.edit.saved'));
        onSaved(saved);
      },
    );
  };

  return (
    <Card
      data-testid="briefing-editor"
      title={`${issueLabel(b, lang, t)} · ${t('briefings.edit')}`}
      extra={
        <Space wrap>
          <Button onClick={onCancel} disabled={busy} data-testid="briefing-edit-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void onSave()} data-testid="briefing-edit-save">
            {t('briefings.edit.save')}
          </Button>
        </Space>
      }
    >
      <FormError error={error} />
      <Form
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{
          title: b.title,
          foreword: b.foreword,
          items: b.items.map((i) => ({ ...i, unitCode: i.unitCode ?? undefined })),
        }}
      >
        <Form.Item
          name="title"
          label={t('briefings.compile.titleLabel')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('briefings.compile.titleRequired') }]}
        >
          <Input data-testid="edit-title" />
        </Form.Item>
        <Form.Item name="foreword" label={t('briefings.compile.foreword')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="edit-foreword" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('briefings.edit.items')}
        </Divider>
        <TextItemsField name="items" testPrefix="edit-item" />
      </Form>
    </Card>
  );
}
