import type { BreachReason, BriefingReportEntry, BriefingView } from '@app/contracts';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

function figureLines(b: BriefingView): string[] {
  const f = b.figures;
  return [
    `议定事项共${f.total}项，其中在办${f.open}项、已办结${f.closed}项，超期${f.overdue}项，按期办结率${percent(f.onTimeRate)}。`,
    `在办事项亮灯情况：绿灯${f.lights.green}项，黄灯${f.lights.yellow}项，红灯${f.lights.red}项。`,
  ];
}

const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

const BREACH_ZH: Record<BreachReason, string> = {
  ack_missed: '逾期未签收',
  progress_missed: '逾期未报送进展',
  overdue: '超过办结时限',
  office_turnaround: '联席办办理超时',
  manual: '人工督办',
};

// A 通报 line as printed: the unit that breached (a co-unit's missed acknowledgement names the co-unit; issues
// compiled before the unit was recorded name the lead), and what it breached.
function reportColumns(r: BriefingReportEntry, unitName: UnitNamer): string[] {
  const unit = r.unitCode === undefined ? r.leadUnitCode : r.unitCode;
  const reason = r.reason ? (BREACH_ZH[r.reason as BreachReason] ?? r.reason) : '';
  return [r.code, r.title, unit === null ? '联席办' : unitName(unit), reason, r.dueDate];
}
const REPORT_HEADERS = ['编号', '事项', '被通报单位', '事由', '办结时限'];

// Which breaches the 通报 covers: those since the previous issue was published.
const reportsScope = (b: BriefingView): string =>
  b.reportsSince ? `本期通报自上期发布（${b.reportsSince.slice(0, 10)}）以来的事项。` : '本期通报截至目前的事项。';

// How a member unit is named in print (区司法局, not its code).
export type UnitNamer = (code: string | null) => string;

// Characters XML 1.0 cannot carry (C0 controls but tab, newline and CR; U+FFFE/U+FFFF; lone surrogates): one in a
// filing's text would make document.xml malformed and the whole issue unreadable by Word, so print drops them.
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);
export const printable = (s: string): string => s.replace(NOT_XML, '');

// Every string of a value, made printable (the view is plain data: strings, numbers, arrays, objects, null).
function printableDeep<T>(v: T): T {
  if (typeof v === 'string') {
    return printable(v) as T;
  }
  if (Array.isArray(v)) {
    return v.map((x: unknown) => printableDeep(x)) as T;
  }
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, printableDeep(x)])) as T;
  }
  return v;
}

// The printable issue (工作简报 第N期) as a Word document.
export async function briefingDocx(view: BriefingView, names: UnitNamer): Promise<Buffer> {
  const b = printableDeep(view);
  const unitName: UnitNamer = (code) => printable(names(code));
  const reports = b.reports.length
    ? [
        new Paragraph(reportsScope(b)),
        new Table({
          rows: [
            new TableRow({ children: REPORT_HEADERS.map(cell) }),
            ...b.reports.map((r) => new TableRow({ children: reportColumns(r, unitName).map(cell) })),
          ],
        }),
      ]
    : [new Paragraph('本期无通报事项。')];
  const doc = new Document({
    title: `${b.title} ${b.issue}`,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            heading: HeadingLevel.TITLE,
            children: [new TextRun(b.title)],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(b.issue)] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun('五华区知识产权战略实施工作联席会议办公室')],
          }),
          ...(b.foreword ? [new Paragraph(b.foreword)] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、工作动态')] }),
          ...b.items.flatMap((i, n) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`（${n + 1}）${i.title}`)] }),
            ...(i.unitCode
              ? [new Paragraph({ children: [new TextRun({ text: unitName(i.unitCode), italics: true })] })]
              : []),
            new Paragraph(i.text),
          ]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、议定事项推进情况')] }),
          ...figureLines(b).map((l) => new Paragraph(l)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、通报')] }),
          ...reports,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The same issue as a print-ready HTML page.
export function briefingHtml(b: BriefingView, unitName: UnitNamer): string {
  const rows = b.reports
    .map(
      (r) =>
        `<tr>${reportColumns(r, unitName)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(b.title)} ${b.issue}</title>
<style>body{font-family:serif;max-width:40em;margin:2em auto}h1,.c{text-align:center}.u{color:#666}@media print{body{margin:0}}</style></head>
<body><h1>${esc(b.title)}</h1><p class="c">${b.issue}</p><p class="c">五华区知识产权战略实施工作联席会议办公室</p>
${b.foreword ? `<p>${esc(b.foreword)}</p>` : ''}<h2>一、工作动态</h2>
${b.items.map((i, n) => `<h3>（${n + 1}）${esc(i.title)}</h3>${i.unitCode ? `<p class="u">${esc(unitName(i.unitCode))}</p>` : ''}<p>${esc(i.text)}</p>`).join('')}
<h2>二、议定事项推进情况</h2>${figureLines(b)
    .map((l) => `<p>${l}</p>`)
    .join('')}
<h2>三、通报</h2>${rows ? `<p>${reportsScope(b)}</p><table border="1"><tr>${REPORT_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr>${rows}</table>` : '<p>本期无通报事项。</p>'}
</body></html>`;
}
