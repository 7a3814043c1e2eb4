import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { In, IsNull, MoreThanOrEqual, Not, QueryFailedError } from 'typeorm';

import { NoticeNumberEntity, NotificationEntity, NotificationPreferenceEntity } from '../entities';
import { newestFirstPage } from './newest-first-page';

export type NewNotification = Omit<NotificationEntity, 'readAt' | 'sentAt'>;

export interface InboxPageOptions {
  unreadOnly: boolean;
  kind?: string;
  offset: number;
  limit: number;
}

export interface PreferenceChanges {
  dailyDigest: boolean;
  email: string | null;
}

export const userRecipient = (userId: string): string => `user:${userId}`;
export const unitRecipient = (unitCode: string): string => `unit:${unitCode}`;

// What a person sees: rows addressed to them, and rows addressed to their unit as a whole unless the same
// notice also came to them by name (one notice, listed once). The unique (source_key, recipient_key) index
// answers the NOT EXISTS.
function visibleTo<T extends object>(
  qb: SelectQueryBuilder<T>,
  userId: string,
  unitCode: string | null,
): SelectQueryBuilder<T> {
  return unitCode
    ? qb.andWhere(
        '(n.user_id = :userId OR (n.user_id IS NULL AND n.unit_code = :unitCode AND NOT EXISTS (' +
          'SELECT 1 FROM notifications p WHERE p.source_key = n.source_key AND p.recipient_key = :userKey)))',
        { userId, unitCode, userKey: userRecipient(userId) },
      )
    : qb.andWhere('n.user_id = :userId', { userId });
}

export class NotificationRepository {
  constructor(private readonly ds: DataSource) {}

  // Idempotent on (source_key, recipient_key): a retried writer inserts nothing twice. Returns the rows that
  // were new (a concurrent writer may still win the race for some; the unique index keeps them single).
  async insertMany(rows: NewNotification[]): Promise<NewNotification[]> {
    if (rows.length === 0) {
      return [];
    }
    const existing = await this.ds.getRepository(NotificationEntity).find({
      select: { sourceKey: true, recipientKey: true },
      where: { sourceKey: In([...new Set(rows.map((r) => r.sourceKey))]) },
    });
    const taken = new Set(existing.map((e) => `${e.sourceKey}\n${e.recipientKey}`));
    const fresh = rows.filter((r) => {
      const key = `${r.sourceKey}\n${r.recipientKey}`;
      return taken.has(key) ? false : Boolean(taken.add(key));
    });
    if (fresh.length > 0) {
      await this.ds
        .createQueryBuilder()
        .insert()
        .into(NotificationEntity)
        .values(fresh.map((r) => ({ ...r, readAt: null, sentAt: null })))
        .orIgnore()
        .execute();
    }
    return fresh;
  }

  async listForUser(
    userId: string,
    unitCode: string | null,
    options: InboxPageOptions,
  ): Promise<[NotificationEntity[], number]> {
    const qb = visibleTo(this.ds.getRepository(NotificationEntity).createQueryBuilder('n'), userId, unitCode);
    if (options.unreadOnly) {
      qb.andWhere('n.read_at IS NULL');
    }
    if (options.kind) {
      qb.andWhere('n.kind = :kind', { kind: options.kind });
    }
    return newestFirstPage(qb, 'n.created_at', options);
  }

  async unreadCounts(userId: string, unitCode: string | null): Promise<{ mine: number; unit: number }> {
    const repo = this.ds.getRepository(NotificationEntity);
    const mine = await repo.countBy({ userId, readAt: IsNull() });
    const unit = unitCode
      ? await visibleTo(repo.createQueryBuilder('n'), userId, unitCode)
          .andWhere('n.user_id IS NULL')
          .andWhere('n.read_at IS NULL')
          .getCount()
      : 0;
    return { mine, unit };
  }

  // False when the row does not exist or is not the person's to see; reading twice is harmless.
  async markRead(id: string, userId: string, unitCode: string | null, at = new Date()): Promise<boolean> {
    const qb = this.ds.getRepository(NotificationEntity).createQueryBuilder('n').where('n.id = :id', { id });
    const row = await visibleTo(qb, userId, unitCode).getOne();
    if (!row) {
      return false;
    }
    if (!row.readAt) {
      await this.ds.getRepository(NotificationEntity).update({ id, readAt: IsNull() }, { readAt: at });
    }
    return true;
  }

