import { randomUUID } from 'node:crypto';

import type { CampaignNotice, UserRole } from '@app/contracts';

import type { NewNotification, NotificationRepository } from '../repositories/notification.repository';
import { unitRecipient, userRecipient } from '../repositories/notification.repository';
import type { UserDirectory } from './notification-writer';

export interface InboxText {
  kind: string;
  title: string;
  body: string;
}

const LEVEL_ZH: Record<CampaignNotice['level'], string> = {
  pre: '提醒',
  reminder: '提醒',
  urging: '催办',
  supervision: '督办',
  report: '通报',
};

// Who hears of a missing summary: the same ladder as a matter's escalations. 提醒 → liaison officers; 催办 →
// the responsible official too; 督办 → the official and the office director; 通报 → leadership and the director.
function rolesFor(level: CampaignNotice['level']): { unitRoles: UserRole[]; roles: UserRole[] } {
  switch (level) {
    case 'pre':
    case 'reminder':
      return { unitRoles: ['unit_liaison'], roles: [] };
    case 'urging':
      return { unitRoles: ['unit_leader', 'unit_liaison'], roles: [] };
    case 'supervision':
      return { unitRoles: ['unit_leader'], roles: ['office_director'] };
    case 'report':
      return { unitRoles: [], roles: ['leadership', 'office_director'] };
  }
}

export function campaignNoticeText(n: CampaignNotice, unitName: string): InboxText {
  const level = LEVEL_ZH[n.level];
  const when = n.level === 'pre' ? `将于${n.dueDate}到期` : `已于${n.dueDate}到期，尚未报送`;
  return {
    kind: 'escalation',
    title: `【${level}】${n.year}年度知识产权工作总结`,
    body: `${unitName}的${n.year}年度知识产权工作总结${when}，请按时向联席会议办公室报送。`,
  };
}

// Sends the personal rows of some sources outbound (e-mail at once, or left for the daily digest);
// NotificationWriter.deliver is the one used.
export type OutboundDelivery = (sourceKeys: string[], now: Date) => Promise<void>;

// Inbox rows for campaigns and briefings: keyed by (source, recipient), so a retried activity writes once. With
// `deliver`, the personal rows of a campaign notice also go out as e-mail like a matter's escalations do (those
// who asked for the daily digest get them there).
export class CampaignNoticeWriter {
  constructor(
    private readonly users: UserDirectory,
    private readonly notifications: Pick<NotificationRepository, 'insertMany'>,
    private readonly deliver?: OutboundDelivery,
  ) {}

  async campaignNotice(n: CampaignNotice, unitName: string, now: Date): Promise<number> {
    const { unitRoles, roles } = rolesFor(n.level);
    const people = (await this.users.list()).filter((u) => !u.disabled);
    const text = campaignNoticeText(n, unitName);
    const rows: NewNotification[] = [this.row(n.key, unitRecipient(n.unitCode), null, n.unitCode, text, now)];
    for (const u of people) {
      const inUnit = u.unitCode === n.unitCode && u.roles.some((r) => unitRoles.includes(r));
      if (inUnit || u.roles.some((r) => roles.includes(r))) {
        rows.push(this.row(n.key, userRecipient(u.id), u.id, u.unitCode, text, now));
      }
    }
    await this.notifications.insertMany(rows);
    await this.deliver?.([n.key], now);
    return rows.length;
  }

  // One unit-addressed row per unit (a published briefing goes to every member unit).
  async toUnits(sourceKey: string, unitCodes: string[], text: InboxText, now: Date): Promise<number> {
    const rows = unitCodes.map((code) => this.row(sourceKey, unitRecipient(code), null, code, text, now));
    await this.notifications.insertMany(rows);
    return rows.length;
  }

  private row(
    sourceKey: string,
    recipientKey: string,
    userId: string | null,
    unitCode: string | null,
    text: InboxText,
    now: Date,
  ): NewNotification {
    return { id: randomUUID(), sourceKey, recipientKey, userId, unitCode, ...text, matterId: null, createdAt: now };
  }
}
