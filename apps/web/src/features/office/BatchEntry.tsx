import { SnippetsOutlined } from '@ant-design/icons';
import type { MatterPriority } from '@app/contracts';
import { App, Button, Card, DatePicker, Input, InputNumber, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Dispatch, SetStateAction } from 'react';
import { useState } from 'react';

import type { MatterItemWithYear } from '@web/api/conference';
import type { UnitView } from '@web/api/endpoints';
import { officeApi } from '@web/api/endpoints';
import { ZONE } from '@web/i18n/format';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import type { CellContext, GridColumn } from '@web/shared/EditableGrid';
import { EditableGrid, selectColumn } from '@web/shared/EditableGrid';
import { ErrorAlert } from '@web/shared/states';
import { useRetryKey } from '@web/features/meetings/retryKey';
import { Notice } from '@web/shared/Notice';
import type { CodeChecks, TakenBy } from './codeRegister';
import { useRowCodes } from './codeRegister';
import { DATE_FORMATS, MATTER_CODE } from './NewMatterPage';
import { UNIT_SEARCH, findUnit, unitOptions, useUnitList } from './units';

// One agreed matter being entered: a row of the batch table.
export interface Draft {
  key: number;
  code: string;
  title: string;
  description: string;
  lead?: string;
  co: string[];
  due: Dayjs | null;
  priority: MatterPriority;
  // The work year (an annual plenary deploys next year's tasks); unset means the year of the due date.
  year: number | null;
}

let nextKey = 1;
export const emptyDraft = (year: number | null = null): Draft => ({
  key: nextKey++,
  code: '',
  title: '',
  description: '',
  co: [],
  due: null,
  priority: 'normal',
  year,
});

// Today's date where the conference works (Asia/Shanghai), YYYY-MM-DD.
export function todayInShanghai(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD');
}

const PRIORITIES: MatterPriority[] = ['normal', 'high', 'urgent'];

// 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日 → a date; anything else → null.
export function parseDate(text: string): Dayjs | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) {
    return null;
  }
  const [, year = '', month = '', day = ''] = m;
  const d = dayjs(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, 'YYYY-MM-DD', true);
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
    drafts.push({ ...emptyDraft(), code, title, description, lead: lead?.code, co, due: parseDate(dueText) });
  }
  return { drafts, unknown };
}

export type Problem = 'code' | 'codeDup' | 'codeTaken' | 'title' | 'lead' | 'due' | 'duePast' | 'year';

// What is wrong with each row (by key): a code that is invalid, repeats another row's or is taken by a matter (as
// checked: `taken`), a missing title or lead unit, a due date missing or before today, a year out of range.
export function problemsOf(
  rows: readonly Draft[],
  today: string,
  taken: ReadonlyMap<string, TakenBy> = new Map(),
): Map<number, Problem[]> {
  const out = new Map<number, Problem[]>();
  const codes = rows.map((r) => r.code.trim());
  rows.forEach((r, i) => {
    const p: Problem[] = [];
    if (!MATTER_CODE.test(r.code.trim())) {
      p.push('code');
    } else if (codes.indexOf(r.code.trim()) !== i) {
      p.push('codeDup');
    } else if (taken.has(r.code.trim())) {
      p.push('codeTaken');
    }
    if (!r.title.trim() || r.title.trim().length > 200) {
      p.push('title');
    }
    if (!r.lead) {
      p.push('lead');
    }
    if (!r.due) {
      p.push('due');
    } else if (r.due.format('YYYY-MM-DD') < today) {
      p.push('duePast');
    }
    if (r.year !== null && (!Number.isInteger(r.year) || r.year < 2000 || r.year > 2100)) {
      p.push('year');
    }
    if (p.length) {
      out.set(r.key, p);
    }
  });
  return out;
}

export function problemText(t: Translate, p: Problem): string {
  switch (p) {
    case 'code':
      return t('office.new.codeInvalid');
    case 'codeDup':
      return t('office.batch.codeDuplicate');
    case 'codeTaken':
      return t('error.MATTER_CODE_TAKEN');
    case 'title':
      return t('office.new.titleRequired');
    case 'lead':
      return t('office.new.leadRequired');
    case 'due':
      return t('office.new.dueRequired');
    case 'duePast':
      return t('meetingRecord.duePast');
    case 'year':
      return t('meetingRecord.yearInvalid');
  }
}

