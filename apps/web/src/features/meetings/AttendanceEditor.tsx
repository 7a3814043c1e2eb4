import type { MeetingAttendance } from '@app/contracts';
import { Typography } from 'antd';

import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import type { GridColumn } from '@web/shared/EditableGrid';
import { EditableGrid, selectColumn, textColumn } from '@web/shared/EditableGrid';
import { UNIT_SEARCH, unitOptions, useUnitList } from '@web/features/office/units';

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
  const columns: GridColumn<AttendanceDraft, AttendanceProblem>[] = [
    selectColumn({
      field: 'unitCode',
      title: t('meetingRecord.att.unit'),
      width: 220,
      testId: 'hold-att-unit',
      options: () => unitOptions(units, lang),
      select: { allowClear: true, showSearch: UNIT_SEARCH, placeholder: t('meetingRecord.att.unitPlaceholder') },
    }),
    textColumn({
      field: 'person',
      title: t('meetingRecord.att.person'),
      width: 220,
      testId: 'hold-att-person',
      maxLength: 100,
      placeholder: t('meetingRecord.att.personPlaceholder'),
      problems: ['person', 'tooLong', 'self'],
    }),
    textColumn({
      field: 'standingInFor',
      title: t('meetingRecord.att.standingInFor'),
      width: 220,
      testId: 'hold-att-standin',
      maxLength: 100,
      placeholder: t('meetingRecord.att.standingInForPlaceholder'),
    }),
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('meetingRecord.att.hint')}</Typography.Paragraph>
      <EditableGrid<AttendanceDraft, AttendanceProblem>
        rows={rows}
        setRows={setRows}
        columns={columns}
        problems={attendanceProblems(rows)}
        showProblems={showProblems}
        problemLine={(n, p) => t('meetingRecord.att.rowProblem', { n, text: attendanceProblemText(t, p) })}
        listProblems={rows.length === 0 ? [t('meetingRecord.att.none')] : []}
        newRow={() => emptyAttendance()}
        maxRows={300}
        testId="hold-att"
        addTestId="hold-att-add"
        addLabel={t('meetingRecord.att.addRow')}
        removeLabel={t('meetingRecord.att.removeRow')}
        scrollX={760}
      />
    </>
  );
}

// A stored attendance list as editable rows.
export const attendanceDrafts = (list: readonly MeetingAttendance[]): AttendanceDraft[] =>
  list.map((a) => ({ key: nextKey++, unitCode: a.unitCode, person: a.person, standingInFor: a.standingInFor ?? '' }));
