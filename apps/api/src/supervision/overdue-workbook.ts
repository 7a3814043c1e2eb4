import type { EscalationLevel, MatterLight, MatterStatus, SupervisedMatterItem } from '@app/contracts';
import ExcelJS from 'exceljs';

// The overdue list (超期事项督办台账) as an .xlsx workbook, built from the same rows as GET /api/supervision/overdue,
// so that the figures in Excel are the ones on the screen: dates are date cells, working days are numbers.

const STATUS_ZH: Record<MatterStatus, string> = {
  in_progress: '办理中',
  awaiting_verification: '待核验',
  closed: '已办结',
  cancelled: '已撤销',
};
const LIGHT_ZH: Record<MatterLight, string> = { green: '正常', yellow: '临期', red: '超期', none: '' };
const LEVEL_ZH: Record<EscalationLevel, string> = {
  reminder: '提醒',
  urging: '催办',
  supervision: '督办',
  report: '通报',
};

export const OVERDUE_WORKBOOK_TITLE = '五华区知识产权联席会议超期事项督办台账';
export const OVERDUE_SHEET = '超期事项';
// The header row: the title is row 1, the caption row 2, the column names row 3; the matters start on row 4.
export const OVERDUE_HEADER_ROW = 3;

// A calendar date (YYYY-MM-DD) as Excel holds a date: midnight UTC of that day, shown without a time.
const dateCell = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const zhDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

interface Column {
  header: string;
  width: number;
  value: (m: SupervisedMatterItem) => string | number | Date | null;
  date?: boolean;
}

const COLUMNS: Column[] = [
  { header: '编号', width: 16, value: (m) => m.code },
  { header: '事项', width: 40, value: (m) => m.title },
  { header: '牵头单位', width: 22, value: (m) => m.leadUnitNameZh },
  { header: '状态', width: 10, value: (m) => STATUS_ZH[m.status] },
  { header: '灯', width: 8, value: (m) => LIGHT_ZH[m.light] },
  { header: '办结期限', width: 16, value: (m) => dateCell(m.dueDate), date: true },
  { header: '计责期限', width: 16, value: (m) => dateCell(m.chargedDueDate), date: true },
  { header: '超期（工作日）', width: 14, value: (m) => m.daysOverdue },
  { header: '督办等级', width: 10, value: (m) => (m.escalationLevel ? LEVEL_ZH[m.escalationLevel] : '') },
  { header: '延期申请待批', width: 12, value: (m) => (m.extensionPending ? '是' : '否') },
];

export async function overdueWorkbook(
  rows: readonly SupervisedMatterItem[],
  opts: { today: string; total: number; unitName?: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '五华区知识产权联席会议办公室';
  const ws = wb.addWorksheet(OVERDUE_SHEET, { views: [{ state: 'frozen', ySplit: OVERDUE_HEADER_ROW }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = OVERDUE_WORKBOOK_TITLE;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  const scope = opts.unitName ? `牵头单位：${opts.unitName}；` : '';
  const shown = rows.length < opts.total ? `（列出前 ${rows.length} 项）` : '';
  ws.getCell(2, 1).value =
    `截至 ${zhDate(opts.today)}；${scope}共 ${opts.total} 项${shown}；超期天数以工作日计，自计责期限次日起算。`;
  ws.getCell(2, 1).font = { color: { argb: 'FF666666' }, size: 10 };

  const header = ws.getRow(OVERDUE_HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  rows.forEach((m, r) => {
    const row = ws.getRow(OVERDUE_HEADER_ROW + 1 + r);
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(m);
      if (c.date) {
        cell.numFmt = DATE_FORMAT;
      }
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The rows of a workbook written by overdueWorkbook, read back by column name (for tests and for checks).
export async function readOverdueWorkbook(data: Buffer): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(OVERDUE_SHEET);
  if (!ws) {
    return [];
  }
  const names = COLUMNS.map((c, i) => ws.getRow(OVERDUE_HEADER_ROW).getCell(i + 1).text || c.header);
  const out: Record<string, unknown>[] = [];
  for (let r = OVERDUE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Object.fromEntries(names.map((n, i) => [n, row.getCell(i + 1).value])));
  }
  return out;
}
