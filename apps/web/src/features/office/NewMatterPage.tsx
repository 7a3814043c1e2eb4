import { ArrowLeftOutlined, BulbOutlined } from '@ant-design/icons';
import type { MatterCodeCheck, MatterPriority } from '@app/contracts';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { newIdempotencyKey } from '@web/api/client';
import type { LeadSuggestion, NewMatter } from '@web/api/endpoints';
import { officeApi } from '@web/api/endpoints';
import { formatDate, joinList } from '@web/i18n/format';
import { formatDeadline } from '@web/shared/dates';
import { useI18n } from '@web/i18n/i18n-context';
import { ErrorAlert } from '@web/shared/states';
import { useAsync } from '@web/shared/useAsync';
import { useCodeChecks, useCodeProposals } from './codeRegister';
import { unitOptions, useUnitList } from './units';
import { UnitSelect } from './UnitSelect';

export const MATTER_CODE = /^[A-Za-z0-9〔〕()（）_.\-\u4e00-\u9fa5]{1,32}$/;
// Typed dates are read as YYYY-MM-DD (also 2026/12/31 and 20261231); the first format is the one shown.
export const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY/MM/DD', 'YYYYMMDD'];
const PRIORITIES: MatterPriority[] = ['normal', 'high', 'urgent'];

interface Values {
  code: string;
  title: string;
  description?: string;
  leadUnitCode?: string;
  coUnitCodes?: string[];
  dueDate?: Dayjs;
  priority: MatterPriority;
  meetingId?: string;
  source?: string;
}