// The rows as the API takes them (MatterItemDto).
export function toItems(rows: readonly Draft[]): MatterItemWithYear[] {
  return rows.map((r) => ({
    code: r.code.trim(),
    title: r.title.trim(),
    description: r.description.trim(),
    leadUnitCode: r.lead ?? '',
    coUnitCodes: r.co,
    dueDate: r.due?.format('YYYY-MM-DD') ?? '',
    priority: r.priority,
    ...(r.year !== null ? { year: r.year } : {}),
  }));
}

function PasteDialog(props: {
  units: UnitView[];
  testId: string;
  onClose: () => void;
  onParsed: (drafts: Draft[]) => void;
}) {
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
      okButtonProps={{ disabled: !text.trim(), 'data-testid': `${props.testId}-paste-apply` }}
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
        <Notice type="warning" gap={8} title={t('office.batch.unknownUnits', { names: unknown.join('、') })} />
      ) : null}
      <Input.TextArea
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={'2026-01\t开展知识产权宣传周活动\t区市场监督管理局\t区司法局、区委宣传部\t2026-04-30'}
        data-testid={`${props.testId}-paste-text`}
      />
    </Modal>
  );
}

export interface MatterRowsEditorProps {
  rows: Draft[];
  setRows: Dispatch<SetStateAction<Draft[]>>;
  // Whether to mark the rows' problems (after a first attempt to go on).
  showProblems: boolean;
  // The year column, and its default for new rows (a plenary deploys next year's tasks).
  withYear?: boolean;
  defaultYear?: number | null;
  // The least number of rows (the batch entry needs one; a meeting may agree no matter at all).
  minRows?: number;
  disabled?: boolean;
  // Prefix of the data-testid of every control, so that two editors never share one.
  testId?: string;
  // The codes' checks as typed (useRowCodes): a taken code is named in its cell at once.
  codes?: CodeChecks;
}

