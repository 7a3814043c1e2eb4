import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n-context';
import { UNIT_SEARCH, unitOptions, useUnitList } from '@web/features/office/units';

// A row's small text button, named by its label (read aloud and shown on hover).
function IconButton(props: {
  icon: ReactNode;
  label: string;
  onClick: () => void;
  testId: string;
  disabled?: boolean;
  danger?: boolean;
}) {
  return (
    <Button
      type="text"
      size="small"
      danger={props.danger}
      icon={props.icon}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      data-testid={props.testId}
    />
  );
}

// Item rows of a briefing (title, text, optional unit) inside a Form: added, removed and reordered in place.
// A row with an `id` came from an information item (tagged as such); `testPrefix` names the test ids.
export function TextItemsField({ name, testPrefix }: { name: string; testPrefix: string }) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance();
  const { units } = useUnitList();
  const options = unitOptions(units, lang);
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              data-testid={`${testPrefix}-row`}
              title={
                <Space wrap>
                  <span>{t('briefings.item.number', { n: index + 1 })}</span>
                  {form.getFieldValue([name, field.name, 'id']) ? (
                    <Tag color="blue">{t('briefings.edit.fromFiling')}</Tag>
                  ) : null}
                </Space>
              }
              extra={
                <Space size={0} wrap>
                  <IconButton
                    icon={<ArrowUpOutlined />}
                    label={t('briefings.item.moveUp')}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    testId={`${testPrefix}-up-${index}`}
                  />
                  <IconButton
                    icon={<ArrowDownOutlined />}
                    label={t('briefings.item.moveDown')}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    testId={`${testPrefix}-down-${index}`}
                  />
                  <IconButton
                    danger
                    icon={<DeleteOutlined />}
                    label={t('briefings.item.remove')}
                    onClick={() => remove(index)}
                    testId={`${testPrefix}-remove-${index}`}
                  />
                </Space>
              }
            >
              <Form.Item
                name={[field.name, 'title']}
                label={t('briefings.item.title')}
                rules={[{ required: true, whitespace: true, max: 200, message: t('briefings.item.titleRequired') }]}
              >
                <Input data-testid={`${testPrefix}-title-${index}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'text']}
                label={t('briefings.item.text')}
                rules={[
                  { required: true, whitespace: true, message: t('briefings.item.textRequired') },
                  { max: 20000 },
                ]}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid={`${testPrefix}-text-${index}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'unitCode']} label={t('briefings.item.unit')} style={{ marginBottom: 0 }}>
                <Select
                  allowClear
                  showSearch
                  {...UNIT_SEARCH}
                  options={options}
                  data-testid={`${testPrefix}-unit-${index}`}
                />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ title: '', text: '', unitCode: undefined })}
            data-testid={`${testPrefix}-add`}
          >
            {t('briefings.item.addText')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
