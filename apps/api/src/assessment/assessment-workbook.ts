import type { AssessmentRate, AssessmentSheet } from '@app/contracts';

import { dateCell, officeWorkbook, type WorkbookColumn } from '../common/workbook';

export { XLSX } from '../common/workbook';

// A number (or a date) per row: never text, so the office can sort and sum in Excel.
type Column = WorkbookColumn<AssessmentSheet['rows'][number]>;

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
  const book = officeWorkbook(`${sheet.year}年度考核`, 4, columns, generatedAt);
  book.title(`五华区知识产权战略实施工作联席会议 ${sheet.year}年度成员单位考核评分表`);

  const { ws } = book;
  ws.mergeCells(2, 1, 2, columns.length - 2);
  ws.getCell(2, 1).value =
    `权重${sheet.weights.isDefault ? '（默认）' : ''}：签收及时率 ${rates.ackRate} 分，反馈及时率 ${rates.feedbackRate} 分，` +
    `按期办结率 ${rates.onTimeRate} 分，年度总结按时报送 ${rates.summaryOnTime} 分；信息采用每条加 ${perItem.informationAdopted} 分，` +
    `退回整改每次减 ${perItem.returns} 分，通报每次减 ${perItem.reports} 分。领导批示不作为考核内容。`;
  ws.getCell(2, 1).font = { size: 10 };
  ws.getCell(2, columns.length - 1).value = '统计日期';
  const asOf = ws.getCell(2, columns.length);
  asOf.value = dateCell(sheet.today);
  asOf.numFmt = 'yyyy-mm-dd';
  ws.getRow(2).height = 30;
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };

  const ranked = [...sheet.rows].sort((a, b) => a.rank - b.rank || a.ordinal - b.ordinal);
  book.table(4, ranked, { fill: 'FFF0F0F0', alignment: { wrapText: true, horizontal: 'center' } });
  return book.buffer();
}
