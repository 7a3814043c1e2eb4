import type {
  NotificationKind,
  NotificationPageView,
  NotificationPreferencesView,
  NotificationView,
  UnreadCounts,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { NotificationEntity } from '@app/database';
import { NotificationRepository } from '@app/database';
import { Injectable } from '@nestjs/common';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import type { ListNotificationsQuery, UpdateNotificationPreferencesDto } from './dto/notification.dto';

export function toNotificationView(n: NotificationEntity): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    matterId: n.matterId,
    audience: n.userId ? 'user' : 'unit',
    unitCode: n.unitCode,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}

// A person's inbox: their own notices and their unit's. Nobody reads or marks anyone else's.
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(user: RequestUser, query: ListNotificationsQuery): Promise<NotificationPageView> {
    const [rows, total] = await this.notifications.listForUser(user.id, user.unitCode, {
      unreadOnly: query.unread === true,
      kind: query.kind,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return {
      items: rows.map(toNotificationView),
      total,
      page: query.page,
      pageSize: query.pageSize,
      unread: await this.unread(user),
    };
  }

  async markRead(user: RequestUser, id: string): Promise<UnreadCounts> {
    if (!(await this.notifications.markRead(id, user.id, user.unitCode))) {
      throw new ApiException(ErrorCode.NotFound, `No notification ${id} in your inbox.`);
    }
    return this.unread(user);
  }

  async markAllRead(user: RequestUser, kind?: NotificationKind): Promise<UnreadCounts> {
    await this.notifications.markAllRead(user.id, user.unitCode, new Date(), { kind });
    return this.unread(user);
  }

  // The person opened the matter (or did what its notices asked): what they see about it is read. A matter
  // they have no notices on marks nothing; it is not an error.
  async markMatterRead(user: Pick<RequestUser, 'id' | 'unitCode'>, matterId: string): Promise<UnreadCounts> {
    await this.notifications.markAllRead(user.id, user.unitCode, new Date(), { matterId });
    return this.notifications.unreadCounts(user.id, user.unitCode);
  }

  async preferences(user: RequestUser): Promise<NotificationPreferencesView> {
    const row = await this.notifications.getPreferences(user.id);
    return { dailyDigest: row?.dailyDigest ?? false, email: row?.email ?? null };
  }

  async savePreferences(
    user: RequestUser,
    dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    // Omitted keeps the address on file; null removes it.
    const email = dto.email === undefined ? (await this.preferences(user)).email : dto.email;
    if (dto.dailyDigest && !email) {
      throw new ApiException(ErrorCode.InvalidCommand, 'A daily digest needs an e-mail address to send it to.');
    }
    const saved = await this.notifications.savePreferences(user.id, { dailyDigest: dto.dailyDigest, email });
    return { dailyDigest: saved.dailyDigest, email: saved.email };
  }

  private unread(user: RequestUser): Promise<UnreadCounts> {
    return this.notifications.unreadCounts(user.id, user.unitCode);
  }
}
