import type { DataSource } from 'typeorm';

import { MeetingEntity } from '../entities';

export class MeetingRepository {
  constructor(private readonly ds: DataSource) {}

  list(offset: number, limit: number): Promise<[MeetingEntity[], number]> {
    return this.ds.getRepository(MeetingEntity).findAndCount({
      order: { heldOn: 'DESC', createdAt: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  findById(id: string): Promise<MeetingEntity | null> {
    return this.ds.getRepository(MeetingEntity).findOneBy({ id });
  }

  insert(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.ds.getRepository(MeetingEntity).save(meeting);
  }

  save(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.ds.getRepository(MeetingEntity).save(meeting);
  }

  async delete(id: string): Promise<void> {
    await this.ds.getRepository(MeetingEntity).delete({ id });
  }
}
