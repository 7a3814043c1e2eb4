import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';

import { BriefingEntity, EscalationEntity, MatterEntity } from '../entities';
import { ESCALATION_STANDS_SQL } from './charge-contest.sql';

export type NewBriefing = Omit<BriefingEntity, 'number' | 'publishedAt' | 'publishedBy' | 'noticesSent'>;

export interface ReportedMatterRow {
  id: string;
  code: string;
  title: string;
  leadUnitCode: string;
  dueDate: string;
}

// A breach escalated to 通报: the unit that breached (null: the office's own turnaround) and why.
export interface ReportedBreachRow extends ReportedMatterRow {
  unitCode: string | null;
  reason: string;
  at: Date;
  noticeNo: string | null;
}

export interface PublishedBriefingRow {
  id: string;
  year: number;
  number: number;
  title: string;
  publishedAt: Date;
}

const OPEN_STATUSES = ['in_progress', 'awaiting_verification'];

export class BriefingRepository {
  constructor(private readonly ds: DataSource) {}

  // Allocates the next issue number of the year (第N期); two offices compiling at once retry on the unique index.
  async insertNumbered(row: NewBriefing): Promise<BriefingEntity> {
    const repo = this.ds.getRepository(BriefingEntity);
    for (let attempt = 0; ; attempt++) {
      const last = await repo
        .createQueryBuilder('b')
        .select('MAX(b.number)', 'max')
        .where('b.year = :year', { year: row.year })
        .getRawOne<{ max: number | null }>();
      const entity: BriefingEntity = {
        ...row,
        number: Number(last?.max ?? 0) + 1,
        publishedAt: null,
        publishedBy: null,
        noticesSent: 0,
      };
      try {
        await repo.insert(entity);
        return entity;
      } catch (err) {
        if (!(err instanceof QueryFailedError) || attempt >= 5) {
          throw err;
        }
      }
    }
  }

  findById(id: string): Promise<BriefingEntity | null> {
    return this.ds.getRepository(BriefingEntity).findOneBy({ id });
  }

  // Drafts are the office's working copies: `publishedOnly` for everyone else.
  list(
    year: number | undefined,
    offset: number,
    limit: number,
    publishedOnly = false,
  ): Promise<[BriefingEntity[], number]> {
    return this.ds.getRepository(BriefingEntity).findAndCount({
      where: { ...(year ? { year } : {}), ...(publishedOnly ? { status: 'published' } : {}) },
      order: { year: 'DESC', number: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  async save(row: BriefingEntity): Promise<void> {
    await this.ds.getRepository(BriefingEntity).save(row);
  }

  // The 通报 list: open matters whose ladder stands at 通报 (report to the convener), or that the office director
  // reported by hand (an escalation row at level 'report').
  async reportedMatters(): Promise<ReportedMatterRow[]> {
    const reported = await this.ds
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .select('DISTINCT e.matter_id', 'matterId')
      .where('e.level = :level', { level: 'report' })
      .andWhere(ESCALATION_STANDS_SQL('e'))
      .getRawMany<{ matterId: string }>();
    const rows = await this.ds
      .getRepository(MatterEntity)
      .createQueryBuilder('m')
      .where('m.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere(
        reported.length ? '(m.escalation_level = :report OR m.id IN (:...ids))' : 'm.escalation_level = :report',
        { report: 'report', ids: reported.map((r) => r.matterId) },
      )
      .orderBy('m.code', 'ASC')
      .getMany();
    return rows.map((m) => ({
      id: m.id,
      code: m.code,
      title: m.title,
      leadUnitCode: m.leadUnitCode,
      dueDate: m.dueDate,
    }));
  }

  // The 通报 section of an issue: each escalation to 通报 (by the ladder or by the director's hand) fired after
  // `since` (the previous issue's publication; all when there is none), with the unit that breached and the
  // reason, oldest first. A matter reported in an earlier issue is not reported again for the same breach.
  async breachesReportedSince(since: Date | null): Promise<ReportedBreachRow[]> {
    const qb = this.ds
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .innerJoin(MatterEntity, 'm', 'm.id = e.matter_id')
      .where('e.level = :level', { level: 'report' })
      // A 通报 withdrawn on an accepted contest (申诉) is not reported.
      .andWhere(ESCALATION_STANDS_SQL('e'))
      .select(['e.matter_id AS matter_id', 'e.unit_code AS unit_code', 'e.reason AS reason', 'e.at AS at'])
      .addSelect(['e.notice_no AS notice_no', 'm.code AS code', 'm.title AS title', 'm.lead_unit_code AS lead'])
      .addSelect('COALESCE(m.effective_due_date, m.due_date)', 'due')
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.matter_id', 'ASC')
      .addOrderBy('e.seq', 'ASC');
    if (since) {
      qb.andWhere('e.at > :since', { since });
    }
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: r.matter_id as string,
      code: r.code as string,
      title: r.title as string,
      leadUnitCode: r.lead as string,
      dueDate: r.due as string,
      unitCode: (r.unit_code as string | null) ?? null,
      reason: r.reason as string,
      at: r.at instanceof Date ? r.at : new Date(`${String(r.at).replace(' ', 'T')}Z`),
      noticeNo: (r.notice_no as string | null) ?? null,
    }));
  }

  // Published issues numbered in the year (the year prefix of the (year, number) unique index).
  countPublishedInYear(year: number): Promise<number> {
    return this.ds
      .getRepository(BriefingEntity)
      .createQueryBuilder('b')
      .where('b.year = :year', { year })
      .andWhere('b.status = :published', { published: 'published' })
      .getCount();
  }

  // The latest published issue: the highest (year, number) that is published. Reads the (year, number) index
  // backwards and stops at the first published row; the content column is left out.
  async findLatestPublished(): Promise<PublishedBriefingRow | null> {
    const row = await this.ds
      .getRepository(BriefingEntity)
      .createQueryBuilder('b')
      .select(['b.id', 'b.year', 'b.number', 'b.title', 'b.publishedAt'])
      .where('b.status = :published', { published: 'published' })
      .orderBy('b.year', 'DESC')
      .addOrderBy('b.number', 'DESC')
      .limit(1)
      .getOne();
    return row?.publishedAt
      ? { id: row.id, year: row.year, number: row.number, title: row.title, publishedAt: row.publishedAt }
      : null;
  }
}