  // Everything the person sees (see visibleTo), nothing else: the unit's copy of a notice they got by name
  // stays unread for the unit's other people. `only` narrows it to one kind of notice, or to one matter's
  // notices (read when the person opens the matter or does what it asked). Returns how many rows it marked.
  async markAllRead(
    userId: string,
    unitCode: string | null,
    at = new Date(),
    only: { kind?: string; matterId?: string } = {},
  ): Promise<number> {
    const repo = this.ds.getRepository(NotificationEntity);
    const qb = visibleTo(repo.createQueryBuilder('n').select('n.id', 'id'), userId, unitCode).andWhere(
      'n.read_at IS NULL',
    );
    if (only.kind) {
      qb.andWhere('n.kind = :kind', { kind: only.kind });
    }
    if (only.matterId) {
      qb.andWhere('n.matter_id = :matterId', { matterId: only.matterId });
    }
    const rows = await qb.getRawMany<{ id: string }>();
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500).map((r) => r.id);
      await repo.update({ id: In(ids), readAt: IsNull() }, { readAt: at });
    }
    return rows.length;
  }

  getPreferences(userId: string): Promise<NotificationPreferenceEntity | null> {
    return this.ds.getRepository(NotificationPreferenceEntity).findOneBy({ userId });
  }

  preferencesFor(userIds: string[]): Promise<NotificationPreferenceEntity[]> {
    if (userIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.ds.getRepository(NotificationPreferenceEntity).findBy({ userId: In(userIds) });
  }

  async savePreferences(
    userId: string,
    changes: PreferenceChanges,
    at = new Date(),
  ): Promise<NotificationPreferenceEntity> {
    const row = Object.assign(new NotificationPreferenceEntity(), { userId, ...changes, updatedAt: at });
    await this.ds.getRepository(NotificationPreferenceEntity).upsert(row, ['userId']);
    return row;
  }

  // People who want their outbound notices once a day.
  digestSubscribers(): Promise<NotificationPreferenceEntity[]> {
    return this.ds.getRepository(NotificationPreferenceEntity).findBy({ dailyDigest: true });
  }

  // A person's own notices not yet delivered outbound, oldest first, created at or after `since`.
  pendingOutbound(userId: string, since: Date, limit = 200): Promise<NotificationEntity[]> {
    return this.ds.getRepository(NotificationEntity).find({
      where: { userId, sentAt: IsNull(), createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  // Personal rows of some sources not yet delivered outbound (for immediate delivery after a write).
  unsentBySources(sourceKeys: string[]): Promise<NotificationEntity[]> {
    if (sourceKeys.length === 0) {
      return Promise.resolve([]);
    }
    return this.ds.getRepository(NotificationEntity).find({
      where: { sourceKey: In(sourceKeys), sentAt: IsNull(), userId: Not(IsNull()) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async markSent(ids: string[], at = new Date()): Promise<void> {
    if (ids.length > 0) {
      await this.ds.getRepository(NotificationEntity).update({ id: In(ids), sentAt: IsNull() }, { sentAt: at });
    }
  }
}

const ALLOCATE_ATTEMPTS = 8;

// 督〔2026〕7号: numbers run per year without gaps in the normal case. Allocation reads MAX+1 in a
// transaction; two writers racing for the same number collide on the unique (year, number) index and the
// loser tries again. The same key always gets the same number back, so a retried activity reuses it.
export class NoticeNumberRepository {
  constructor(private readonly ds: DataSource) {}

  async allocate(key: string, year: number, matterId: string): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction((em) => this.allocateOnce(em, key, year, matterId));
      } catch (err) {
        if (!(err instanceof QueryFailedError) || attempt >= ALLOCATE_ATTEMPTS) {
          throw err;
        }
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  async findByKey(key: string): Promise<NoticeNumberEntity | null> {
    return this.ds.getRepository(NoticeNumberEntity).findOneBy({ noticeKey: key });
  }

  private async allocateOnce(em: EntityManager, key: string, year: number, matterId: string): Promise<number> {
    const existing = await em.findOneBy(NoticeNumberEntity, { noticeKey: key });
    if (existing) {
      return existing.number;
    }
    const raw = await em
      .createQueryBuilder(NoticeNumberEntity, 'n')
      .select('MAX(n.number)', 'max')
      .where('n.year = :year', { year })
      .getRawOne<{ max: number | string | null }>();
    const number = Number(raw?.max ?? 0) + 1;
    await em.insert(NoticeNumberEntity, { noticeKey: key, year, number, matterId, allocatedAt: new Date() });
    return number;
  }
}
