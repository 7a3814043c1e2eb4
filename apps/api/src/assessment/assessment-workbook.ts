import type { AssessmentRate, AssessmentSheet } from '@app/contracts';
import ExcelJS from 'exceljs';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Column {
  header: string;
  width: number;
  // A number (or a date) per row: never text, so the office can sort and sum in Excel.
  value: (r: AssessmentSheet['rows'][number]) => number | Date | string | null;
  format?: string;
}

const rateColumns = (label: string, pick: (r: AssessmentSheet['rows'][number]) => AssessmentRate): Column[] => [
  { header: `${label}·分子`, width: 9, value: (r) => pick(r).numerator },
  { header: `${label}·分母`, width: 9, value: (r) => pick(r).denominator },
  { header: label, width: 12, value: (r) => pick(r).rate, format: '0.0%' },
];

// The score sheet of a year as an .xlsx workbook: a title naming the year, a line naming the weights, then one
// row per member unit with both numbers of every rate.
export async function assessmentWorkbook(sheet: AssessmentSheet, generatedAt: Date): Promise<Buffer> {
  const { rates, perItem } = sheet.weights.weights;
  const columns: Column[] = [
    { header: '名次', width: 6, value: (r) => r.rank },
    { header: '序号', width: 6, value: (r) => r.ordinal },
    { header: '成员单位', width: 30, value: (r) => r.nameZh },
    ...rateColumns('签收及时率', (r) => r.ackRate),
    ...rateColumns('反馈及时率', (r) => r.feedbackRate),
    ...rateColumns('按期办结率', (r) => r.onTimeRate),
    ...rateColumns('年度总结按时报送', (r) => r.summaryOnTime),
    { header: '退回整改', width: 9, value: (r) => r.returns },
    { header: '通报', width: 7, value: (r) => r.reports },
    { header: '申诉成立', width: 9, value: (r) => r.upheldContests },
    { header: '信息采用', width: 9, value: (r) => r.informationAdopted },
    { header: '得分', width: 8, value: (r) => r.score, format: '0.00' },
  ];
  const wb = new ExcelJS.Workbook();
  wb.creator = '五华区知识产权联席会议办公室';
  wb.created = generatedAt;
  const ws = wb.addWorksheet(`${sheet.year}年度考核`, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(1, 1).value = `五华区知识产权战略实施工作联席会议 ${sheet.year}年度成员单位考核评分表`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };

  ws.mergeCells(2, 1, 2, columns.length - 2);
  ws.getCell(2, 1).value =
    `权重${sheet.weights.isDefault ? '（默认）' : ''}：签收及时率 ${rates.ackRate} 分，反馈及时率 ${rates.feedbackRate} 分，` +
    `按期办结率 ${rates.onTimeRate} 分，年度总结按时报送 ${rates.summaryOnTime} 分；信息采用每条加 ${perItem.informationAdopted} 分，` +
    `退回整改每次减 ${perItem.returns} 分，通报每次减 ${perItem.reports} 分。领导批示不作为考核内容。`;
  ws.getCell(2, 1).font = { size: 10 };
  ws.getCell(2, columns.length - 1).value = '统计日期';
  const asOf = ws.getCell(2, columns.length);
  asOf.value = new Date(`${sheet.today}T00:00:00Z`);
  asOf.numFmt = 'yyyy-mm-dd';
  ws.getRow(2).height = 30;
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };

  const header = ws.getRow(4);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
  });
  const ranked = [...sheet.rows].sort((a, b) => a.rank - b.rank || a.ordinal - b.ordinal);
  ranked.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c.value(r);
      if (c.format) {
        cell.numFmt = c.format;
      }
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
