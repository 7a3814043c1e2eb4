import type { DataSource, EntityManager } from 'typeorm';

import { MeetingEntity, TopicEntity, TopicEventEntity } from '../entities';
import { newestFirstPage } from './newest-first-page';

export interface TopicListFilter {
  status?: string;
  unitCode?: string;
  meetingId?: string;
  offset: number;
  limit: number;
}

export type TopicEventInput = Omit<TopicEventEntity, 'id' | 'topicId'>;

export interface MeetingHeldInput {
  minutes: string;
  attendance: NonNullable<MeetingEntity['attendance']>;
  heldBy: string;
  heldAt: Date;
  holdKey: string;
}

export class TopicRepository {
  constructor(private readonly ds: DataSource) {}

  list(filter: TopicListFilter): Promise<[TopicEntity[], number]> {
    const qb = this.ds.getRepository(TopicEntity).createQueryBuilder('t');
    if (filter.status) {
      qb.andWhere('t.status = :status', { status: filter.status });
    }
    if (filter.unitCode) {
      qb.andWhere('t.unit_code = :unitCode', { unitCode: filter.unitCode });
    }
    if (filter.meetingId) {
      qb.andWhere('t.meeting_id = :meetingId', { meetingId: filter.meetingId });
    }
    return newestFirstPage(qb, 't.proposed_at', filter);
  }

  findById(id: string): Promise<TopicEntity | null> {
    return this.ds.getRepository(TopicEntity).findOneBy({ id });
  }

  listEvents(topicId: string): Promise<TopicEventEntity[]> {
    return this.ds.getRepository(TopicEventEntity).find({ where: { topicId }, order: { id: 'ASC' } });
  }

  // The meeting's agenda: the topics accepted onto it (or already discussed there), in order.
  listAgenda(meetingId: string): Promise<TopicEntity[]> {
    return this.ds
      .getRepository(TopicEntity)
      .createQueryBuilder('t')
      .where('t.meeting_id = :meetingId', { meetingId })
      .andWhere('t.status IN (:...statuses)', { statuses: ['accepted', 'discussed'] })
      .orderBy('t.agenda_order', 'ASC')
      .addOrderBy('t.proposed_at', 'ASC')
      .getMany();
  }

  async nextAgendaOrder(meetingId: string): Promise<number> {
    const row = await this.ds
      .getRepository(TopicEntity)
      .createQueryBuilder('t')
      .select('MAX(t.agenda_order)', 'max')
      .where('t.meeting_id = :meetingId', { meetingId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  async insert(topic: TopicEntity, event: TopicEventInput): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.getRepository(TopicEntity).insert(topic);
      await this.appendEvent(em, topic.id, event);
    });
  }

  // Applies a state change only if nobody changed the topic since it was read (its version); false otherwise.
  async transition(topic: TopicEntity, event: TopicEventInput): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const { id, version, ...changes } = topic;
      const result = await em.getRepository(TopicEntity).update({ id, version }, { ...changes, version: version + 1 });
      if (!result.affected) {
        return false;
      }
      await this.appendEvent(em, id, event);
      return true;
    });
  }

  // Records the meeting as held and its accepted topics as discussed, all or nothing. False when the meeting
  // was no longer planned (held concurrently).
  async recordMeetingHeld(meetingId: string, held: MeetingHeldInput, event: TopicEventInput): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const result = await em
        .getRepository(MeetingEntity)
        .update(
          { id: meetingId, status: 'planned' },
          { status: 'held', ...held, updatedBy: held.heldBy, updatedAt: held.heldAt },
        );
      if (!result.affected) {
        return false;
      }
      const topics = await em.getRepository(TopicEntity).findBy({ meetingId, status: 'accepted' });
      for (const topic of topics) {
        await em
          .getRepository(TopicEntity)
          .update({ id: topic.id }, { status: 'discussed', updatedAt: held.heldAt, version: topic.version + 1 });
        await this.appendEvent(em, topic.id, event);
      }
      return true;
    });
  }

  private async appendEvent(em: EntityManager, topicId: string, event: TopicEventInput): Promise<void> {
    // simple-json `data` does not fit TypeORM's deep-partial insert type.
    await em.getRepository(TopicEventEntity).insert({ ...event, topicId } as never);
  }
}
