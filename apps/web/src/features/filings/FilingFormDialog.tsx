import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FilingKind, FilingView } from '@app/contracts';
import { App, AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';

import { filingsApi } from '@web/api/conference';
import { useI18n } from '@web/i18n/i18n-context';
import { checkRule } from '@web/shared/formRules';
import { SubmitDialog } from '@web/shared/SubmitDialog';
import { useSubmit } from '@web/shared/useSubmit';
import { DATE_FORMATS } from '@web/features/office/NewMatterPage';
import { FILING_KINDS, useCategoryOptions } from './filingTags';

interface Values {
  kind: FilingKind;
  title: string;
  category: string;
  content: string;
  eventDate?: Dayjs;
  attachments?: { title?: string; url?: string }[];
  note?: string;
}

const MAX_ATTACHMENTS = 20;
// Fields side by side on a wide screen, stacked on a phone.
const ROW = { display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' } as const;

// The API takes http(s) links only (class-validator IsUrl with a protocol).
function isWebLink(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function initialValues(kind: FilingKind, filing?: FilingView): Partial<Values> {
  if (!filing) {
    return { kind, attachments: [] };
  }
  return {
    kind: filing.kind,
    title: filing.title,
    category: filing.category,
    content: filing.content,
    eventDate: dayjs(filing.eventDate, 'YYYY-MM-DD'),
    attachments: filing.attachments.map((a) => ({ ...a })),
  };
}

// 报送: a new filing, or (given `filing`, a returned one) its corrected version, sent back for review.
export function FilingFormDialog({
  kind,
  filing,
  onClose,
  onDone,
}: {
  kind: FilingKind;
  filing?: FilingView;
  onClose: () => void;
  onDone: (f: FilingView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const categories = useCategoryOptions();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit();
  const resubmitting = filing !== undefined;

  const send = (v: Values) => {
    const fields = {
      title: v.title.trim(),
      category: v.category.trim(),
      content: v.content.trim(),
      eventDate: v.eventDate?.format('YYYY-MM-DD') ?? '',
      attachments: (v.attachments ?? []).map((a) => ({ title: (a.title ?? '').trim(), url: (a.url ?? '').trim() })),
    };
    return filing
      ? filingsApi.resubmit(filing.id, { ...fields, ...(v.note?.trim() ? { note: v.note.trim() } : {}) })
      : filingsApi.file({ kind: v.kind, ...fields });
  };
  const done = (saved: FilingView) => {
    void message.success(t(filing ? 'filings.resubmitted' : 'filings.filed'));
    onDone(saved);
  };

  const required = (msg: string): Rule[] => [{ required: true, whitespace: true, message: msg }];
  return (
    <SubmitDialog
      title={t(resubmitting ? 'filings.resubmitTitle' : 'filings.newTitle')}
      onClose={onClose}
      width={720}
      busy={busy}
      error={error}
      onOk={() => void submit(form, send, done)}
      okText={t(resubmitting ? 'filings.resubmit' : 'common.submit')}
      okTestId="filing-submit"
    >
      <Form form={form} layout="vertical" disabled={busy} initialValues={initialValues(kind, filing)}>
        <Form.Item
          name="kind"
          label={t('filings.field.kind')}
          rules={[{ required: true, message: t('filings.validate.kind') }]}
        >
          <Select
            disabled={resubmitting}
            options={FILING_KINDS.map((k) => ({ value: k, label: t(`filings.kind.${k}`) }))}
            data-testid="filing-kind"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('filings.field.title')}
          rules={[...required(t('filings.validate.title')), { max: 200, message: t('filings.validate.titleMax') }]}
        >
          <Input placeholder={t('filings.titlePlaceholder')} data-testid="filing-title" />
        </Form.Item>
        <div style={ROW}>
          <Form.Item
            name="category"
            label={t('filings.field.category')}
            style={{ flex: '1 1 240px' }}
            rules={[
              ...required(t('filings.validate.category')),
              { max: 64, message: t('filings.validate.categoryMax') },
            ]}
          >
            <AutoComplete
              options={categories}
              placeholder={t('filings.categoryPlaceholder')}
              filterOption={(input, option) =>
                (option?.value ?? '').includes(input) || (option?.label ?? '').includes(input)
              }
              data-testid="filing-category"
            />
          </Form.Item>
          <Form.Item
            name="eventDate"
            label={t('filings.field.eventDate')}
            style={{ flex: '1 1 200px' }}
            rules={[{ required: true, message: t('filings.validate.eventDate') }]}
          >
            <DatePicker
              format={DATE_FORMATS}
              placeholder="YYYY-MM-DD"
              style={{ width: '100%' }}
              data-testid="filing-event-date"
            />
          </Form.Item>
        </div>
        <Form.Item
          name="content"
          label={t('filings.field.content')}
          rules={[
            ...required(t('filings.validate.content')),
            { max: 20000, message: t('filings.validate.contentMax') },
          ]}
        >
          <Input.TextArea rows={6} placeholder={t('filings.contentPlaceholder')} data-testid="filing-content" />
        </Form.Item>
        <AttachmentRows />
        {resubmitting ? (
          <Form.Item
            name="note"
            label={t('filings.field.note')}
            rules={[{ max: 2000, message: t('filings.validate.commentMax') }]}
          >
            <Input.TextArea rows={2} placeholder={t('filings.notePlaceholder')} data-testid="filing-note" />
          </Form.Item>
        ) : null}
      </Form>
    </SubmitDialog>
  );
}

// Attachments are links: a name and an http(s) address per row.
function AttachmentRows() {
  const { t } = useI18n();
  return (
    <Form.List
      name="attachments"
      rules={[
        checkRule((rows?: unknown[]) =>
          (rows?.length ?? 0) > MAX_ATTACHMENTS ? t('filings.validate.attachmentsMax') : null,
        ),
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('filings.field.attachments')} extra={t('filings.attachmentsHint')}>
          {fields.map((field, i) => (
            <div key={field.key} style={{ ...ROW, gap: 8 }} data-testid="filing-attachment-row">
              <Form.Item
                name={[field.name, 'title']}
                style={{ flex: '1 1 180px', marginBottom: 8 }}
                rules={[{ required: true, whitespace: true, max: 200, message: t('filings.validate.attachmentTitle') }]}
              >
                <Input placeholder={t('filings.field.attachmentTitle')} data-testid={`filing-attachment-title-${i}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'url']}
                style={{ flex: '2 1 260px', marginBottom: 8 }}
                rules={[
                  checkRule((value?: string) =>
                    !value || value.length > 1000 || !isWebLink(value) ? t('filings.validate.attachmentUrl') : null,
                  ),
                ]}
              >
                <Input placeholder={t('filings.field.attachmentUrl')} data-testid={`filing-attachment-url-${i}`} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('filings.removeAttachment')}
                title={t('filings.removeAttachment')}
                onClick={() => remove(field.name)}
                data-testid={`filing-attachment-remove-${i}`}
              />
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ title: '', url: '' })}
            disabled={fields.length >= MAX_ATTACHMENTS}
            data-testid="filing-add-attachment"
          >
            {t('filings.addAttachment')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
