import type { BriefingView } from '@app/contracts';
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

// How a member unit is named in print (区司法局, not its code).
export type UnitNamer = (code: string | null) => string;

// The printable issue (工作简报 第N期) as a Word document.
export async function briefingDocx(b: BriefingView, unitName: UnitNamer): Promise<Buffer> {
  const reports = b.reports.length
    ? [
        new Table({
          rows: [
            new TableRow({ children: ['编号', '事项', '牵头单位', '办结时限'].map(cell) }),
            ...b.reports.map(
              (r) => new TableRow({ children: [r.code, r.title, unitName(r.leadUnitCode), r.dueDate].map(cell) }),
            ),
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
        `<tr><td>${esc(r.code)}</td><td>${esc(r.title)}</td><td>${esc(unitName(r.leadUnitCode))}</td><td>${r.dueDate}</td></tr>`,
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
<h2>三、通报</h2>${rows ? `<table border="1"><tr><th>编号</th><th>事项</th><th>牵头单位</th><th>办结时限</th></tr>${rows}</table>` : '<p>本期无通报事项。</p>'}
</body></html>`;
}
