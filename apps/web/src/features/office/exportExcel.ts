import type { MatterSummary } from '@app/contracts';

import type { Translate } from '@web/i18n/i18n-context';
import type { Lang } from '@web/i18n/i18n-context';
import { formatDate, formatDateTime } from '@web/i18n/format';
import { formatDay } from '@web/shared/dates';
import type { Countdown } from '@app/contracts';
import { countdownWords } from '@web/features/matters/countdown';
import { matterStatusWord } from '@web/features/matters/tags';
import { dueOf } from './board';
import { unitStateWords } from './unitStateWords';

export interface ExportRow {
  matter: MatterSummary;
  countdown: Countdown | null;
}

const OPEN = new Set(['in_progress', 'awaiting_verification']);

// The supervision list as an .xlsx workbook, built in the browser with exceljs (loaded only when asked for).
export async function buildWorkbook(
  rows: readonly ExportRow[],
  opts: { t: Translate; lang: Lang; unitName: (code: string | null | undefined) => string; filters: string },
): Promise<Blob> {
  const { t, lang, unitName, filters } = opts;
  const mod = await import('exceljs');
  // The browser build is CommonJS: its exports arrive as the default export after bundling.
  const Excel = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new Excel.Workbook();
  wb.creator = t('app.org');
  wb.created = new Date();
  const ws = wb.addWorksheet(t('office.export.sheet'), { views: [{ state: 'frozen', ySplit: 3 }] });

  const columns: { header: string; width: number; value: (r: ExportRow) => string | number }[] = [
    { header: t('matter.code'), width: 14, value: (r) => r.matter.code },
    { header: t('office.col.title'), width: 40, value: (r) => r.matter.title },
    { header: t('matter.leadUnit'), width: 22, value: (r) => unitName(r.matter.leadUnitCode) },
    { header: t('matter.coUnits'), width: 30, value: (r) => r.matter.coUnitCodes.map(unitName).join('、') },
    {
      header: t('board.col.units'),
      width: 36,
      value: (r) => r.matter.unitStates.map((u) => `${unitName(u.unitCode)}：${unitStateWords(t, u)}`).join('；'),
    },
    { header: t('matter.dueDate'), width: 16, value: (r) => formatDay(dueOf(r.matter), lang) },
    {
      header: t('office.col.countdown'),
      width: 18,
      value: (r) => (OPEN.has(r.matter.status) ? (r.countdown ? countdownWords(t, r.countdown) : '') : ''),
    },
    {
      header: t('matter.light'),
      width: 8,
      value: (r) => (r.matter.light === 'none' ? '' : t(`light.${r.matter.light}`)),
    },
    { header: t('matter.status'), width: 10, value: (r) => matterStatusWord(t, r.matter) },
    {
      header: t('matter.escalationLevel'),
      width: 12,
      value: (r) => (r.matter.escalationLevel ? t(`escalation.${r.matter.escalationLevel}`) : ''),
    },
    { header: t('matter.priority'), width: 8, value: (r) => t(`priority.${r.matter.priority}`) },
    { header: t('office.col.created'), width: 16, value: (r) => formatDate(r.matter.createdAt, lang) },
    {
      header: t('office.col.closed'),
      width: 16,
      value: (r) => (r.matter.closedAt ? formatDate(r.matter.closedAt, lang) : ''),
    },
  ];

  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  const title = ws.getCell(1, 1);
  title.value = t('office.export.title');
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getCell(2, 1).value = t('office.export.caption', {
    at: formatDateTime(new Date().toISOString(), lang),
    n: rows.length,
    filters,
  });
  ws.getCell(2, 1).font = { color: { argb: 'FF666666' }, size: 10 };

  const header = ws.getRow(3);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  const lightColor: Record<string, string> = { red: 'FFCF1322', yellow: 'FFD48806', green: 'FF389E0D' };
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    columns.forEach((c, j) => {
      row.getCell(j + 1).value = c.value(r);
    });
    const color = lightColor[r.matter.light];
    if (color) {
      row.getCell(7).font = { bold: true, color: { argb: color } };
    }
    if (r.matter.overdue) {
      row.getCell(6).font = { color: { argb: 'FFCF1322' } };
    }
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: columns.length } };

  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