// The editable table of agreed matters (one per row), with paste from a table of the minutes.
export function MatterRowsEditor(props: MatterRowsEditorProps) {
  const { rows, setRows, showProblems, withYear = false, defaultYear = null, minRows = 1, disabled = false } = props;
  const tid = props.testId ?? 'batch';
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const [pasting, setPasting] = useState(false);
  const taken = props.codes?.taken ?? new Map<string, TakenBy>();
  const problems = problemsOf(rows, todayInShanghai(), taken);
  const problemLine = (n: number, p: Problem): string => {
    const code = rows[n - 1]?.code.trim() ?? '';
    const holder = p === 'codeTaken' ? taken.get(code) : undefined;
    const text = holder ? t('codes.rowTaken', { code, title: holder.title }) : problemText(t, p);
    return t('office.batch.rowProblem', { n, text });
  };

  const columns: GridColumn<Draft, Problem>[] = [
    {
      key: 'code',
      title: t('matter.code'),
      width: 170,
      cell: (r, { patch, bad }) => {
        // Named as soon as the check answers, before any attempt to go on.
        const holder = taken.get(r.code.trim());
        return (
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Input
              value={r.code}
              maxLength={32}
              status={holder || bad('code', 'codeDup') ? 'error' : undefined}
              onChange={(e) => patch({ code: e.target.value })}
              data-testid={`${tid}-code`}
            />
            {holder ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`${tid}-code-taken`}>
                {t('codes.taken', { title: holder.title })}
              </Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'title',
      title: t('office.col.title'),
      width: 260,
      cell: (r, { patch, bad }) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Input
            value={r.title}
            status={bad('title') ? 'error' : undefined}
            onChange={(e) => patch({ title: e.target.value })}
            data-testid={`${tid}-title`}
          />
          <Input.TextArea
            value={r.description}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('office.batch.descriptionPlaceholder')}
            onChange={(e) => patch({ description: e.target.value })}
            data-testid={`${tid}-description`}
          />
        </Space>
      ),
    },
    selectColumn({
      field: 'lead',
      title: t('matter.leadUnit'),
      width: 190,
      testId: `${tid}-lead`,
      options: () => unitOptions(units, lang),
      select: { showSearch: UNIT_SEARCH },
      problems: ['lead'],
    }),
    selectColumn({
      field: 'co',
      title: t('matter.coUnits'),
      width: 230,
      testId: `${tid}-co`,
      options: (r) => unitOptions(units, lang, r.lead ? [r.lead] : []),
      select: { mode: 'multiple', showSearch: UNIT_SEARCH },
    }),
    {
      key: 'due',
      title: t('matter.dueDate'),
      width: 150,
      cell: (r, { patch, bad }) => (
        <DatePicker
          value={r.due}
          format={DATE_FORMATS}
          placeholder="YYYY-MM-DD"
          status={bad('due', 'duePast') ? 'error' : undefined}
          disabledDate={(d) => d.format('YYYY-MM-DD') < todayInShanghai()}
          onChange={(d) => patch({ due: d })}
          style={{ width: '100%' }}
          data-testid={`${tid}-due`}
        />
      ),
    },
    selectColumn({
      field: 'priority',
      title: t('matter.priority'),
      width: 100,
      testId: `${tid}-priority`,
      options: () => PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
    }),
    ...(withYear
      ? [
          {
            key: 'year',
            title: t('meetingRecord.year'),
            width: 100,
            cell: (r: Draft, { patch, bad }: CellContext<Draft, Problem>) => (
              <InputNumber
                value={r.year}
                min={2000}
                max={2100}
                precision={0}
                placeholder={t('meetingRecord.yearPlaceholder')}
                status={bad('year') ? 'error' : undefined}
                onChange={(v) => patch({ year: v })}
                style={{ width: '100%' }}
                data-testid={`${tid}-year`}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <EditableGrid<Draft, Problem>
        rows={rows}
        setRows={setRows}
        columns={columns}
        problems={problems}
        showProblems={showProblems}
        problemLine={problemLine}
        newRow={() => emptyDraft(defaultYear)}
        // A unit that now leads the matter no longer helps on it.
        normalize={(r, p) => (p.lead ? { ...r, co: r.co.filter((c) => c !== p.lead) } : r)}
        maxRows={100}
        minRows={minRows}
        disabled={disabled}
        testId={tid}
        addTestId={`${tid}-add-row`}
        addLabel={t('office.batch.addRow')}
        removeLabel={t('office.batch.removeRow')}
        scrollX={withYear ? 1270 : 1170}
        tools={
          <Button
            icon={<SnippetsOutlined />}
            onClick={() => setPasting(true)}
            disabled={disabled}
            data-testid={`${tid}-paste`}
          >
            {t('office.batch.paste')}
          </Button>
        }
      />
      {pasting ? (
        <PasteDialog
          units={units}
          testId={tid}
          onClose={() => setPasting(false)}
          onParsed={(drafts) =>
            setRows((rs) => {
              const kept = rs.filter((r) => r.code.trim() || r.title.trim() || r.lead);
              return [...kept, ...drafts.map((d) => ({ ...d, year: defaultYear }))].slice(0, 100);
            })
          }
        />
      ) : null}
    </>
  );
}

// 从纪要批量录入: the agreed matters of a meeting's minutes, dispatched in one request (also after it was held).
export function BatchEntry(props: { meetingId: string; onClose: () => void; onDone: (n: number) => void }) {
  const { meetingId, onClose, onDone } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Draft[]>(() => [emptyDraft()]);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const retryKey = useRetryKey();
  const codes = useRowCodes(rows, setRows);

  const submit = async () => {
    setShowProblems(true);
    if (problemsOf(rows, todayInShanghai(), codes.taken).size > 0) {
      return;
    }
    const items = toItems(rows);
    setBusy(true);
    setError(null);
    try {
      const created = await officeApi.createMeetingMatters(meetingId, items, retryKey.current());
      retryKey.succeeded();
      void message.success(t('office.batch.done', { n: created.length }));
      onDone(created.length);
    } catch (err) {
      // A code taken meanwhile: its row is marked and named (第 N 行) like one found taken as typed.
      codes.noteRefusal(err);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('office.batch.title')} data-testid="batch-entry">
      <Typography.Paragraph type="secondary">{t('office.batch.intro')}</Typography.Paragraph>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <MatterRowsEditor rows={rows} setRows={setRows} showProblems={showProblems} disabled={busy} codes={codes} />
      <Space style={{ marginTop: 12, display: 'flex' }} wrap>
        <Button type="primary" onClick={() => void submit()} loading={busy} data-testid="batch-submit">
          {t('office.batch.submit', { n: rows.length })}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Card>
  );
}
