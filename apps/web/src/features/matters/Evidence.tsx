import type { EvidenceItem } from '@app/contracts';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';

// The rows of the evidence form list, as the form holds them.
export type EvidenceValues = { title: string; url?: string }[] | undefined;

// The evidence as the API takes it: trimmed, with an empty link left out.
export function evidenceOf(rows: EvidenceValues): EvidenceItem[] {
  return (rows ?? []).map((e) =>
    e.url?.trim() ? { title: e.title.trim(), url: e.url.trim() } : { title: e.title.trim() },
  );
}

// The evidence a unit attached (佐证材料): a title, linked when it has a URL.
export function EvidenceList({ items, testId }: { items: readonly EvidenceItem[]; testId?: string }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid={testId}>
      {items.map((e, i) => (
        <li key={i}>
          {e.url ? (
            <a href={e.url} target="_blank" rel="noreferrer">
              {e.title}
            </a>
          ) : (
            e.title
          )}
        </li>
      ))}
    </ul>
  );
}

// The form list under `evidence`: up to 20 items, each a required title and an optional http(s) link.
export function EvidenceFields() {
  const { t } = useI18n();
  return (
    <Form.List name="evidence">
      {(fields, { add, remove }) => (
        <>
          <Typography.Text>{t('action.evidence')}</Typography.Text>
          {fields.map((field) => (
            <div
              key={field.key}
              data-testid="evidence-item"
              style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 8, marginTop: 8 }}
            >
              <Form.Item
                name={[field.name, 'title']}
                rules={[{ required: true, whitespace: true, message: t('action.evidenceTitleRequired') }, { max: 200 }]}
                style={{ marginBottom: 0 }}
              >
                <Input placeholder={t('action.evidenceTitle')} data-testid="evidence-title" />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('action.removeEvidence')}
              />
              <Form.Item
                name={[field.name, 'url']}
                rules={[{ pattern: /^https?:\/\/\S+$/, message: t('action.evidenceUrlInvalid') }]}
                style={{ marginBottom: 0 }}
              >
                <Input placeholder={t('action.evidenceUrl')} data-testid="evidence-url" />
              </Form.Item>
            </div>
          ))}
          {fields.length < 20 ? (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '' })}
              style={{ marginTop: 8 }}
              block
              data-testid="evidence-add"
            >
              {t('action.addEvidence')}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
