import type { MatterEvent } from '@app/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';

import { MatterEntity, MatterEventEntity, MatterFollowEntity, UserEntity } from '../entities';

export type FollowReason = MatterFollowEntity['reason'];

export interface FollowedMatterRow {
  matter: MatterEntity;
  since: Date;
  reason: FollowReason;
}

export interface Follower {
  user: UserEntity;
  since: Date;
}

// Inserts the follow unless the person follows the matter already (the first follow and its reason stay).
async function insertFollow(em: EntityManager, row: MatterFollowEntity): Promise<boolean> {
  if (await em.existsBy(MatterFollowEntity, { matterId: row.matterId, userId: row.userId })) {
    return false;
  }
  await em.createQueryBuilder().insert().into(MatterFollowEntity).values(row).orIgnore().execute();
  return true;
}

// Inside the projection's transaction, before the events are inserted: the leaders' instructions among them that are
// not stored yet. Only those make their leader follow the matter: an event already stored (an activity retry, a
// re-projection) follows nobody again, so a leader who unfollowed stays unfollowed. The follow commits with the event,
// so neither is without the other.
export async function freshInstructions(em: EntityManager, events: MatterEvent[]): Promise<MatterEvent[]> {
  const given = events.filter((e) => e.type === 'matter.instruction_given' && e.actor.role === 'leadership');
  const matterId = given[0]?.matterId;
  if (!matterId) {
    return [];
  }
  const stored = await em.find(MatterEventEntity, {
    select: { seq: true },
    where: { matterId, seq: In(given.map((e) => e.seq)) },
  });
  const known = new Set(stored.map((e) => e.seq));
  return given.filter((e) => !known.has(e.seq));
}

// The leader who gave each instruction follows the matter from its time (reason 'instruction').
export async function recordInstructionFollows(em: EntityManager, fresh: MatterEvent[]): Promise<void> {
  for (const e of fresh) {
    const user = await em.findOne(UserEntity, { select: { id: true }, where: { username: e.actor.userId } });
    if (user) {
      await insertFollow(
        em,
        Object.assign(new MatterFollowEntity(), {
          matterId: e.matterId,
          userId: user.id,
          since: new Date(e.at),
          reason: 'instruction',
        }),
      );
    }
  }
}

// Who follows which matter (关注), for the API and the notices.
export class MatterFollowRepository {
  constructor(private readonly ds: DataSource) {}

  // True when the follow is new; following again changes nothing.
  follow(matterId: string, userId: string, reason: FollowReason, since: Date): Promise<boolean> {
    return insertFollow(this.ds.manager, Object.assign(new MatterFollowEntity(), { matterId, userId, since, reason }));
  }

  // True when there was a follow to end.
  async unfollow(matterId: string, userId: string): Promise<boolean> {
    const result = await this.ds.getRepository(MatterFollowEntity).delete({ matterId, userId });
    return (result.affected ?? 0) > 0;
  }

  find(matterId: string, userId: string): Promise<MatterFollowEntity | null> {
    return this.ds.getRepository(MatterFollowEntity).findOneBy({ matterId, userId });
  }

  // Whether the person signed in as `username` (the actor's id on a matter) follows the matter.
  async isFollowedBy(matterId: string, username: string): Promise<boolean> {
    const row = await this.ds
      .getRepository(MatterFollowEntity)
      .createQueryBuilder('f')
      .innerJoin(UserEntity, 'u', 'u.id = f.user_id')
      .where('f.matter_id = :matterId AND u.username = :username', { matterId, username })
      .select('f.matter_id', 'matterId')
      .getRawOne<{ matterId: string }>();
    return Boolean(row);
  }

  // The person's followed matters, most recently followed first.
  async listFollowed(userId: string, offset: number, limit: number): Promise<[FollowedMatterRow[], number]> {
    const [follows, total] = await this.ds.getRepository(MatterFollowEntity).findAndCount({
      where: { userId },
      order: { since: 'DESC', matterId: 'ASC' },
      skip: offset,
      take: limit,
    });
    if (follows.length === 0) {
      return [[], total];
    }
    const matters = await this.ds.getRepository(MatterEntity).findBy({ id: In(follows.map((f) => f.matterId)) });
    const byId = new Map(matters.map((m) => [m.id, m]));
    const rows = follows.flatMap((f) => {
      const matter = byId.get(f.matterId);
      return matter ? [{ matter, since: f.since, reason: f.reason }] : [];
    });
    return [rows, total];
  }

  // The active people following a matter, with when each began.
  async followersOf(matterId: string): Promise<Follower[]> {
    const follows = await this.ds.getRepository(MatterFollowEntity).findBy({ matterId });
    if (follows.length === 0) {
      return [];
    }
    const users = await this.ds
      .getRepository(UserEntity)
      .findBy({ id: In(follows.map((f) => f.userId)), disabled: false });
    const byId = new Map(users.map((u) => [u.id, u]));
    return follows.flatMap((f) => {
      const user = byId.get(f.userId);
      return user ? [{ user, since: f.since }] : [];
    });
  }
}