// Suggests lead units from the title and description (GET /api/units/suggest-lead), a moment after typing stops.
function useLeadSuggestions(text: string): LeadSuggestion[] {
  const [items, setItems] = useState<LeadSuggestion[]>([]);
  useEffect(() => {
    const s = text.trim();
    if (s.length < 2) {
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      officeApi.suggestLead(s.slice(0, 4000)).then(
        (list) => live && setItems(list.filter((x) => x.score > 0).slice(0, 3)),
        () => live && setItems([]),
      );
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  // Too short a text suggests nothing (the last suggestions are kept for when it grows again).
  return text.trim().length < 2 ? [] : items;
}

// Under the code field: whether the typed code is free (and in the office's pattern), else the hint.
function CodeNote(props: { check: MatterCodeCheck | undefined; proposed: string | undefined }) {
  const { t } = useI18n();
  const { check, proposed } = props;
  if (check?.available) {
    return (
      <span data-testid="matter-code-free">
        {check.matchesPattern || !proposed ? t('codes.free') : t('codes.offPattern', { example: proposed })}
      </span>
    );
  }
  return <span>{t('codes.hint')}</span>;
}

// 新建事项 (交办): one agreed matter, its lead and co-units, due date and priority; dispatched on submit.
export function NewMatterPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const { units, error: unitsError } = useUnitList();
  const meetings = useAsync(() => officeApi.meetings(1, 100), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submitKey = useRef<string | null>(null);

  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const lead = Form.useWatch('leadUnitCode', form);
  const meetingId = Form.useWatch('meetingId', form);
  const suggestions = useLeadSuggestions(`${title} ${description}`);
  const leadUnit = units.find((u) => u.code === lead);

  // 事项编号: the office's next free code fills the field unless the person has gone to it first (a proposal landing
  // while they type would reset the caret and mix the two); a typed code is checked as typed, and a taken one is
  // named beside the field and not sent.
  const proposed = useCodeProposals(1)?.[0];
  const codeVisited = useRef(false);
  useEffect(() => {
    if (proposed && !codeVisited.current && !(form.getFieldValue('code') as string | undefined)?.trim()) {
      form.setFieldValue('code', proposed);
    }
  }, [proposed, form]);
  const code = ((Form.useWatch('code', form) as string | undefined) ?? '').trim();
  const codes = useCodeChecks([code]);
  const codeCheck = code ? codes.checks.get(code) : undefined;
  const takenBy = code ? codes.taken.get(code) : undefined;

  const chooseLead = (code: string) => {
    form.setFieldsValue({
      leadUnitCode: code,
      coUnitCodes: (form.getFieldValue('coUnitCodes') as string[] | undefined)?.filter((c) => c !== code) ?? [],
    });
    void form.validateFields(['leadUnitCode']);
  };

  // 提交 only shows what will be sent to whom; 确认交办 in that dialog dispatches.
  const [pending, setPending] = useState<NewMatter | null>(null);
  const unitLabel = (code: string) => unitOptions(units, lang).find((o) => o.value === code)?.label ?? code;

  const onFinish = (v: Values) => {
    if (codes.taken.has(v.code.trim())) {
      return;
    }
    setPending({
      code: v.code.trim(),
      title: v.title.trim(),
      description: (v.description ?? '').trim(),
      leadUnitCode: v.leadUnitCode ?? '',
      coUnitCodes: v.coUnitCodes ?? [],
      dueDate: v.dueDate?.format('YYYY-MM-DD') ?? '',
      priority: v.priority,
      ...(v.meetingId ? { meetingId: v.meetingId } : {}),
      ...(!v.meetingId && v.source?.trim() ? { source: v.source.trim() } : {}),
    });
  };

  const dispatch = async (body: NewMatter) => {
    setPending(null);
    setBusy(true);
    setError(null);
    // One key per confirmed dispatch (a second one after an error is a new attempt).
    submitKey.current = newIdempotencyKey();
    try {
      const matter = await officeApi.createMatter(body, submitKey.current);
      void message.success(t('office.new.done', { code: matter.code }));
      void navigate(`/office/matters/${matter.id}`);
    } catch (err) {
      // Taken meanwhile: named beside the field like a code found taken as typed.
      codes.noteRefusal(err);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <Link to="/office">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('office.backToBoard')}
        </Button>
      </Link>
      <Card
        title={
          <span data-testid="page-title" style={{ whiteSpace: 'normal' }}>
            {t('office.new.title')}
          </span>
        }
      >
        <Typography.Paragraph type="secondary">{t('office.new.intro')}</Typography.Paragraph>
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        {unitsError ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={unitsError} />
          </div>
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={busy}
          initialValues={{ priority: 'normal', coUnitCodes: [], meetingId: params.get('meetingId') ?? undefined }}
          onFinish={onFinish}
          // Enter in a single-line field never submits (nor opens the confirmation): people press it to finish a
          // typed date or a search. The text area keeps its new lines.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
              e.preventDefault();
            }
          }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.leadUnitCode) {
              const co = (form.getFieldValue('coUnitCodes') as string[] | undefined) ?? [];
              if (co.includes(changed.leadUnitCode)) {
                form.setFieldValue(
                  'coUnitCodes',
                  co.filter((c) => c !== changed.leadUnitCode),
                );
              }
            }
          }}
          requiredMark
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="code"
                label={t('matter.code')}
                extra={<CodeNote check={codeCheck} proposed={proposed} />}
                {...(takenBy
                  ? {
                      validateStatus: 'error' as const,
                      help: <span data-testid="matter-code-taken">{t('codes.taken', { title: takenBy.title })}</span>,
                    }
                  : {})}
                rules={[
                  { required: true, whitespace: true, message: t('office.new.codeRequired') },
                  { pattern: MATTER_CODE, message: t('office.new.codeInvalid') },
                ]}
              >
                <Input
                  placeholder={t('office.new.codePlaceholder')}
                  maxLength={32}
                  data-testid="matter-code"
                  onFocus={() => (codeVisited.current = true)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('office.col.title')}
                rules={[
                  { required: true, whitespace: true, message: t('office.new.titleRequired') },
                  { max: 200, message: t('action.textTooLong', { n: 200 }) },
                ]}
              >
                <Input placeholder={t('office.new.titlePlaceholder')} data-testid="matter-title" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="description"
            label={t('matter.description')}
            rules={[{ max: 20000, message: t('action.textTooLong', { n: 20000 }) }]}
          >
            <Input.TextArea
              rows={4}
              placeholder={t('office.new.descriptionPlaceholder')}
              data-testid="matter-description"
            />
          </Form.Item>

          <div style={{ marginBottom: 12 }} data-testid="lead-suggestions">
            <Space size={[8, 8]} wrap>
              <Typography.Text type="secondary">
                <BulbOutlined /> {t('office.new.suggested')}
              </Typography.Text>
              {suggestions.length === 0 ? (
                <Typography.Text type="secondary">{t('office.new.noSuggestion')}</Typography.Text>
              ) : (
                suggestions.map((s) => {
                  const unit = units.find((u) => u.code === s.code);
                  const name = unit ? (lang === 'zh' ? unit.nameZh : unit.nameEn) : s.nameZh;
                  return (
                    <Tooltip key={s.code} title={t('office.new.matched', { words: s.matched.join('、') })}>
                      <Tag.CheckableTag
                        checked={lead === s.code}
                        onChange={() => chooseLead(s.code)}
                        data-testid={`lead-suggestion-${s.code}`}
                        style={{ border: '1px solid #d9d9d9', padding: '2px 10px' }}
                      >
                        {name}
                      </Tag.CheckableTag>
                    </Tooltip>
                  );
                })
              )}
            </Space>
          </div>

          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="leadUnitCode"
                label={t('matter.leadUnit')}
                rules={[{ required: true, message: t('office.new.leadRequired') }]}
                extra={
                  leadUnit ? (
                    <Typography.Paragraph
                      type="secondary"
                      style={{ fontSize: 12, marginBottom: 0 }}
                      ellipsis={{ rows: 2, expandable: true, symbol: t('office.more') }}
                      data-testid="lead-duty"
                    >
                      {t('office.new.duty')}：{leadUnit.dutyZh}
                    </Typography.Paragraph>
                  ) : undefined
                }
              >
                <UnitSelect placeholder={t('office.new.leadPlaceholder')} units={units} data-testid="matter-lead" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="coUnitCodes" label={t('matter.coUnits')}>
                <UnitSelect
                  mode="multiple"
                  placeholder={t('office.new.coPlaceholder')}
                  units={units}
                  exclude={lead ? [lead] : []}
                  data-testid="matter-co"
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="dueDate"
                label={t('matter.dueDate')}
                extra={t('office.new.dueHint')}
                rules={[{ required: true, message: t('office.new.dueRequired') }]}
              >
                <DatePicker
                  format={DATE_FORMATS}
                  placeholder="YYYY-MM-DD"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  data-testid="matter-due"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="priority" label={t('matter.priority')}>
                <Radio.Group
                  optionType="button"
                  options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
                  data-testid="matter-priority"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="meetingId" label={t('office.new.meeting')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: ['label'] }}
                  placeholder={t('office.new.meetingPlaceholder')}
                  loading={meetings.loading}
                  options={(meetings.data?.items ?? []).map((m) => ({
                    value: m.id,
                    label: `${formatDate(m.heldOn, lang)} ${m.title}`,
                  }))}
                  popupMatchSelectWidth={false}
                  data-testid="matter-meeting"
                />
              </Form.Item>
            </Col>
          </Row>
          {meetingId ? null : (
            <Form.Item
              name="source"
              label={t('matter.source')}
              extra={t('office.new.sourceHint')}
              rules={[{ max: 200, message: t('action.textTooLong', { n: 200 }) }]}
            >
              <Input placeholder={t('office.new.sourcePlaceholder')} data-testid="matter-source" />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="matter-submit">
              {t('office.new.submit')}
            </Button>
            <Button onClick={() => void navigate('/office')} disabled={busy}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
      <Modal
        open={pending !== null}
        title={t('office.new.confirmTitle')}
        okText={t('office.new.confirmOk')}
        cancelText={t('office.new.confirmBack')}
        onOk={() => (pending ? void dispatch(pending) : undefined)}
        onCancel={() => setPending(null)}
        okButtonProps={{ 'data-testid': 'dispatch-confirm-ok' }}
        cancelButtonProps={{ 'data-testid': 'dispatch-confirm-back' }}
        destroyOnHidden
      >
        {pending ? (
          <div data-testid="dispatch-confirm">
            <Typography.Paragraph>{t('office.new.confirmIntro')}</Typography.Paragraph>
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                { key: 'code', label: t('matter.code'), children: pending.code },
                { key: 'title', label: t('office.col.title'), children: pending.title },
                {
                  key: 'lead',
                  label: t('matter.leadUnit'),
                  children: <span data-testid="dispatch-confirm-lead">{unitLabel(pending.leadUnitCode)}</span>,
                },
                {
                  key: 'co',
                  label: t('matter.coUnits'),
                  children: pending.coUnitCodes.length ? joinList(pending.coUnitCodes.map(unitLabel), lang) : '—',
                },
                {
                  key: 'due',
                  label: t('matter.dueDate'),
                  children: <span data-testid="dispatch-confirm-due">{formatDeadline(pending.dueDate, lang)}</span>,
                },
                {
                  key: 'priority',
                  label: t('matter.priority'),
                  children: t(`priority.${pending.priority ?? 'normal'}`),
                },
              ]}
            />
          </div>
        ) : null}
      </Modal>
    </>
  );
}
