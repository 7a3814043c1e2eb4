import { DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Alert, App, Button, Card, DatePicker, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';

import { newIdempotencyKey } from '../../api/client';
import type { NewMatterItem, UnitView } from '../../api/endpoints';
import { officeApi } from '../../api/endpoints';
import type { Translate } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../../shared/states';
import { DATE_FORMATS, MATTER_CODE } from './NewMatterPage';
import { UNIT_SEARCH, findUnit, unitOptions, useUnitList } from './units';

interface Draft {
  key: number;
  code: string;
  title: string;
  description: string;
  lead?: string;
  co: string[];
  due: Dayjs | null;
}

let nextKey = 1;
const emptyDraft = (): Draft => ({ key: nextKey++, code: '', title: '', description: '', co: [], due: null });

// 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日 → a date; anything else → null.
export function parseDate(text: string): Dayjs | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) {
    return null;
  }
  const d = dayjs(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, 'YYYY-MM-DD', true);
  return d.isValid() ? d : null;
}

// Rows pasted from a table of the minutes (Excel or Word: one matter per line, columns separated by tabs):
// 编号, 事项名称, 牵头单位, 配合单位 (separated by 、 or commas), 办结时限, and optionally 事项内容.
export function parsePasted(text: string, units: readonly UnitView[]): { drafts: Draft[]; unknown: string[] } {
  const unknown: string[] = [];
  const drafts: Draft[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      continue;
    }
    const cols = line.split('\t').map((c) => c.trim());
    const [code = '', title = '', leadText = '', coText = '', dueText = '', description = ''] = cols;
    const lead = findUnit(units, leadText);
    if (leadText && !lead) {
      unknown.push(leadText);
    }
    const co: string[] = [];
    for (const name of coText
      .split(/[、,，;；]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const u = findUnit(units, name);
      if (!u) {
        unknown.push(name);
      } else if (u.code !== lead?.code && !co.includes(u.code)) {
        co.push(u.code);
      }
    }
    drafts.push({ key: nextKey++, code, title, description, lead: lead?.code, co, due: parseDate(dueText) });
  }
  return { drafts, unknown };
}

type Problem = 'code' | 'codeDup' | 'title' | 'lead' | 'due';

function problemsOf(rows: readonly Draft[]): Map<number, Problem[]> {
  const out = new Map<number, Problem[]>();
  const codes = rows.map((r) => r.code.trim());
  rows.forEach((r, i) => {
    const p: Problem[] = [];
    if (!MATTER_CODE.test(r.code.trim())) {
      p.push('code');
    } else if (codes.indexOf(r.code.trim()) !== i) {
      p.push('codeDup');
    }
    if (!r.title.trim() || r.title.trim().length > 200) {
      p.push('title');
    }
    if (!r.lead) {
      p.push('lead');
    }
    if (!r.due) {
      p.push('due');
    }
    if (p.length) {
      out.set(r.key, p);
    }
  });
  return out;
}

function problemText(t: Translate, p: Problem): string {
  switch (p) {
    case 'code':
      return t('office.new.codeInvalid');
    case 'codeDup':
      return t('office.batch.codeDuplicate');
    case 'title':
      return t('office.new.titleRequired');
    case 'lead':
      return t('office.new.leadRequired');
    case 'due':
      return t('office.new.dueRequired');
  }
}

