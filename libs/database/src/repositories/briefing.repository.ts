import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';

import { BriefingEntity, EscalationEntity, MatterEntity } from '../entities';

export type NewBriefing = Omit<BriefingEntity, 'number' | 'publishedAt' | 'publishedBy' | 'noticesSent'>;

export interface ReportedMatterRow {
  id: string;
  code: string;
  title: string;
  leadUnitCode: string;
  dueDate: string;
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
