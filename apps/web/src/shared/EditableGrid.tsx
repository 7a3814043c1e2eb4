import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { Button, Input, Select, Space } from 'antd';
import type { SelectProps } from 'antd';
import type { ReactNode } from 'react';

import { ProblemsAlert } from '@web/shared/ProblemsAlert';
import { SmallTable } from '@web/shared/SmallTable';

// A row of an editable grid: a stable key for React and for its problems.
export interface GridRow {
  key: number;
}

// What a cell may do: change its row, and ask whether one of the given problems is to be marked on it.
export interface CellContext<R extends GridRow, P extends string> {
  patch: (p: Partial<R>) => void;
  bad: (...problems: P[]) => boolean;
}

export interface GridColumn<R extends GridRow, P extends string> {
  key: string;
  title: string;
  width: number;
  cell: (row: R, ctx: CellContext<R, P>) => ReactNode;
}

function fieldPatch<R, K extends keyof R>(field: K, value: R[K]): Partial<R> {
  const p: Partial<R> = {};
  p[field] = value;
  return p;
}

// What every cell bound to one field of the row takes: its column's title and width, the field, the cell's test id
// and the problems that mark it.
interface FieldColumnOptions<P extends string, K extends string> {
  field: K;
  title: string;
  width: number;
  testId: string;
  problems?: P[];
}

// A column whose cell edits one field of the row: `input` draws it from the field's value, whether it is marked
// bad, and how to set it.
function fieldColumn<R extends GridRow, P extends string, K extends keyof R & string>(
  opts: FieldColumnOptions<P, K>,
  input: (row: R, status: 'error' | undefined, set: (value: R[K]) => void) => ReactNode,
): GridColumn<R, P> {
  return {
    key: opts.field,
    title: opts.title,
    width: opts.width,
    cell: (r, { patch, bad }) =>
      input(r, opts.problems && bad(...opts.problems) ? 'error' : undefined, (value) =>
        patch(fieldPatch<R, K>(opts.field, value)),
      ),
  };
}

// A text cell bound to one field of the row.
export function textColumn<R extends GridRow & Record<K, string>, P extends string, K extends keyof R & string>(
  opts: FieldColumnOptions<P, K> & { maxLength?: number; placeholder?: string },
): GridColumn<R, P> {
  return fieldColumn<R, P, K>(opts, (r, status, set) => (
    <Input
      value={r[opts.field]}
      maxLength={opts.maxLength}
      placeholder={opts.placeholder}
      status={status}
      onChange={(e) => set(e.target.value as R[K])}
      data-testid={opts.testId}
    />
  ));
}

// A searchable choice cell (a unit, a priority) bound to one field of the row.
export function selectColumn<R extends GridRow, P extends string, K extends keyof R & string>(
  opts: FieldColumnOptions<P, K> & {
    options: (row: R) => SelectProps['options'];
    select?: Omit<SelectProps, 'options' | 'value' | 'onChange'>;
  },
): GridColumn<R, P> {
  return fieldColumn<R, P, K>(opts, (r, status, set) => (
    <Select
      value={r[opts.field]}
      options={opts.options(r)}
      status={status}
      onChange={(v: R[K]) => set(v)}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      data-testid={opts.testId}
      {...opts.select}
    />
  ));
}

// An editable table of drafts (attendance, agreed matters): numbered rows, a delete button per row, an add button,
// and the rows' problems listed above once the person tried to go on. Test ids: `<testId>-row-<i>`,
// `<testId>-problems`, `<testId>-remove`, and `addTestId` on the add button.
export function EditableGrid<R extends GridRow, P extends string>(props: {
  rows: R[];
  setRows: (f: (rows: R[]) => R[]) => void;
  columns: GridColumn<R, P>[];
  problems: ReadonlyMap<number, readonly P[]>;
  showProblems: boolean;
  problemLine: (n: number, p: P) => string;
  // Problems of the whole list (none at all where one is needed).
  listProblems?: string[];
  newRow: () => R;
  // Applied to every changed row (e.g. a lead unit leaves the co-units).
  normalize?: (row: R, patch: Partial<R>) => R;
  maxRows: number;
  minRows?: number;
  disabled?: boolean;
  testId: string;
  addTestId: string;
  addLabel: string;
  removeLabel: string;
  scrollX: number;
  // More buttons beside "add a row".
  tools?: ReactNode;
}) {
  const { rows, setRows, problems, showProblems, minRows = 0, disabled = false } = props;
  const patch = (key: number, p: Partial<R>) =>
    setRows((rs) =>
      rs.map((r) => {
        if (r.key !== key) {
          return r;
        }
        const next = { ...r, ...p };
        return props.normalize ? props.normalize(next, p) : next;
      }),
    );
  const contextOf = (r: R): CellContext<R, P> => ({
    patch: (p) => patch(r.key, p),
    bad: (...ps) => showProblems && (problems.get(r.key) ?? []).some((p) => ps.includes(p)),
  });
  const columns: TableProps<R>['columns'] = [
    { key: 'i', title: '#', width: 40, render: (_, _r, i) => i + 1 },
    ...props.columns.map((c) => ({
      key: c.key,
      title: c.title,
      width: c.width,
      render: (_: unknown, r: R) => c.cell(r, contextOf(r)),
    })),
    {
      key: 'remove',
      width: 48,
      render: (_, r) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={disabled || rows.length <= minRows}
          onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
          aria-label={props.removeLabel}
          data-testid={`${props.testId}-remove`}
        />
      ),
    },
  ];
  const lines = showProblems
    ? [
        ...rows.flatMap((r, i) => (problems.get(r.key) ?? []).map((p) => props.problemLine(i + 1, p))),
        ...(props.listProblems ?? []),
      ]
    : [];
  return (
    <>
      <ProblemsAlert lines={lines} testId={`${props.testId}-problems`} />
      <SmallTable<R>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        scroll={{ x: props.scrollX }}
        rowData={(_, i) => ({ 'data-testid': `${props.testId}-row-${i ?? 0}` })}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((rs) => [...rs, props.newRow()])}
          disabled={disabled || rows.length >= props.maxRows}
          data-testid={props.addTestId}
        >
          {props.addLabel}
        </Button>
        {props.tools}
      </Space>
    </>
  );
}