function PasteDialog(props: { units: UnitView[]; onClose: () => void; onParsed: (drafts: Draft[]) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [unknown, setUnknown] = useState<string[]>([]);
  return (
    <Modal
      open
      width={720}
      title={t('office.batch.pasteTitle')}
      onCancel={props.onClose}
      okText={t('office.batch.pasteApply')}
      okButtonProps={{ disabled: !text.trim(), 'data-testid': 'batch-paste-apply' }}
      onOk={() => {
        const res = parsePasted(text, props.units);
        setUnknown(res.unknown);
        if (res.drafts.length) {
          props.onParsed(res.drafts);
        }
        if (res.unknown.length === 0) {
          props.onClose();
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('office.batch.pasteHint')}</Typography.Paragraph>
      {unknown.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('office.batch.unknownUnits', { names: unknown.join('、') })}
        />
      ) : null}
      <Input.TextArea
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={'2026-01\t开展知识产权宣传周活动\t区市场监督管理局\t区司法局、区委宣传部\t2026-04-30'}
        data-testid="batch-paste-text"
      />
    </Modal>
  );
}

// 从纪要批量录入: an editable table of the matters a meeting agreed, dispatched in one request.
export function BatchEntry(props: { meetingId: string; onClose: () => void; onDone: (n: number) => void }) {
  const { meetingId, onClose, onDone } = props;
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnitList();
  const [rows, setRows] = useState<Draft[]>(() => [emptyDraft()]);
  const [showProblems, setShowProblems] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = problemsOf(rows);

  const patch = (key: number, p: Partial<Draft>) =>
    setRows((rs) =>
      rs.map((r) => {
        if (r.key !== key) {
          return r;
        }
        const next = { ...r, ...p };
        return p.lead ? { ...next, co: next.co.filter((c) => c !== p.lead) } : next;
      }),
    );

  const bad = (r: Draft, p: Problem) => showProblems && (problems.get(r.key) ?? []).includes(p);

  const submit = async () => {
    setShowProblems(true);
    if (problems.size > 0) {
      return;
    }
    const items: NewMatterItem[] = rows.map((r) => ({
      code: r.code.trim(),
      title: r.title.trim(),
      description: r.description.trim(),
      leadUnitCode: r.lead ?? '',
      coUnitCodes: r.co,
      dueDate: r.due?.format('YYYY-MM-DD') ?? '',
    }));
    setBusy(true);
    setError(null);
    try {
      const created = await officeApi.createMeetingMatters(meetingId, items, newIdempotencyKey());
      void message.success(t('office.batch.done', { n: created.length }));
      onDone(created.length);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const columns: TableProps<Draft>['columns'] = [
    {
      key: 'i',
      title: '#',
      width: 40,
      render: (_, _r, i) => i + 1,
    },
    {
      key: 'code',
      title: t('matter.code'),
      width: 150,
      render: (_, r) => (
        <Input
          value={r.code}
          maxLength={32}
          status={bad(r, 'code') || bad(r, 'codeDup') ? 'error' : undefined}
          onChange={(e) => patch(r.key, { code: e.target.value })}
          data-testid="batch-code"
        />
      ),
    },
    {
      key: 'title',
      title: t('office.col.title'),
      width: 260,
      render: (_, r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Input
            value={r.title}
            status={bad(r, 'title') ? 'error' : undefined}
            onChange={(e) => patch(r.key, { title: e.target.value })}
            data-testid="batch-title"
          />
          <Input.TextArea
            value={r.description}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('office.batch.descriptionPlaceholder')}
            onChange={(e) => patch(r.key, { description: e.target.value })}
            data-testid="batch-description"
          />
        </Space>
      ),
    },
    {
      key: 'lead',
      title: t('matter.leadUnit'),
      width: 190,
      render: (_, r) => (
        <Select
          value={r.lead}
          showSearch={UNIT_SEARCH}
          status={bad(r, 'lead') ? 'error' : undefined}
          options={unitOptions(units, lang)}
          onChange={(v: string) => patch(r.key, { lead: v })}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          data-testid="batch-lead"
        />
      ),
    },
    {
      key: 'co',
      title: t('matter.coUnits'),
      width: 230,
      render: (_, r) => (
        <Select
          mode="multiple"
          value={r.co}
          showSearch={UNIT_SEARCH}
          options={unitOptions(units, lang, r.lead ? [r.lead] : [])}
          onChange={(v: string[]) => patch(r.key, { co: v })}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          data-testid="batch-co"
        />
      ),
    },
    {
      key: 'due',
      title: t('matter.dueDate'),
      width: 150,
      render: (_, r) => (
        <DatePicker
          value={r.due}
          format={DATE_FORMATS}
          placeholder="YYYY-MM-DD"
          status={bad(r, 'due') ? 'error' : undefined}
          onChange={(d) => patch(r.key, { due: d })}
          style={{ width: '100%' }}
          data-testid="batch-due"
        />
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, r) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={rows.length === 1}
          onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
          aria-label={t('office.batch.removeRow')}
          data-testid="batch-remove"
        />
      ),
    },
  ];

  const problemLines = showProblems
    ? rows.flatMap((r, i) =>
        (problems.get(r.key) ?? []).map((p) => t('office.batch.rowProblem', { n: i + 1, text: problemText(t, p) })),
      )
    : [];

  return (
    <Card
      size="small"
      title={t('office.batch.title')}
      data-testid="batch-entry"
      extra={
        <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)} data-testid="batch-paste">
          {t('office.batch.paste')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('office.batch.intro')}</Typography.Paragraph>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {problemLines.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('office.batch.fix')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problemLines.slice(0, 10).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          }
          data-testid="batch-problems"
        />
      ) : null}
      <Table<Draft>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1070 }}
        onRow={(_, i) => ({ 'data-testid': `batch-row-${i ?? 0}` }) as HTMLAttributes<HTMLElement>}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((rs) => [...rs, emptyDraft()])}
          disabled={busy || rows.length >= 100}
          data-testid="batch-add-row"
        >
          {t('office.batch.addRow')}
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={busy} data-testid="batch-submit">
          {t('office.batch.submit', { n: rows.length })}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </Space>
      {pasting ? (
        <PasteDialog
          units={units}
          onClose={() => setPasting(false)}
          onParsed={(drafts) =>
            setRows((rs) => {
              const kept = rs.filter((r) => r.code.trim() || r.title.trim() || r.lead);
              return [...kept, ...drafts].slice(0, 100);
            })
          }
        />
      ) : null}
    </Card>
  );
}
