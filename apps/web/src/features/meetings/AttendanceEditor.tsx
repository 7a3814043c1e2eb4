import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { MeetingAttendance } from '@app/contracts';
import type { TableProps } from 'antd';
import { Button, Input, Select, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';

import type { Translate } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { ProblemsAlert } from '../../shared/ProblemsAlert';
import { UNIT_SEARCH, unitOptions, useUnitList } from '../office/units';

// Who attended a meeting, and who stood in for whom (代会): edited when the meeting is held, and when the office
// corrects its record afterwards.
export interface AttendanceDraft {
  key: number;
  unitCode?: string;
  person: string;
  standingInFor: string;
}

type AttendanceProblem = 'person' | 'tooLong' | 'self';

let nextKey = 1;
export const emptyAttendance = (unitCode?: string, person = ''): AttendanceDraft => ({
  key: nextKey++,
  unitCode,
  person,
  standingInFor: '',
});

export function attendanceProblems(rows: readonly AttendanceDraft[]): Map<number, AttendanceProblem[]> {
  const out = new Map<number, AttendanceProblem[]>();
  for (const r of rows) {
    const person = r.person.trim();
    const standIn = r.standingInFor.trim();
    const p: AttendanceProblem[] = [];
    if (!person) {
      p.push('person');
    }
    if (person.length > 100 || standIn.length > 100) {
      p.push('tooLong');
    }
    if (person && standIn === person) {
      p.push('self');
    }
    if (p.length) {
      out.set(r.key, p);
    }
  }
  return out;
}

function attendanceProblemText(t: Translate, p: AttendanceProblem): string {
  switch (p) {
    case 'person':
      return t('meetingRecord.att.personRequired');
    case 'tooLong':
      return t('meetingRecord.att.tooLong');
    case 'self':
      return t('meetingRecord.att.selfStandIn');
  }
}

export const toAttendance = (rows: readonly AttendanceDraft[]): MeetingAttendance[] =>
  rows.map((r) => ({
    person: r.person.trim(),
    ...(r.unitCode ? { unitCode: r.unitCode } : {}),
    ...(r.standingInFor.trim() ? { standingInFor: r.standingInFor.trim() } : {}),
  }));

export function AttendanceEditor(props: {
  rows: AttendanceDraft[];
  setRows: (f: (rows: AttendanceDraft[]) => AttendanceDraft[]) => void;
  showProblems: boolean;
}) {
  const { rows, setRows, showProblems } = props;
  const { t, lang } = useI18n();
  const { units } = useUnitList();
  const problems = attendanceProblems(rows);
  const patch = (key: number, p: Partial<AttendanceDraft>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const bad = (r: AttendanceDraft) => showProblems && problems.has(r.key);

  const columns: TableProps<AttendanceDraft>['columns'] = [
    { key: 'i', title: '#', width: 40, render: (_, _r, i) => i + 1 },
    {
      key: 'unit',
      title: t('meetingRecord.att.unit'),
      width: 220,
      render: (_, r) => (
        <Select
          value={r.unitCode}
          allowClear
          showSearch={UNIT_SEARCH}
          placeholder={t('meetingRecord.att.unitPlaceholder')}
          options={unitOptions(units, lang)}
          onChange={(v: string | undefined) => patch(r.key, { unitCode: v })}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          data-testid="hold-att-unit"
        />
      ),
    },
    {
      key: 'person',
      title: t('meetingRecord.att.person'),
      width: 220,
      render: (_, r) => (
        <Input
          value={r.person}
          maxLength={100}
          placeholder={t('meetingRecord.att.personPlaceholder')}
          status={bad(r) ? 'error' : undefined}
          onChange={(e) => patch(r.key, { person: e.target.value })}
          data-testid="hold-att-person"
        />
      ),
    },
    {
      key: 'standIn',
      title: t('meetingRecord.att.standingInFor'),
      width: 220,
      render: (_, r) => (
        <Input
          value={r.standingInFor}
          maxLength={100}
          placeholder={t('meetingRecord.att.standingInForPlaceholder')}
          onChange={(e) => patch(r.key, { standingInFor: e.target.value })}
          data-testid="hold-att-standin"
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
          onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
          aria-label={t('meetingRecord.att.removeRow')}
          data-testid="hold-att-remove"
        />
      ),
    },
  ];
  const lines = showProblems
    ? rows.flatMap((r, i) =>
        (problems.get(r.key) ?? []).map((p) =>
          t('meetingRecord.att.rowProblem', { n: i + 1, text: attendanceProblemText(t, p) }),
        ),
      )
    : [];
  if (showProblems && rows.length === 0) {
    lines.push(t('meetingRecord.att.none'));
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{t('meetingRecord.att.hint')}</Typography.Paragraph>
      <ProblemsAlert lines={lines} testId="hold-att-problems" />
      <Table<AttendanceDraft>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        onRow={(_, i) => ({ 'data-testid': `hold-att-row-${i ?? 0}` }) as HTMLAttributes<HTMLElement>}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        onClick={() => setRows((rs) => [...rs, emptyAttendance()])}
        disabled={rows.length >= 300}
        data-testid="hold-att-add"
      >
        {t('meetingRecord.att.addRow')}
      </Button>
    </>
  );
}

// A stored attendance list as editable rows.
export const attendanceDrafts = (list: readonly MeetingAttendance[]): AttendanceDraft[] =>
  list.map((a) => ({ key: nextKey++, unitCode: a.unitCode, person: a.person, standingInFor: a.standingInFor ?? '' }));
