import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';

import { FilingEntity, FilingEventEntity } from '../entities';
import { newestFirstPage } from './newest-first-page';

export interface FilingListFilter {
  kind?: string;
  status?: string;
  unitCode?: string;
  selectedForBriefing?: boolean;
  offset: number;
  limit: number;
}

export interface SelectedInformationFilter {
  // Inclusive bounds on the event date, YYYY-MM-DD.
  from?: string;
  to?: string;
  ids?: string[];
}

export type FilingEventInput = Omit<FilingEventEntity, 'id' | 'filingId'>;

export class FilingRepository {
  constructor(private readonly ds: DataSource) {}

  list(filter: FilingListFilter): Promise<[FilingEntity[], number]> {
    const qb = this.ds.getRepository(FilingEntity).createQueryBuilder('f');
    if (filter.kind) {
      qb.andWhere('f.kind = :kind', { kind: filter.kind });
    }
    if (filter.status) {
      qb.andWhere('f.status = :status', { status: filter.status });
    }
    if (filter.unitCode) {
      qb.andWhere('f.unit_code = :unitCode', { unitCode: filter.unitCode });
    }
    if (filter.selectedForBriefing !== undefined) {
      qb.andWhere('f.selected_for_briefing = :selected', { selected: filter.selectedForBriefing });
    }
    return newestFirstPage(qb, 'f.filed_at', filter);
  }

  // Information items the office selected for a briefing (工作简报), oldest event first. An empty `ids`
  // list selects nothing.
  listSelectedInformation(filter: SelectedInformationFilter = {}): Promise<FilingEntity[]> {
    const qb = this.ds
      .getRepository(FilingEntity)
      .createQueryBuilder('f')
      .where('f.kind = :kind', { kind: 'information' })
      .andWhere('f.selected_for_briefing = :selected', { selected: true });
    if (filter.from) {
      qb.andWhere('f.event_date >= :from', { from: filter.from });
    }
    if (filter.to) {
      qb.andWhere('f.event_date <= :to', { to: filter.to });
    }
    if (filter.ids) {
      if (filter.ids.length === 0) {
        return Promise.resolve([]);
      }
      qb.andWhere({ id: In(filter.ids) });
    }
    return qb.orderBy('f.event_date', 'ASC').addOrderBy('f.filed_at', 'ASC').getMany();
  }

  findById(id: string): Promise<FilingEntity | null> {
    return this.ds.getRepository(FilingEntity).findOneBy({ id });
  }

  listEvents(filingId: string): Promise<FilingEventEntity[]> {
    return this.ds.getRepository(FilingEventEntity).find({ where: { filingId }, order: { id: 'ASC' } });
  }

  async insert(filing: FilingEntity, event: FilingEventInput): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.getRepository(FilingEntity).insert(filing);
      await this.appendEvent(em, filing.id, event);
    });
  }

  // Applies a state change only if nobody changed the filing since it was read (its version); false otherwise.
  async transition(filing: FilingEntity, event: FilingEventInput): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const { id, version, ...changes } = filing;
      const result = await em.getRepository(FilingEntity).update({ id, version }, { ...changes, version: version + 1 });
      if (!result.affected) {
        return false;
      }
      await this.appendEvent(em, id, event);
      return true;
    });
  }

  private async appendEvent(em: EntityManager, filingId: string, event: FilingEventInput): Promise<void> {
    // simple-json `data` does not fit TypeORM's deep-partial insert type.
    await em.getRepository(FilingEventEntity).insert({ ...event, filingId } as never);
  }
}
