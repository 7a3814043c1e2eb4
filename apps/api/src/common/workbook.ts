import ExcelJS from 'exceljs';

// What the office's .xlsx exports (超期事项督办台账, 年度考核评分表) share: a workbook in the office's name, one
// sheet with a merged title row, a grey bold header row, then one row per item, column by column.

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookColumn<T> {
  header: string;
  width: number;
  value: (item: T) => string | number | Date | null;
  // An Excel number format for the column's cells (a date, a percentage, two decimals).
  format?: string;
}

// A calendar date (YYYY-MM-DD) as Excel holds a date: midnight UTC of that day.
export const dateCell = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

// A workbook with one sheet, its rows above the first item frozen and its columns as wide as the columns say;
// `title` fills the first row, `table` the column names and the items, `buffer` writes the file.
export function officeWorkbook<T>(
  sheetName: string,
  frozenRows: number,
  columns: readonly WorkbookColumn<T>[],
  created?: Date,
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '五华区知识产权联席会议办公室';
  if (created) {
    wb.created = created;
  }
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: frozenRows }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  return {
    ws,
    title: (text: string): void => writeTitle(ws, columns.length, text),
    table: (rowNo: number, items: readonly T[], header: TableHeader): void =>
      writeTable(ws, rowNo, columns, items, header),
    buffer: async (): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

interface TableHeader {
  // The header cells' fill (ARGB) and, when given, their alignment.
  fill: string;
  alignment?: Partial<ExcelJS.Alignment>;
}

// The title across the whole first row: bold, large and centred.
function writeTitle(ws: ExcelJS.Worksheet, span: number, title: string): void {
  ws.mergeCells(1, 1, 1, span);
  const cell = ws.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
  cell.alignment = { horizontal: 'center' };
}

// The column names on row `rowNo` (bold on a grey fill), then the items from the next row down.
function writeTable<T>(
  ws: ExcelJS.Worksheet,
  rowNo: number,
  columns: readonly WorkbookColumn<T>[],
  items: readonly T[],
  header: TableHeader,
): void {
  const headerRow = ws.getRow(rowNo);
  columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    if (header.alignment) {
      cell.alignment = header.alignment;
    }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: header.fill } };
  });
  items.forEach((item, r) => {
    const row = ws.getRow(rowNo + 1 + r);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(item);
      if (c.format) {
        cell.numFmt = c.format;
      }
    });
  });
}
