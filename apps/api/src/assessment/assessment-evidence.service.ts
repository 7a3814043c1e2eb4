import type { AssessmentEvidence, AssessmentEvidenceItem } from '@app/contracts';
import type { EvidenceAssignmentRow, YearScope } from '@app/database';
import { AssessmentRepository, UnitDirectoryLoader } from '@app/database';
import { Injectable } from '@nestjs/common';

import { assertKnownUnit } from '../units/unit-refusals';

import { AssessmentService, requireYear } from './assessment.service';
import type { EvidenceFigure } from './dto/assessment.dto';

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

// "Why this figure": the matters and events behind one cell of the sheet, or behind a unit's red light. Each
// item says whether it counts for the unit (met) or against it (missed), and which deadline it was judged by.
@Injectable()
export class AssessmentEvidenceService {
  constructor(
    private readonly repo: AssessmentRepository,
    private readonly sheet: AssessmentService,
    private readonly units: UnitDirectoryLoader,
  ) {}

  async evidence(year: number, unitCode: string, figure: EvidenceFigure): Promise<AssessmentEvidence> {
    requireYear(year);
    // A merged unit's figures of its years stay explainable.
    assertKnownUnit(await this.units.load(), unitCode);
    const today = this.sheet.today();
    const scope = this.sheet.scope(year);
    const items = await this.items(figure, unitCode, scope, today, year);
    const events = await this.repo.eventsOf(
      [...new Set(items.flatMap((i) => (i.matterId ? [i.matterId] : [])))],
      unitCode,
    );
    return {
      year,
      unitCode,
      figure,
      today,
      items: items.map((i) => ({ ...i, events: i.matterId ? (events.get(i.matterId) ?? []) : [] })),
    };
  }

  private async items(
    figure: EvidenceFigure,
    unitCode: string,
    scope: YearScope,
    today: string,
    year: number,
  ): Promise<AssessmentEvidenceItem[]> {
    switch (figure) {
      case 'ackRate':
        return (await this.repo.assignmentsOf(unitCode, scope)).flatMap((a) => ackItem(a, new Date()));
      case 'feedbackRate':
        return (await this.repo.assignmentsOf(unitCode, scope))
          .filter((a) => a.acknowledgedAt !== null)
          .map((a) =>
            item(
              a,
              a.progressMissed ? 'missed' : 'met',
              a.progressMissed ? '进展报告逾期未报（已提醒）' : '进展报告按时',
            ),
          );
      case 'onTimeRate':
        return (await this.repo.closuresOf(unitCode, scope, today)).map((a) => closureItem(a, this.sheet));
      case 'returns':
        return (await this.repo.assignmentsOf(unitCode, scope))
          .filter((a) => a.returnCount > 0)
          .map((a) => item(a, 'item', `退回整改 ${a.returnCount} 次`));
      case 'reports':
        return this.reportItems(unitCode, scope);
      case 'informationAdopted':
        return (await this.repo.adoptedOf(unitCode, scope)).map((f) => ({
          matterId: null,
          matterCode: null,
          title: f.title,
          finding: '信息被工作简报采用',
          counts: 'item',
          dueDate: null,
          at: f.filedAt,
          events: [],
        }));
      case 'summaryOnTime':
        return this.summaryItems(unitCode, year);
      case 'upheldContests':
        return [];
      case 'red':
        return (await this.repo.redOf(unitCode, today)).map((a) =>
          item(a, 'missed', `应于 ${a.chargedDueDate ?? ''} 完成，已超期`),
        );
    }
  }

  private async reportItems(unitCode: string, scope: YearScope): Promise<AssessmentEvidenceItem[]> {
    const reports = await this.repo.reportsOf(unitCode, scope);
    const matters = await this.repo.mattersById([...new Set(reports.map((r) => r.matterId))]);
    return reports.map((r) => {
      const m = matters.get(r.matterId);
      return {
        matterId: r.matterId,
        matterCode: m?.code ?? null,
        title: m?.title ?? r.matterId,
        finding: `通报（事件 #${r.seq}）`,
        counts: 'item',
        dueDate: m?.dueDate ?? null,
        at: null,
        events: [],
      };
    });
  }

  private async summaryItems(unitCode: string, year: number): Promise<AssessmentEvidenceItem[]> {
    const sheet = await this.sheet.sheet(year);
    const row = sheet.rows.find((r) => r.unitCode === unitCode);
    if (!row || row.summaryOnTime.denominator === 0) {
      return [];
    }
    const onTime = row.summaryOnTime.numerator === 1;
    return [
      {
        matterId: null,
        matterCode: null,
        title: `${year}年度知识产权工作总结`,
        finding: onTime ? '按时报送' : '未按时报送',
        counts: onTime ? 'met' : 'missed',
        dueDate: null,
        at: null,
        events: [],
      },
    ];
  }
}

function item(
  a: EvidenceAssignmentRow,
  counts: AssessmentEvidenceItem['counts'],
  finding: string,
): AssessmentEvidenceItem {
  return {
    matterId: a.matterId,
    matterCode: a.code,
    title: a.title,
    finding,
    counts,
    dueDate: a.chargedDueDate ?? a.dueDate,
    at: a.closedAt ?? a.acknowledgedAt,
    events: [],
  };
}

function ackItem(a: EvidenceAssignmentRow, now: Date): AssessmentEvidenceItem[] {
  if (a.acknowledgedAt !== null) {
    const met = a.acknowledgedOnTime === true;
    return [
      item(
        a,
        met ? 'met' : 'missed',
        met ? `按时签收（${day(a.acknowledgedAt)}）` : `逾期签收（${day(a.acknowledgedAt)}）`,
      ),
    ];
  }
  if (a.ackDueAt !== null && a.ackDueAt < now.toISOString()) {
    return [item(a, 'missed', `签收时限 ${day(a.ackDueAt)} 已过，未签收`)];
  }
  return [];
}

function closureItem(a: EvidenceAssignmentRow, sheet: AssessmentService): AssessmentEvidenceItem {
  if (a.status === 'closed') {
    const met = a.closedOnTime === true;
    const closed = a.closedAt ? sheet.dateOf(new Date(a.closedAt)) : '';
    return item(a, met ? 'met' : 'missed', met ? `按期办结（${closed}）` : `逾期办结（${closed}，时限 ${a.dueDate}）`);
  }
  return item(a, 'missed', `办结时限 ${a.chargedDueDate ?? a.dueDate} 已过，未办结`);
}
