import type { EscalationLevel, MatterLight, MatterStatus, SupervisedMatterItem } from '@app/contracts';

import { dateCell, officeWorkbook, type WorkbookColumn } from '../common/workbook';

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

// Dates are date cells (midnight UTC of the day), shown without a time.
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const zhDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const OVERDUE_COLUMNS: readonly WorkbookColumn<SupervisedMatterItem>[] = [
  { header: '编号', width: 16, value: (m) => m.code },
  { header: '事项', width: 40, value: (m) => m.title },
  { header: '牵头单位', width: 22, value: (m) => m.leadUnitNameZh },
  // 承办人: the lead unit's handler as it named them; the office phone when the reader may see it.
  {
    header: '承办人',
    width: 24,
    value: (m) => (m.leadHandler ? [m.leadHandler.name, m.leadHandler.phone].filter(Boolean).join(' ') : ''),
  },
  { header: '状态', width: 10, value: (m) => STATUS_ZH[m.status] },
  { header: '灯', width: 8, value: (m) => LIGHT_ZH[m.light] },
  { header: '办结期限', width: 16, value: (m) => dateCell(m.dueDate), format: DATE_FORMAT },
  { header: '计责期限', width: 16, value: (m) => dateCell(m.chargedDueDate), format: DATE_FORMAT },
  { header: '超期（工作日）', width: 14, value: (m) => m.daysOverdue },
  { header: '督办等级', width: 10, value: (m) => (m.escalationLevel ? LEVEL_ZH[m.escalationLevel] : '') },
  { header: '延期申请待批', width: 12, value: (m) => (m.extensionPending ? '是' : '否') },
];

export async function overdueWorkbook(
  rows: readonly SupervisedMatterItem[],
  opts: { today: string; total: number; unitName?: string },
): Promise<Buffer> {
  const book = officeWorkbook(OVERDUE_SHEET, OVERDUE_HEADER_ROW, OVERDUE_COLUMNS);
  book.title(OVERDUE_WORKBOOK_TITLE);
  const { ws } = book;
  ws.mergeCells(2, 1, 2, OVERDUE_COLUMNS.length);
  const scope = opts.unitName ? `牵头单位：${opts.unitName}；` : '';
  const shown = rows.length < opts.total ? `（列出前 ${rows.length} 项）` : '';
  ws.getCell(2, 1).value =
    `截至 ${zhDate(opts.today)}；${scope}共 ${opts.total} 项${shown}；超期天数以工作日计，自计责期限次日起算。`;
  ws.getCell(2, 1).font = { color: { argb: 'FF666666' }, size: 10 };
  book.table(OVERDUE_HEADER_ROW, rows, { fill: 'FFEFEFEF' });
  return book.buffer();
}
