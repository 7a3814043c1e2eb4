import ExcelJS from 'exceljs';

import { OVERDUE_COLUMNS, OVERDUE_HEADER_ROW, OVERDUE_SHEET } from '../../apps/api/src/supervision/overdue-workbook';

// The rows of a workbook written by overdueWorkbook, read back by column name.
export async function readOverdueWorkbook(data: Buffer): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(OVERDUE_SHEET);
  if (!ws) {
    return [];
  }
  const names = OVERDUE_COLUMNS.map((c, i) => ws.getRow(OVERDUE_HEADER_ROW).getCell(i + 1).text || c.header);
  const out: Record<string, unknown>[] = [];
  for (let r = OVERDUE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Object.fromEntries(names.map((n, i) => [n, row.getCell(i + 1).value])));
  }
  return out;
}
