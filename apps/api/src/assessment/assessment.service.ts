import type { TimeProfile } from '@app/calendar';
import { dateOfInstant, startOfDate } from '@app/calendar';
import { envOf } from '@app/config';
import type { AssessmentSheet, AssessmentWeightsView, UnitScorecard } from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { AssessmentYearCounts, YearScope } from '@app/database';
import {
  AssessmentRepository,
  AuditRepository,
  ChargeContestRepository,
  SupervisionReadRepository,
  timeProfileFromEnv,
  UnitDirectoryLoader,
  yearScope,
} from '@app/database';
import type { UnitCounts } from '@app/domain';
import { checkWeights, DEFAULT_ASSESSMENT_WEIGHTS, rankUnits } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import type { PutAssessmentWeightsDto } from './dto/assessment.dto';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

// 考核: the per-unit score sheet of a year. Acknowledgements on time, closures and returns are the scorecard's
// own figures for the year (SupervisionReadRepository.unitScorecard, one definition of overdue and on time);
// the rest are read here. "Today" is the one time profile's.
@Injectable()
export class AssessmentService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly views: SupervisionReadRepository,
    private readonly repo: AssessmentRepository,
    private readonly audit: AuditRepository,
    private readonly contests: ChargeContestRepository,
    private readonly units: UnitDirectoryLoader,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  async sheet(year: number): Promise<AssessmentSheet> {
    requireYear(year);
    const today = this.today();
    const scope = this.scope(year);
    const [cards, counts, weights, contests, dir] = await Promise.all([
      this.views.unitScorecard(today, scope),
      this.repo.yearCounts(year, scope, new Date()),
      this.weights(year),
      this.upheldContestsByUnit(scope),
      this.units.load(),
    ]);
    // A unit is named as it was called at the end of the assessed year (today, for the year running): a sheet of a
    // past year reads as it was issued, whatever the unit has been renamed to since (机构改革).
    const yearEnd = `${year}-12-31`;
    const namedOn = today < yearEnd ? today : yearEnd;
    // The scorecard's label as it is (a merged unit's says where it went), unless the unit had another name then.
    const nameOn = (c: UnitScorecard): string => {
      const then = dir.nameZhOn(c.unitCode, namedOn);
      return then === dir.nameZh(c.unitCode) ? c.nameZh : then;
    };
    const unitCounts = cards.map((c) => this.countsOf(c, counts, contests));
    const scores = new Map(rankUnits(unitCounts, weights.weights).map((s) => [s.unitCode, s]));
    const rows = cards.map((c, i) => {
      const s = scores.get(c.unitCode)!;
      const n = unitCounts[i]!;
      return {
        unitCode: c.unitCode,
        ordinal: c.ordinal,
        nameZh: nameOn(c),
        ...s.rates,
        returns: n.returns,
        reports: n.reports,
        upheldContests: n.upheldContests,
        informationAdopted: n.informationAdopted,
        score: s.score,
        rank: s.rank,
      };
    });
    return { year, today, weights, rows };
  }

  async weights(year: number): Promise<AssessmentWeightsView> {
    requireYear(year);
    const row = await this.repo.findWeights(year);
    return row
      ? {
          year,
          weights: row.weights,
          isDefault: false,
          setBy: row.setBy,
          setAt: row.setAt.toISOString(),
          reason: row.reason,
        }
      : { year, weights: DEFAULT_ASSESSMENT_WEIGHTS, isDefault: true, setBy: null, setAt: null, reason: null };
  }

  // The office sets a year's weights with a reason; the audit log keeps who, in which capacity, when, old, new, why.
  async setWeights(year: number, dto: PutAssessmentWeightsDto, by: RequestUser): Promise<AssessmentWeightsView> {
    requireYear(year);
    const checked = checkWeights(
      dto.weights === undefined ? undefined : (JSON.parse(JSON.stringify(dto.weights)) as unknown),
    );
    if (!checked.ok) {
      throw new ApiException(ErrorCode.ValidationFailed, checked.problems.join(' '), { problems: checked.problems });
    }
    const reason = dto.reason.trim();
    if (reason.length < 2) {
      throw new ApiException(ErrorCode.ValidationFailed, 'reason must say why the weights change.');
    }
    const old = await this.weights(year);
    const setAt = new Date();
    await this.repo.saveWeights({ year, weights: checked.weights, setBy: by.username, setAt, reason });
    await this.audit.record({
      action: 'assessment.weights_set',
      outcome: 'success',
      actorUserId: by.username,
      target: `assessment:${year}`,
      detail: {
        year,
        capacity: by.actor.role,
        old: old.weights,
        oldWasDefault: old.isDefault,
        new: checked.weights,
        reason,
        at: setAt.toISOString(),
      },
    });
    return this.weights(year);
  }

  // The year's bounds in the one time profile.
  scope(year: number): YearScope {
    return yearScope(year, (date) => new Date(startOfDate(this.profile, date)));
  }

  today(): string {
    return dateOfInstant(this.profile, Date.now());
  }

  dateOf(at: Date): string {
    return dateOfInstant(this.profile, at.getTime());
  }

  // Contests (申诉) the office upheld for each unit, decided in the year.
  private upheldContestsByUnit(scope: YearScope): Promise<Map<string, number>> {
    return this.contests.upheldByUnit(scope.from, scope.to);
  }

  private countsOf(c: UnitScorecard, y: AssessmentYearCounts, contests: Map<string, number>): UnitCounts {
    const feedback = y.feedback.get(c.unitCode) ?? { due: 0, missed: 0 };
    const summary = y.summary && y.summary.submittedAt.has(c.unitCode) ? y.summary : null;
    const submittedAt = summary?.submittedAt.get(c.unitCode) ?? null;
    const summaryOnTime = summary && submittedAt && this.dateOf(submittedAt) <= summary.dueDate ? 1 : 0;
    return {
      unitCode: c.unitCode,
      ordinal: c.ordinal,
      ack: { onTime: c.acknowledgedOnTime, due: c.acknowledged + (y.ackMissed.get(c.unitCode) ?? 0) },
      feedback: { onTime: feedback.due - feedback.missed, due: feedback.due },
      closure: { onTime: c.closedOnTime, due: c.due },
      summary: { onTime: summaryOnTime, due: summary ? 1 : 0 },
      returns: c.returns,
      reports: y.reports.get(c.unitCode) ?? 0,
      informationAdopted: y.informationAdopted.get(c.unitCode) ?? 0,
      upheldContests: contests.get(c.unitCode) ?? 0,
    };
  }
}

export function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new ApiException(ErrorCode.ValidationFailed, `year must be a year from ${MIN_YEAR} to ${MAX_YEAR}.`);
  }
}
